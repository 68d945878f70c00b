/**
 * Stable addresses for the paragraphs of a case text: `/cases/<slug>/#p-3` is
 * its third paragraph. The Markdown pipeline gives each top-level paragraph its
 * id (below), and the glossary and theme pages compute the same numbers from the
 * raw text, so a link points at the paragraph that holds its words.
 *
 * Case texts are plain paragraphs separated by blank lines (README, "Adding a
 * case"); that is what keeps the two countings equal, and the browser tests
 * check every such link lands on a paragraph containing its words.
 */
import type { satteri } from '@astrojs/markdown-satteri';
import { normaliseSpace } from '../format/text.ts';
import { paragraphId } from '../site/urls.ts';
import { pinWords } from '../site/words.ts';

/** A hast plugin as `satteri({ hastPlugins })` takes it (the type is not exported by name). */
type HastPluginEntry = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];
type HastPluginDefinition = Extract<HastPluginEntry, { name: string }>;

/** The paragraphs of a case text, white space collapsed, in order. */
export function splitParagraphs(body: string): string[] {
  return body.split(/\n\s*\n/).map(normaliseSpace).filter(Boolean);
}

/** The 1-based number of the first paragraph containing `words`, or undefined. */
export function findParagraph(paragraphs: readonly string[], words: string): number | undefined {
  const wanted = normaliseSpace(words);
  const index = paragraphs.findIndex((paragraph) => paragraph.includes(wanted));
  return index === -1 ? undefined : index + 1;
}

/** A hast element, as the plugin below writes them. */
const element = (tagName: string, properties: Record<string, unknown>, children: unknown[]) => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text', value });

/**
 * The pin-cite of paragraph `number`, set in the margin before its text: its number as a link
 * to itself ("¶ 3", read as "Paragraph 3"), and a button that copies a citation of the
 * paragraph, shown only where CiteCase's script runs (never on paper: CaseLayout). Left out of the
 * search index.
 */
export function pinCite(number: number) {
  return element('span', { className: ['pin'], dataPagefindIgnore: '' }, [
    element('a', { className: ['pin-number'], href: `#${paragraphId(number)}` }, [
      element('span', { ariaHidden: 'true' }, [text('¶')]),
      element('span', { className: ['visually-hidden'] }, [text(pinWords.paragraph)]),
      text(` ${number}`),
    ]),
    element('button', { type: 'button', className: ['pin-copy'], dataPin: String(number), dataNeedsJs: '', hidden: true }, [
      text(pinWords.cite),
      element('span', { className: ['visually-hidden'] }, [text(pinWords.citeWhat(number))]),
    ]),
  ]);
}

/**
 * The element holding a paragraph's content inside its `<p>`. Pagefind records each element
 * with an id as an anchor and stores, with it, the text directly inside it and its inline
 * elements: the whole paragraph a second time in the search fragment (it already holds
 * the text). Text one element further down, in one Pagefind does not count as inline (a
 * custom element, with no meaning or style of its own), is stored once.
 */
export const PARAGRAPH_TEXT_ELEMENT = 'paragraph-text';

/**
 * A Sätteri hast plugin numbering the document's top-level paragraphs `p-1`,
 * `p-2`, … and setting each one's pin-cite before its text. It is a factory so
 * that every document starts counting at 1.
 */
export function paragraphIds(): HastPluginDefinition {
  let count = 0;
  return {
    name: 'paragraph-ids',
    element: {
      filter: ['p'],
      visit(node, context) {
        if (context.parent(node)?.type !== 'root') return;
        count += 1;
        const { properties, children } = node as unknown as { properties: Record<string, unknown>; children: unknown[] };
        context.replaceNode(node, element('p', { ...properties, id: paragraphId(count) }, [element(PARAGRAPH_TEXT_ELEMENT, {}, [pinCite(count), ...children])]) as never);
      },
    },
  };
}
