/**
 * A result links to `/cases/<slug>/?highlight=<stem>&…` with the query's content words, and the case
 * page has Pagefind's highlighter mark them.
 */
import { isContentWord } from './stop-words.ts';

export const HIGHLIGHT_PARAM = 'highlight';

/** A pasted paragraph must not slow the page down. */
const MAX_TERMS = 12;


export function highlightTerms(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => word !== '' && isContentWord(word));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

const SUFFIXES = ['ies', 'es', 's', 'ing', 'ed'];

/** "communities" → "communit": a prefix the singular also starts with, as the search matched it. */
export function stem(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= 3) return term.slice(0, -suffix.length);
  }
  return term;
}

export function highlightUrl(url: string, query: string): string {
  const terms = highlightTerms(query);
  if (terms.length === 0) return url;
  const params = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, stem(term)]));
  const [address, fragment] = url.split(/(?=#)/);
  return `${address}${address.includes('?') ? '&' : '?'}${params}${fragment ?? ''}`;
}

/** Punctuation, or an entity Pagefind escapes punctuation as (`&quot;`, `&#39;`, `&amp;`). */
const EDGE_PUNCTUATION = String.raw`(?:&(?:quot|#39|amp|lt|gt);|[\p{P}\p{S}])*`;
const MARKED = new RegExp(`<mark>(${EDGE_PUNCTUATION})(.*?)(${EDGE_PUNCTUATION})</mark>`, 'gu');

/** Pagefind marks a whole word with its punctuation (`<mark>schools,</mark>`): the punctuation moves outside. */
export function tidyMarks(excerpt: string): string {
  return excerpt.replace(MARKED, (_, before: string, word: string, after: string) =>
    word === '' ? before + after : `${before}<mark>${word}</mark>${after}`,
  );
}
