/**
 * The kinds of page, by address: the accessibility statement names them and its tests visit exactly
 * these, so the statement cannot claim a test that is not run.
 */

/** A trailing `(\d+/)?` is a later page of a list. */
const SHAPES = [
  [/^\/$/, 'home'],
  [/^\/categories\/[^/]+\/(\d+\/)?$/, 'category'],
  [/^\/cases\/[^/]+\/$/, 'case'],
  [/^\/search\/(?!\?(.*&)?q=[^&])(\?.*)?$/, 'search'],
  [/^\/search\/\?(.*&)?q=[^&]+/, 'search-results'],
  [/^\/themes\/$/, 'themes'],
  [/^\/themes\/[^/]+\/(\d+\/)?$/, 'theme'],
  [/^\/glossary\/(\d+\/)?$/, 'glossary'],
  [/^\/compare\/(\d+\/)?$/, 'compare'],
  [/^\/about\/$/, 'about'],
  [/^\/accessibility\/$/, 'accessibility'],
  [/^\/404(\.html|\/)?$/, 'not-found'],
] as const;

export const PAGE_KINDS = SHAPES.map(([, kind]) => kind);

export function pageKind(path: string): (typeof PAGE_KINDS)[number] | undefined {
  return SHAPES.find(([shape]) => shape.test(path))?.[1];
}

/** Their header has no search field: one a page. */
export function hasOwnSearch(path: string): boolean {
  const kind = pageKind(path);
  return kind === 'home' || kind === 'search' || kind === 'search-results';
}
