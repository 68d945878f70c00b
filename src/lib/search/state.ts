/**
 * The search page's state and the words it shows, as plain functions: the state
 * lives in the URL (`/search/?q=…&category=…`) so a search can be shared, and the
 * page's script only reads and writes it through these.
 */
import { getCategory, isCategoryId, type CategoryId } from '../site/categories.ts';
import { countLabel } from '../format/text.ts';
import { searchUrl } from '../site/urls.ts';

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

/** Longer queries are cut before searching: no case needs more, and the index stays fast. */
export const MAX_QUERY_LENGTH = 200;

/** Reads `?q=` and `&category=` from a URL's query string; an unknown category is ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  return isCategoryId(category) ? { query, category } : { query };
}

/** The address that reproduces a search. */
export function searchStateUrl({ query, category }: SearchState): string {
  return searchUrl(query.trim(), category);
}

/** The words Pagefind is asked for: spaces collapsed, cut to length; `null` when there are none. */
export function searchTerm(query: string): string | null {
  const term = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return term === '' ? null : term;
}

/** `“riders”`: the query as a reader sees it quoted in a message (shortened if long). */
function quoted(term: string): string {
  return `“${term.length > 60 ? `${term.slice(0, 59)}…` : term}”`;
}

/** The sentence announced after each search (a live region reads it out). */
export function statusMessage(count: number, term: string | null, category?: CategoryId): string {
  const where = category ? ` in ${getCategory(category).label}` : '';
  if (term === null) return `${countLabel(count, 'case')}${where}, in chapter order.`;
  // A word search may also find the glossary, so its results are not all cases.
  if (count === 0) return `Nothing matches ${quoted(term)}${where}.`;
  return `${countLabel(count, 'result')} ${count === 1 ? 'matches' : 'match'} ${quoted(term)}${where}.`;
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
