/**
 * Highlighting a case's text with the words of the search that led to it. A result links to
 * `/cases/<slug>/?highlight=<word>&highlight=<word>` with the query's content words, each cut to
 * its stem ("stations" → "station", as the search itself matched it), and the case page has
 * Pagefind's highlighter mark them in its text.
 */

import { isContentWord } from './stop-words.ts';

/** The query parameter a search result adds to a case's address. */
export const HIGHLIGHT_PARAM = 'highlight';

/** At most this many words are marked: a pasted paragraph must not slow the page down. */
const MAX_TERMS = 12;

/** Splits a query into the words worth marking: edge punctuation dropped, content words only (stop-words.ts), no duplicates. */
export function highlightTerms(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => word !== '' && isContentWord(word));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

const SUFFIXES = ['ies', 'es', 's', 'ing', 'ed'];

/** "stations" → "station", "communities" → "communit": a prefix the singular also starts with. */
export function stem(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 3) return term.slice(0, -suffix.length);
  }
  return term;
}

/** A result's link to its case, carrying the query's words for the case page to mark. */
export function highlightUrl(url: string, query: string): string {
  const terms = highlightTerms(query);
  if (terms.length === 0) return url;
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, stem(term)]));
  // The parameters go before a `#fragment`, which must stay last.
  const [address, fragment] = url.split(/(?=#)/);
  return `${address}${address.includes('?') ? '&' : '?'}${params}${fragment ?? ''}`;
}

/** Punctuation, or an entity Pagefind escapes punctuation as (`&quot;`, `&#39;`, `&amp;`). */
const EDGE_PUNCTUATION = String.raw`(?:&(?:quot|#39|amp|lt|gt);|[\p{P}\p{S}])*`;
const MARKED = new RegExp(`<mark>(${EDGE_PUNCTUATION})(.*?)(${EDGE_PUNCTUATION})</mark>`, 'gu');

/**
 * Pagefind marks a whole whitespace-separated word, quotes and commas included
 * (`<mark>“Lianxin</mark>`, `<mark>schools,</mark>`): the punctuation moves outside the
 * mark, so only the word found is highlighted. A mark of nothing but punctuation goes.
 */
export function tidyMarks(excerpt: string): string {
  return excerpt.replace(MARKED, (_, before: string, word: string, after: string) =>
    word === '' ? before + after : `${before}<mark>${word}</mark>${after}`,
  );
}
