/**
 * Marks the search's words on a case page reached from a search result. Loaded
 * only when the address carries `?highlight=`; it wraps matches of text nodes in
 * <mark> elements and never parses anything as HTML.
 */
import { highlightPattern, matchRanges, termsFromSearch } from '../lib/search/highlight-terms.ts';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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
const article = document.querySelector('[data-pagefind-body]');
if (pattern && article) {
  const marks = markMatches(article, pattern);
  // The first match in the case text, so the reader sees their words without hunting.
  marks.find((mark) => mark.closest('.case-text'))?.scrollIntoView({ block: 'center' });
}
