/**
 * How the search page runs: on the main thread or in Pagefind's worker, and where a category's
 * cases are listed in chapter order for a search without words. Both are decided from the
 * site's own collection, never by reading Pagefind's files.
 */
import type { CategoryId } from '../site/categories.ts';

/**
 * Below this many cases the search page runs Pagefind without its worker: so small an index
 * searches in a moment on the main thread, and the worker's script would cost more bytes than
 * the page saves. Larger collections keep their queries off the main thread.
 */
export const WORKER_FROM_CASES = 35;

/** The attribute the search page carries when the collection is small enough for the main thread. */
export const MAIN_THREAD_ATTRIBUTE = 'data-search-main-thread';

/**
 * Page `page` (from 1) of a category's cases in chapter order, as the search page lists them
 * when a category is chosen without words (src/pages/search/browse/[category]/[page].json.ts):
 * there is no relevance to rank by, and a Pagefind sort index would be fetched by every search.
 */
export const browseUrl = (category: CategoryId, page: number): string => `/search/browse/${category}/${page}.json`;

/** One page of such a list. */
export interface BrowsePage {
  /** The category's cases in all. */
  total: number;
  cases: { url: string; title: string; subtitle: string; place: string }[];
}
