/**
 * Issue 6's byte budgets (1 kB = 1,000 bytes, gzip level 9, everything a page loads from the
 * site's own origin), held by the browser tests on the real cases and the build tests at scale.
 */
import type { PageWeight } from '../../scripts/lib/page-weight.ts';

/** A case page in all. */
export const CASE_PAGE_TOTAL = 15_000;
/** A case page's JavaScript before any interaction (the print and copy buttons). */
export const CASE_PAGE_JS = 1_000;
/** Home, category, about and every other list page, which load no JavaScript. */
export const LIST_PAGE_TOTAL = 15_000;
/** The search page before a search. */
export const SEARCH_PAGE_TOTAL = 20_000;
/** What a first search fetches beyond the search page: less than Starlight's example site on the same Pagefind. */
export const FIRST_SEARCH_TOTAL = 87_600;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** One line per page, so a regression shows how far it went. */
export function describeWeight(weight: PageWeight, extra = ''): string {
  const kinds = Object.entries(weight.byKind).map(([kind, bytes]) => `${kind} ${kB(bytes!)}`);
  return `${weight.path}: ${kB(weight.total)} in all (${kinds.join(', ')}; JS incl. inline scripts ${kB(weight.js)})${extra}`;
}
