/**
 * How long a list page may grow. Every page whose content grows with the collection
 * shows a bounded slice of it, so that at thousands of cases each page still arrives
 * within its byte budget (tests/build/list-pages.test.ts).
 */
import { t } from './words.ts';

/**
 * Cases per page of a category or theme page. A card carries its summary (as long as
 * the schema allows) and its source; twenty real-length cards stay well inside the budget.
 */
export const LIST_PAGE_SIZE = 20;

/**
 * Terms per page of /glossary/. An entry is a term and a sentence or two: twice as many as
 * a list page's cards fit, and the chapter's own 25 terms stay on one page.
 */
export const GLOSSARY_PAGE_SIZE = 40;

/**
 * Uses shown under a glossary term; a slogan many cases quote links to a search for the rest,
 * so that a page of terms stays within its budget however many cases share one.
 */
export const GLOSSARY_USES_SHOWN = 5;

/** Case columns per page of /compare/: as many as a landscape A4 sheet or a wide screen can set side by side. */
export const COMPARE_PAGE_SIZE = 8;

/** Cases shown per category on the home page and per theme on /themes/, before a link to all of them. */
export const PREVIEW_SIZE = 5;

/**
 * Case titles per category in the search page's list, which a reader without JavaScript
 * browses (and finds in with the browser's find command), before a link to the category's
 * pages. Every title, at thousands of cases, made the search page many times its budget.
 */
export const SEARCH_BROWSE_SIZE = 50;

/** A numbered page link, or a gap standing for the pages left out between two of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a pagination bar shows: the first and last page, the current page and
 * its neighbours, and a gap wherever pages are left out (a gap never hides a single page:
 * that page is shown instead). `[1, 'gap', 6, 7, 8, 'gap', 20]`.
 */
export function pageLinks(currentPage: number, lastPage: number): PageLink[] {
  const shown = [...new Set([1, currentPage - 1, currentPage, currentPage + 1, lastPage])]
    .filter((page) => page >= 1 && page <= lastPage)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const page of shown) {
    const previous = links.at(-1);
    if (typeof previous === 'number' && page - previous === 2) links.push(page - 1);
    else if (typeof previous === 'number' && page - previous > 2) links.push('gap');
    links.push(page);
  }
  return links;
}

/** Where a page sits in its list: Astro's `Page` fits it. */
export interface PageSlice {
  /** 1-based number of this page, and of the last page. */
  currentPage: number;
  lastPage: number;
  /** 0-based positions of the page's first and last item in the whole list. */
  start: number;
  end: number;
}

/** A page's title with its place in the list, after the first page: "Urban Party Building, page 2 of 7". */
export function pagedTitle(title: string, { currentPage, lastPage }: Pick<PageSlice, 'currentPage' | 'lastPage'>): string {
  return currentPage > 1 ? t('list.pagedTitle', { title, page: currentPage, pages: lastPage }) : title;
}

/** The sentence `key` about a list, or its `…Paged` form naming the items on this page where the list has more than one. */
export function listSentence(key: 'list.count' | 'theme.count' | 'glossary.lead', page: Pick<PageSlice, 'start' | 'end' | 'lastPage'>, values: Record<string, string | number>): string {
  return page.lastPage > 1 ? t(`${key}Paged`, { ...values, first: page.start + 1, last: page.end + 1 }) : t(key, values);
}
