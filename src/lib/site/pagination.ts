/** Every page whose content grows with the collection shows a bounded slice, to stay within its byte budget. */
import type { Page } from 'astro';
import { t } from './words.ts';

export const LIST_PAGE_SIZE = 20;

/** The chapter's own terms stay on one page. */
export const GLOSSARY_PAGE_SIZE = 40;

/** A slogan many cases quote links to a search for the rest. */
export const GLOSSARY_USES_SHOWN = 5;

/** As many as a landscape A4 sheet sets side by side. */
export const COMPARE_PAGE_SIZE = 8;

/** On the home page and /themes/, before a link to all of them. */
export const PREVIEW_SIZE = 5;

/** Case titles per category on the search page without JavaScript, before a link to the category. */
export const SEARCH_BROWSE_SIZE = 50;

type PageLink = number | 'gap';

/** `[1, 'gap', 6, 7, 8, 'gap', 20]`: a gap never hides a single page, which is shown instead. */
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

/** "Urban Party Building, page 2 of 7", after the first page. */
export function pagedTitle(title: string, { currentPage, lastPage }: Pick<Page, 'currentPage' | 'lastPage'>): string {
  return currentPage > 1 ? t('list.pagedTitle', { title, page: currentPage, pages: lastPage }) : title;
}

/** The `…Paged` form names the items on this page where the list has more than one. */
export function listSentence(key: 'list.count' | 'theme.count' | 'glossary.lead', page: Pick<Page, 'start' | 'end' | 'lastPage'>, values: Record<string, string | number>): string {
  return page.lastPage > 1 ? t(`${key}Paged`, { ...values, first: page.start + 1, last: page.end + 1 }) : t(key, values);
}
