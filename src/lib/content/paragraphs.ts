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

/**
 * A Sätteri hast plugin numbering the document's top-level paragraphs `p-1`,
 * `p-2`, …. It is a factory so that every document starts counting at 1.
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
        context.setProperty(node, 'id', paragraphId(count));
      },
    },
  };
}
