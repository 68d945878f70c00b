/**
 * The kinds of page the site has, told apart by their address. One list for two readers:
 * the accessibility statement names the kinds it says are tested, and the accessibility
 * tests check that the pages they visit are of exactly those kinds (tests/e2e/accessibility.spec.ts),
 * so the statement cannot claim a test that is not run, nor a page kind go untested unsaid.
 */

export const PAGE_KINDS = [
  'home',
  'category',
  'case',
  'search',
  'search-results',
  'themes',
  'theme',
  'glossary',
  'compare',
  'about',
  'accessibility',
  'not-found',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Address shapes, first match wins; `[^/]+` is one segment, a trailing `(\d+/)?` a later page of a list. */
const SHAPES: [RegExp, PageKind][] = [
  [/^\/$/, 'home'],
  [/^\/categories\/[^/]+\/(\d+\/)?$/, 'category'],
  [/^\/cases\/[^/]+\/$/, 'case'],
  [/^\/search\/\?(.*&)?q=[^&]+/, 'search-results'],
  [/^\/search\/(\?.*)?$/, 'search'],
  [/^\/themes\/$/, 'themes'],
  [/^\/themes\/[^/]+\/(\d+\/)?$/, 'theme'],
  [/^\/glossary\/(\d+\/)?$/, 'glossary'],
  [/^\/compare\/(\d+\/)?$/, 'compare'],
  [/^\/about\/$/, 'about'],
  [/^\/accessibility\/$/, 'accessibility'],
  [/^\/404(\.html|\/)?$/, 'not-found'],
];

/** The kind of the page at `path` (a site path, with its query if any); undefined for an address the site does not serve. */
export function pageKind(path: string): PageKind | undefined {
  return SHAPES.find(([shape]) => shape.test(path))?.[1];
}

/** Pages with a search field of their own (home, search): their header has none, so a page has one. */
export function hasOwnSearch(path: string): boolean {
  const kind = pageKind(path);
  return kind === 'home' || kind === 'search' || kind === 'search-results';
}
