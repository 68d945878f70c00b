/** The search page's state, which lives in the URL so a search can be shared, and what it announces. */
import { getCategory, isCategoryId, type CategoryId } from '../site/categories.ts';
import type { translator } from '../site/translate.ts';
import { searchUrl } from '../site/urls.ts';
import { hasCjk } from './suggest.ts';

export interface SearchState {
  query: string;
  category?: CategoryId;
}

/** Each shown result fetches its fragment: this sets most of a first search's bytes. */
export const RESULTS_PER_PAGE = 10;

/** Longer queries are cut, so a reload never meets a server's limit on a URL's length. */
export const MAX_QUERY_LENGTH = 200;

/** Some proxies and old browsers take no longer address; a cut query, escaped, fits. */
export const MAX_ADDRESS_LENGTH = 2_000;

/** An unknown category is ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const query = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  return isCategoryId(category) ? { query, category } : { query };
}

export function searchStateUrl({ query, category }: SearchState): string {
  return searchUrl(cutQuery(query).term ?? '', category);
}

/** Spaces collapsed, cut at a space in the second half where there is one, never inside an emoji; `null` without words. */
export function cutQuery(query: string): { term: string | null; cut: boolean } {
  const collapsed = query.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= MAX_QUERY_LENGTH) return { term: collapsed === '' ? null : collapsed, cut: false };
  const space = collapsed.lastIndexOf(' ', MAX_QUERY_LENGTH);
  let end = space > MAX_QUERY_LENGTH / 2 ? space : MAX_QUERY_LENGTH;
  if (/[\uD800-\uDBFF]/.test(collapsed[end - 1])) end -= 1;
  return { term: collapsed.slice(0, end).trim(), cut: true };
}

export const searchTerm = (query: string): string | null => cutQuery(query).term;

/** Handed to the page's script in its markup. */
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

/** A query in Chinese, Japanese or Korean that finds nothing is told the texts are English. */
export function statusMessage(t: ReturnType<typeof translator>, count: number, term: string | null, category?: CategoryId, cut = false): string {
  const label = category && getCategory(category).label;
  if (term === null) return t('search.browsing', { cases: t('count.cases', { count }), category: label ?? '' });
  const query = term.length > 60 ? `${term.slice(0, 59)}…` : term;
  const notes = [...(cut ? [t('search.cut', { length: MAX_QUERY_LENGTH })] : []), ...(count === 0 && hasCjk(term) ? [t('search.inEnglish')] : [])];
  const found = count === 0 ? t(label ? 'search.nothingIn' : 'search.nothing', { query, category: label ?? '' }) : t(label ? 'search.foundIn' : 'search.found', { count, query, category: label ?? '' });
  return [found, ...notes].join(' ');
}

/** What the page uses of a Pagefind result's `data()`. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<'title' | 'subtitle' | 'place' | 'category', string>>;
  /** A section started by an element with `data-pagefind-title` has that title on its anchor. */
  sub_results: { url: string; title: string; excerpt: string; locations: number[]; anchor?: { title?: string } }[];
}

/** A glossary page's result shows the entry holding most of the matches, named and linked. */
export function shownResult(result: ResultData): { title: string; url: string; excerpt: string } {
  const page = result.meta.title ?? result.url;
  const entries = result.sub_results.filter((sub) => sub.anchor?.title);
  if (entries.length === 0) return { title: page, url: result.url, excerpt: result.excerpt };
  const best = entries.reduce((most, entry) => (entry.locations.length > most.locations.length ? entry : most));
  return { title: `${page}: ${best.title}`, url: best.url, excerpt: best.excerpt };
}
