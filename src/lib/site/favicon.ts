/**
 * The site's icon, written into every page's head as a `data:` address: a linked file is
 * fetched again each time the search page rewrites its address (`history.replaceState`),
 * up to a few times a search; an address holding the icon itself is never fetched.
 * The policy's `img-src` allows `data:` for it (src/lib/build/security.ts).
 */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9b1c1c"/><path d="M9 8h9a6 6 0 0 1 0 12h-5v5H9z M13 12v4h5a2 2 0 0 0 0-4z" fill="#fff"/></svg>';

export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`;
