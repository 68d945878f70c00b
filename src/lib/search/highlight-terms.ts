/**
 * Highlighting a case's text with the words of the search that led to it. A result
 * links to `/cases/<slug>/?highlight=<word>&highlight=<word>`; the case page marks
 * every word that starts with one of them (or with its stem, so that "stations"
 * also marks "station", as the search itself matched it).
 */

import { isContentWord } from './stop-words.ts';

/** The query parameter a search result adds to a case's address. */
export const HIGHLIGHT_PARAM = 'highlight';

/** At most this many words are marked: a pasted paragraph must not slow the page down. */
const MAX_TERMS = 12;

/** Letters and digits of any script: what a word is made of. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Splits a query into the words worth marking: edge punctuation dropped, content words only (stop-words.ts), no duplicates. */
export function highlightTerms(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => word !== '' && isContentWord(word));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** A result's link to its case, carrying the query's words for the case page to mark. */
export function highlightUrl(url: string, query: string): string {
  const terms = highlightTerms(query);
  if (terms.length === 0) return url;
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  // The parameters go before a `#fragment`, which must stay last.
  const [address, fragment] = url.split(/(?=#)/);
  return `${address}${address.includes('?') ? '&' : '?'}${params}${fragment ?? ''}`;
}

/** The words to mark, as the case page reads them from its own address. */
export function termsFromSearch(search: string): string[] {
  return highlightTerms(new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).join(' '));
}

const SUFFIXES = ['ies', 'es', 's', 'ing', 'ed'];

/** "stations" → "station", "communities" → "communit": a prefix the singular also starts with. */
export function stem(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 3) return term.slice(0, -suffix.length);
  }
  return term;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Words shorter than this are marked only where they stand whole ("a" must not mark "and"). */
const MIN_PREFIX = 3;

/**
 * A pattern matching every word that starts with one of the terms' stems (short
 * terms: the whole word only); `null` when there is nothing to mark. Terms are
 * escaped: they come from a URL.
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((term) =>
      term.length < MIN_PREFIX ? `${escapeRegExp(term)}(?!${WORD_CHAR})` : `${escapeRegExp(stem(term))}${WORD_CHAR}*`,
    );
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})`, 'giu');
}

/** Where the pattern matches in a text, as [start, end) ranges. */
export function matchRanges(text: string, pattern: RegExp): [start: number, end: number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
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
