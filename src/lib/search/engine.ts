/** How the search page runs, decided from the collection, never by reading Pagefind's files. */
import type { CategoryId } from '../site/categories.ts';

/** Below this many cases Pagefind's worker script would cost more bytes than the main thread saves. */
export const WORKER_FROM_CASES = 35;

export const MAIN_THREAD_ATTRIBUTE = 'data-search-main-thread';

/**
 * A category's cases in chapter order, for a search without words: there is no relevance to rank
 * by, and a Pagefind sort index would be fetched by every search.
 */
export const browseUrl = (category: CategoryId, page: number): string => `/search/browse/${category}/${page}.json`;

export interface BrowsePage {
  /** The category's cases in all. */
  total: number;
  cases: { url: string; title: string; subtitle: string; place: string }[];
}
