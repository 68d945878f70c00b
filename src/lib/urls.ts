/**
 * Every URL the site links to is built here, so a path is written once.
 * All paths end in a slash, matching Astro's directory-style build output.
 */
import type { CategoryId } from './categories';

export const homeUrl = (): string => '/';
export const aboutUrl = (): string => '/about/';
export const searchUrl = (query?: string): string =>
  query ? `/search/?q=${encodeURIComponent(query)}` : '/search/';
export const categoryUrl = (id: CategoryId): string => `/categories/${id}/`;
export const caseUrl = (slug: string): string => `/cases/${slug}/`;
export const casesJsonUrl = (): string => '/cases.json';

/** Absolute URL of a site path, for canonical links and printed addresses. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
