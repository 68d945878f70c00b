/**
 * Stable addresses for the paragraphs of a case text: `/cases/<slug>/#p-3` is
 * its third paragraph. The case page gives each top-level paragraph its id
 * (src/lib/content/case-text.ts), and the glossary and theme pages compute the
 * same numbers from the raw text (below), so a link points at the paragraph
 * that holds its words.
 *
 * Case texts are plain paragraphs separated by blank lines (README, "Adding a
 * case"); that is what keeps the two countings equal, and the browser tests
 * check every such link lands on a paragraph containing its words.
 */
import { normaliseSpace } from '../format/text.ts';

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
