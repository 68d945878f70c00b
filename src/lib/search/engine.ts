/**
 * What the build decides about how the search page runs Pagefind, from the index it wrote:
 * whether a worker is worth its bytes, and the chapter order of each category's cases.
 */
import type { CategoryId } from '../site/categories.ts';

/**
 * Below this many bytes of index chunks (all `.pf_index` files, as stored), the search page
 * runs Pagefind on the main thread and does not fetch its worker (12.4 kB gzipped). Measured
 * (README, "Performance"): at 4 cases (8 kB of chunks) a query takes a few milliseconds on
 * the main thread; at 1,000 cases (about 1 MB) a first query blocks it for tens of
 * milliseconds, which the worker keeps off the page.
 */
export const WORKER_THRESHOLD_BYTES = 100_000;

export const usesWorker = (indexBytes: number): boolean => indexBytes >= WORKER_THRESHOLD_BYTES;

/** The attribute the build sets on `<search-page>` when the index is small enough for the main thread. */
export const MAIN_THREAD_ATTRIBUTE = 'data-search-main-thread';

/** Where, inside Pagefind's folder, the chapter order of each category's results is written. */
export const CHAPTER_ORDER_DIR = 'chapter-order';

/** The address of `category`'s chapter order: its cases' Pagefind result ids, first to last. */
export const chapterOrderUrl = (category: CategoryId): string => `/pagefind/${CHAPTER_ORDER_DIR}/${category}.json`;

/** What the build reads from one Pagefind fragment. */
export interface IndexedPage {
  /** Pagefind's result id: the fragment's file name without its extension (`en_72ba52a`). */
  id: string;
  meta: Partial<Record<'category' | 'order', string>>;
}

/**
 * Per category, its pages' result ids in chapter order (the `order` meta). A search without
 * words, narrowed to a category, sorts its results by this list: the order comes in a file
 * fetched only then, instead of a sort index in the meta file that every search loads.
 */
export function chapterOrders(pages: readonly IndexedPage[]): Map<string, string[]> {
  const byCategory = new Map<string, { id: string; order: number }[]>();
  for (const { id, meta } of pages) {
    if (meta.category === undefined || meta.order === undefined) continue;
    const list = byCategory.get(meta.category) ?? [];
    list.push({ id, order: Number(meta.order) });
    byCategory.set(meta.category, list);
  }
  return new Map([...byCategory].map(([category, list]) => [category, list.sort((a, b) => a.order - b.order).map((page) => page.id)]));
}

/** `results` (anything with a result id) in the order of `ids`; any not listed keep their order, after those listed. */
export function inChapterOrder<T extends { id: string }>(results: readonly T[], ids: readonly string[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  const rank = (result: T) => position.get(result.id) ?? ids.length;
  return [...results].sort((a, b) => rank(a) - rank(b));
}
