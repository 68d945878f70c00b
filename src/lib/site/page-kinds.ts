/**
 * The kinds of page, by address: the accessibility statement names them and its tests visit exactly
 * these, so the statement cannot claim a test that is not run.
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
type PageKind = (typeof PAGE_KINDS)[number];

/** First match wins; a trailing `(\d+/)?` is a later page of a list. */
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

export function pageKind(path: string): PageKind | undefined {
  return SHAPES.find(([shape]) => shape.test(path))?.[1];
}

/** Their header has no search field: one a page. */
export function hasOwnSearch(path: string): boolean {
  const kind = pageKind(path);
  return kind === 'home' || kind === 'search' || kind === 'search-results';
}
