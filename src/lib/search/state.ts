/**
 * The search page's state and the sentences it announces, as plain functions: the state
 * lives in the URL (`/search/?q=…&category=…`) so a search can be shared, and the
 * page's script only reads and writes it through these.
 */
import { getCategory, isCategoryId, type CategoryId } from '../site/categories.ts';
import type { translator } from '../site/translate.ts';
import { searchUrl } from '../site/urls.ts';
import { hasCjk } from './suggest.ts';

export interface SearchState {
  /** What the reader typed, as typed. */
  query: string;
  /** The category the results are narrowed to, if any. */
  category?: CategoryId;
}

/**
 * Results the search page shows at once; "Show more" adds as many again. Each shown
 * result fetches its fragment, so this sets most of a first search's bytes.
 */
export const RESULTS_PER_PAGE = 10;

/**
 * Longer queries are cut before searching and before going into the address: no case needs
 * more, the index stays fast, and a reload never meets a server's limit on a URL's length.
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * What the address the page writes stays under. Nginx's default allows 8 kB for the request
 * line, some proxies and old browsers 2,000 characters: the cut query, each character at most
 * nine characters escaped (`%E5%9F%BA`), fits with room for the path and the category.
 */
export const MAX_ADDRESS_LENGTH = 2_000;

/** Reads `?q=` and `&category=` from a URL's query string; an unknown category is ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  return isCategoryId(category) ? { query, category } : { query };
}

/** The address that reproduces a search, its query cut as the search cuts it. */
export function searchStateUrl({ query, category }: SearchState): string {
  return searchUrl(cutQuery(query).term ?? '', category);
}

/** A query as searched: its words, and whether it was cut for length. */
export interface CutQuery {
  /** Spaces collapsed, at most MAX_QUERY_LENGTH characters; `null` when there are no words. */
  term: string | null;
  cut: boolean;
}

/**
 * Collapses a query's spaces and cuts it to MAX_QUERY_LENGTH characters, at the last space
 * when there is one in the second half (a word is never cut in two), never inside a
 * character written as two UTF-16 units (an emoji).
 */
export function cutQuery(query: string): CutQuery {
  const collapsed = query.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= MAX_QUERY_LENGTH) return { term: collapsed === '' ? null : collapsed, cut: false };
  const space = collapsed.lastIndexOf(' ', MAX_QUERY_LENGTH);
  let end = space > MAX_QUERY_LENGTH / 2 ? space : MAX_QUERY_LENGTH;
  if (/[\uD800-\uDBFF]/.test(collapsed[end - 1])) end -= 1;
  return { term: collapsed.slice(0, end).trim(), cut: true };
}

/** The words Pagefind is asked for (see cutQuery); `null` when there are none. */
export const searchTerm = (query: string): string | null => cutQuery(query).term;

/** The sentences the search page announces, from the dictionary (handed to its script in its markup). */
export const STATUS_SENTENCES = [
  'search.idle',
  'search.searching',
  'search.needsBuild',
  'search.failed',
  'search.browsing',
  'search.nothing',
  'search.nothingIn',
  'search.found',
  'search.foundIn',
  'search.cut',
  'search.inEnglish',
  'search.didYouMean',
  'search.glossaryCount',
  'count.cases',
] as const;

/**
 * The sentence announced after each search (a live region reads it out); `cut` adds that the
 * query was cut for length, and a query in Chinese, Japanese or Korean that finds nothing is
 * told the texts are English. A word search may also find the glossary, so its results are
 * "results", not cases.
 */
export function statusMessage(t: ReturnType<typeof translator>, count: number, term: string | null, category?: CategoryId, cut = false): string {
  const label = category && getCategory(category).label;
  if (term === null) return t('search.browsing', { cases: t('count.cases', { count }), category: label ?? '' });
  const query = term.length > 60 ? `${term.slice(0, 59)}…` : term;
  const notes = [...(cut ? [t('search.cut', { length: MAX_QUERY_LENGTH })] : []), ...(count === 0 && hasCjk(term) ? [t('search.inEnglish')] : [])];
  const found = count === 0 ? t(label ? 'search.nothingIn' : 'search.nothing', { query, category: label ?? '' }) : t(label ? 'search.foundIn' : 'search.found', { count, query, category: label ?? '' });
  return [found, ...notes].join(' ');
}

/** The parts of a Pagefind result (its `data()`) that decide what the page shows. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<'title' | 'subtitle' | 'place' | 'category', string>>;
  /** The page's sections holding matches; a section started by an element with `data-pagefind-title` has that title on its anchor. */
  sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: { title?: string } }[];
}

/** What one result shows: its title, where it links to, and the excerpt around the words found. */
export interface ShownResult {
  title: string;
  url: string;
  excerpt: string;
}

/**
 * A glossary page holds many entries, each titled for Pagefind (`data-pagefind-title`):
 * its result shows the entry holding most of the matches, named ("Glossary: “Lianxin”")
 * and linked (`/glossary/2/#term-lianxin`). Any other result shows its page.
 */
export function shownResult(result: ResultData): ShownResult {
  const page = result.meta.title ?? result.url;
  const entries = result.sub_results.filter((sub) => sub.anchor?.title);
  if (entries.length === 0) return { title: page, url: result.url, excerpt: result.excerpt };
  const best = entries.reduce((most, entry) => (entry.locations.length > most.locations.length ? entry : most));
  return { title: `${page}: ${best.title}`, url: best.url, excerpt: best.excerpt };
}
