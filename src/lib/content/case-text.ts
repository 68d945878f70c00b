/**
 * A case text as the case page publishes it: HTML, written here from the file's MDX tree.
 *
 * The text is parsed by Sätteri's MDX parser with the features the loader checks it with
 * (src/lib/content/prose.ts), so a page shows exactly what the check read. The check lets
 * through only paragraphs of prose (text, emphasis, strong, struck-through text, line
 * breaks, links, inline code), which is all this writes: no MDX module is compiled, bundled
 * or imported per case (at 10,000 cases that was most of the build's bundling), and no
 * text can run code, since nothing of it is ever JavaScript.
 *
 * Each top-level paragraph gets its address, `p-1`, `p-2` … (the glossary and theme pages
 * count the same paragraphs from the raw text: src/lib/content/paragraphs.ts), and its
 * pin-cite before its text.
 */
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { mdxToMdast } from 'satteri';
import { escapeProseAttribute, escapeProseText } from '../format/escape.ts';
import { paragraphId } from '../site/urls.ts';
import { pinWords } from '../site/words.ts';
import { MDX_FEATURES } from './prose.ts';

/** An mdast node as Sätteri gives it, with the fields the prose nodes carry. */
interface ProseNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  children?: ProseNode[];
}

/**
 * The element holding a paragraph's content inside its `<p>`. Pagefind records each element
 * with an id as an anchor and stores, with it, the text directly inside it and its inline
 * elements: the whole paragraph a second time in the search fragment (it already holds
 * the text). Text one element further down, in one Pagefind does not count as inline (a
 * custom element, with no meaning or style of its own), is stored once.
 */
export const PARAGRAPH_TEXT_ELEMENT = 'paragraph-text';

/** The inline elements of prose, by mdast type. */
const INLINE_ELEMENTS: Readonly<Record<string, string>> = { emphasis: 'em', strong: 'strong', delete: 'del' };

/**
 * The pin-cite of paragraph `number`, set in the margin before its text: its number as a link
 * to itself ("¶ 3", read as "Paragraph 3"), and a button that copies a citation of the
 * paragraph, shown only where CiteCase's script runs (never on paper: CaseLayout). Left out of
 * the search index.
 */
export function pinCiteHtml(number: number): string {
  return (
    '<span class="pin" data-pagefind-ignore>' +
    `<a class="pin-number" href="#${paragraphId(number)}"><span aria-hidden="true">¶</span><span class="visually-hidden">${escapeProseText(pinWords.paragraph)}</span> ${number}</a>` +
    `<button type="button" class="pin-copy" data-pin="${number}" data-needs-js hidden>${escapeProseText(pinWords.cite)}<span class="visually-hidden">${escapeProseText(pinWords.citeWhat(number))}</span></button>` +
    '</span>'
  );
}

/** Thrown for a node the prose check should have refused: the check and this writer disagree. */
const unexpected = (node: ProseNode, where: string) =>
  new Error(`case text: ${where} holds Markdown "${node.type}", which src/lib/content/prose.ts lets through but case-text.ts cannot write; add it to both or to neither`);

function inlineHtml(node: ProseNode): string {
  switch (node.type) {
    case 'text':
      return escapeProseText(node.value ?? '');
    case 'inlineCode':
      return `<code>${escapeProseText(node.value ?? '')}</code>`;
    case 'break':
      // The line ending the break stands for stays in the text, as mdast-util-to-hast writes it.
      return '<br/>\n';
    case 'link': {
      const title = node.title ? ` title="${escapeProseAttribute(node.title)}"` : '';
      // Characters a URL may not hold are percent-encoded, as every Markdown renderer does.
      return `<a href="${escapeProseAttribute(normalizeUri(node.url ?? ''))}"${title}>${childrenHtml(node)}</a>`;
    }
    default: {
      const tag = INLINE_ELEMENTS[node.type];
      if (!tag) throw unexpected(node, 'a paragraph');
      return `<${tag}>${childrenHtml(node)}</${tag}>`;
    }
  }
}

const childrenHtml = (node: ProseNode): string => (node.children ?? []).map(inlineHtml).join('');

/**
 * The HTML of a case text (a file's text after its frontmatter; a frontmatter block, if
 * the whole file is given, is skipped): its paragraphs, one a line, each with its id and
 * pin-cite.
 */
export function caseTextHtml(text: string): string {
  const tree = mdxToMdast(text, { features: MDX_FEATURES, position: false }) as ProseNode;
  const paragraphs: string[] = [];
  for (const block of tree.children ?? []) {
    if (block.type === 'yaml') continue;
    if (block.type !== 'paragraph') throw unexpected(block, 'the text');
    const number = paragraphs.length + 1;
    paragraphs.push(`<p id="${paragraphId(number)}"><${PARAGRAPH_TEXT_ELEMENT}>${pinCiteHtml(number)}${childrenHtml(block)}</${PARAGRAPH_TEXT_ELEMENT}></p>`);
  }
  return paragraphs.join('\n');
}
