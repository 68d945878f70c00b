/**
 * The address a build is made for: a publishing build refuses to run without a public one, so
 * that nothing published says `localhost`; `--local` (`SITE_LOCAL=1`) builds for the local one.
 */
import { SITE } from './identity.ts';

export const LOCAL_PORT = 4321;
export const LOCAL_URL = `http://localhost:${LOCAL_PORT}/`;

export const SITE_URL_HINT = `npm run build publishes the site and needs its public address: SITE_URL=https://… npm run build (or set SITE.url in src/lib/site/identity.ts); npm start builds for ${LOCAL_URL} instead`;

const LOCAL_HOST = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

/** `https://host/`, or why there is none as one line: every link of the site starts at `/`, so no path. */
export function siteAddress({ local, override, configured = SITE.url }: { local: boolean; override?: string; configured?: string }): { url: string } | { error: string } {
  if (local) return { url: LOCAL_URL };
  const given = override?.trim() || configured;
  if (!given) return { error: SITE_URL_HINT };
  const named = override?.trim() ? 'SITE_URL' : 'SITE.url';
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { error: `${named} must be an http(s) address such as https://cases.example.org/ (got "${given}")` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `${named} must be an http(s) address such as https://cases.example.org/ (got "${given}")` };
  }
  if (LOCAL_HOST.test(url.hostname)) {
    return { error: `${named} is a local address (${given}); a published site needs its public one, and npm start builds for the local one` };
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return { error: `${named} must be the address of the site's root, such as ${url.origin}/ (got "${given}"): every link of the site starts at /` };
  }
  return { url: `${url.origin}/` };
}
