/** As a `data:` address: a linked icon is fetched again each time the search page rewrites its address. */
import svg from '../../../public/favicon.svg?raw';

export const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
