/**
 * Every URL the site links to is built here, so a path is written once.
 * All paths end in a slash, matching Astro's directory-style build output.
 */
import type { CategoryId } from './categories.ts';
import type { ThemeId } from './themes.ts';

export const homeUrl = (): string => '/';
export const aboutUrl = (): string => '/about/';
export const accessibilityUrl = (): string => '/accessibility/';
/** `/search/?q=…&category=…`: a search as a shareable address; empty parts are left out. */
export function searchUrl(query?: string, category?: CategoryId): string {
  const params = [
    ...(query ? [`q=${encodeURIComponent(query)}`] : []),
    ...(category ? [`category=${category}`] : []),
  ];
  return params.length > 0 ? `/search/?${params.join('&')}` : '/search/';
}
/**
 * Page `page` of a paginated list (categories, themes, compare, glossary): page 1 is the list's own
 * address, as Astro's `paginate()` builds it from a `[...page]` route; later pages add `<n>/`.
 */
const pageOf = (listPath: string, page = 1): string => (page > 1 ? `${listPath}${page}/` : listPath);
export const categoryUrl = (id: CategoryId, page?: number): string => pageOf(`/categories/${id}/`, page);
export const caseUrl = (slug: string): string => `/cases/${slug}/`;
export const casesJsonUrl = (): string => '/cases.json';
/** The collection's names, for the search page's "Did you mean …?" (src/pages/search/vocabulary.json.ts). */
export const searchVocabularyUrl = (): string => '/search/vocabulary.json';
export const casesCsvUrl = (): string => '/cases.csv';
export const rssUrl = (): string => '/rss.xml';
/** The whole collection for reference managers: RIS, BibLaTeX and CSL-JSON. */
export const casesRisUrl = (): string => '/cases.ris';
export const casesBibUrl = (): string => '/cases.bib';
export const casesCslJsonUrl = (): string => '/cases.csl.json';
/** One case for reference managers: `/cases/baotou.ris`, `/cases/baotou.bib`. */
export const caseRisUrl = (slug: string): string => `/cases/${slug}.ris`;
export const caseBibUrl = (slug: string): string => `/cases/${slug}.bib`;
export const themesUrl = (): string => '/themes/';
export const themeUrl = (id: ThemeId, page?: number): string => pageOf(`/themes/${id}/`, page);
/** A page of the glossary (`/glossary/`, `/glossary/2/` …). */
export const glossaryUrl = (page?: number): string => pageOf('/glossary/', page);
export const compareUrl = (page?: number): string => pageOf('/compare/', page);
/** The fragment id of a case text's paragraph `number` (1-based): `p-3`; a placeholder stands for any number. */
export const paragraphId = (number: number | string): string => `p-${number}`;
/** A case page, at one paragraph of its text where the number is known. */
export const caseParagraphUrl = (slug: string, paragraph?: number): string =>
  paragraph === undefined ? caseUrl(slug) : `${caseUrl(slug)}#${paragraphId(paragraph)}`;

/**
 * The Internet Archive's list of its saved copies of exactly this address (the Wayback
 * Machine lookup: `/web/`, a star, then the address). A search of the archive, not a copy: it may find none.
 */
export const archiveLookupUrl = (url: string): string => `https://web.archive.org/web/*/${url}`;

/** Absolute URL of a site path, for canonical links and printed addresses. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
