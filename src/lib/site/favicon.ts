/**
 * The site's icon (public/favicon.svg, beside favicon.ico for clients that ask for that), also
 * written into every page's head as a `data:` address: a linked file is fetched again each time
 * the search page rewrites its address (`history.replaceState`); an address holding the icon
 * itself never is. The policy's `img-src` allows `data:` for it (src/lib/build/security.ts).
 */
import svg from '../../../public/favicon.svg?raw';

export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
