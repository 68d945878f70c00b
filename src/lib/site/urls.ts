/** Every URL the site links to, so a path is written once. */
import type { CategoryId } from './categories.ts';
import type { ThemeId } from './themes.ts';

export const homeUrl = (): string => '/';
export const aboutUrl = (): string => '/about/';
export const accessibilityUrl = (): string => '/accessibility/';
/** Empty parts are left out. */
export function searchUrl(query?: string, category?: CategoryId): string {
  const params = [
    ...(query ? [`q=${encodeURIComponent(query)}`] : []),
    ...(category ? [`category=${category}`] : []),
  ];
  return params.length > 0 ? `/search/?${params.join('&')}` : '/search/';
}
/** Page 1 is the list's own address, as Astro's `paginate()` builds it from a `[...page]` route. */
const pageOf = (listPath: string, page = 1): string => (page > 1 ? `${listPath}${page}/` : listPath);
export const categoryUrl = (id: CategoryId, page?: number): string => pageOf(`/categories/${id}/`, page);
export const caseUrl = (slug: string): string => `/cases/${slug}/`;
export const casesJsonUrl = (): string => '/cases.json';
export const searchVocabularyUrl = (): string => '/search/vocabulary.json';
export const casesCsvUrl = (): string => '/cases.csv';
export const rssUrl = (): string => '/rss.xml';
export const casesRisUrl = (): string => '/cases.ris';
export const casesBibUrl = (): string => '/cases.bib';
export const casesCslJsonUrl = (): string => '/cases.csl.json';
export const caseRisUrl = (slug: string): string => `/cases/${slug}.ris`;
export const caseBibUrl = (slug: string): string => `/cases/${slug}.bib`;
export const themesUrl = (): string => '/themes/';
export const themeUrl = (id: ThemeId, page?: number): string => pageOf(`/themes/${id}/`, page);
export const glossaryUrl = (page?: number): string => pageOf('/glossary/', page);
export const compareUrl = (page?: number): string => pageOf('/compare/', page);
/** `p-3`; a placeholder stands for any number. */
export const paragraphId = (number: number | string): string => `p-${number}`;
export const caseParagraphUrl = (slug: string, paragraph?: number): string =>
  paragraph === undefined ? caseUrl(slug) : `${caseUrl(slug)}#${paragraphId(paragraph)}`;

/** The Wayback Machine's list of its copies of this address: a search, which may find none. */
export const archiveLookupUrl = (url: string): string => `https://web.archive.org/web/*/${url}`;

export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
