/**
 * Marks the search's words on a case page reached from a search result. Loaded
 * only when the address carries `?highlight=`; it wraps matches of text nodes in
 * <mark> elements and never parses anything as HTML. Only the case's own text is
 * marked: its paragraphs, never a heading, a button, a paragraph number or the page's chrome.
 */
import { highlightPattern, matchRanges, termsFromSearch } from '../lib/search/highlight-terms.ts';

/** What inside the case text is not the text: its heading, paragraph numbers, controls, what the index leaves out. */
const NOT_TEXT = 'h1, h2, h3, h4, h5, h6, button, .pin-number, [data-pagefind-ignore]';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps every match in `root`'s text in a <mark>; returns the marks in document order. */
function markMatches(root: Element, pattern: RegExp): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    // From the end backwards, so the earlier offsets stay valid while splitting.
    const found: HTMLElement[] = [];
    for (const [start, end] of matchRanges(node.data, pattern).reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      word.replaceWith(mark);
      mark.append(word);
      found.unshift(mark);
    }
    marks.push(...found);
  }
  return marks;
}

const pattern = highlightPattern(termsFromSearch(location.search));
const text = document.querySelector('.case-text');
if (pattern && text) {
  // The first match, so the reader sees their words without hunting.
  markMatches(text, pattern)[0]?.scrollIntoView({ block: 'center' });
}
