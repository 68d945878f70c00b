/**
 * Issue 6's byte budgets, in bytes (1 kB = 1,000 bytes), gzip level 9, counting everything
 * a page loads from the site's own origin. Defined once: the browser tests hold the four
 * real cases to them, the build tests hold pages over generated collections to them.
 */

/** A case page in all. */
export const CASE_PAGE_TOTAL = 15_000;
/** A case page's JavaScript before any interaction (the print and copy buttons). */
export const CASE_PAGE_JS = 1_000;
/** Home, category, about and every other list page, which load no JavaScript. */
export const LIST_PAGE_TOTAL = 15_000;
/** The search page before a search. */
export const SEARCH_PAGE_TOTAL = 20_000;
/**
 * What a first search fetches beyond the search page: below Starlight's example site on the
 * same Pagefind (87.6 kB; README, "Performance"), which the four cases now beat (85.6 kB).
 */
export const FIRST_SEARCH_TOTAL = 87_600;
