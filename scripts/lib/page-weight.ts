/**
 * What a page costs a reader, measured in a real browser: every response from the
 * site's own origin while the page loads (HTML, CSS, JS and what the JS imports,
 * fonts, images, the search index), plus anything the page references but the
 * browser did not fetch on its own (a headless browser skips the favicon), each
 * counted at gzip level 9. Shared by the budget tests and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { settle, SETTLE_TIMEOUT_MS } from './settle.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'wasm' | 'search-index' | 'data' | 'other';

export interface Transfer {
  /** Path and query on the site, e.g. `/cases/baotou/` or `/pagefind/pagefind.js`. */
  path: string;
  kind: ResourceKind;
  /** Bytes of the file as stored. */
  raw: number;
  /** Bytes on the wire with gzip level 9 (see `wireSize`). */
  wire: number;
}

/**
 * The bytes a reader receives: a server compresses text with gzip, but sends a file
 * that is already compressed (Pagefind's index, its WebAssembly) as it is, because
 * compressing it again only adds a header. So: the smaller of the two.
 */
export function wireSize(bytes: Buffer): number {
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
}

export function kindOf(path: string, contentType = ''): ResourceKind {
  const pathname = path.split('?')[0];
  if (/\.(?:pf_index|pf_fragment|pf_meta|pf_filter)$/.test(pathname) || (pathname.startsWith('/pagefind/') && pathname.endsWith('.json'))) {
    return 'search-index';
  }
  if (/\.pagefind$/.test(pathname) || contentType.includes('wasm')) return 'wasm';
  if (/\.m?js$/.test(pathname) || contentType.includes('javascript')) return 'js';
  if (/\.css$/.test(pathname) || contentType.includes('text/css')) return 'css';
  if (/\.(?:woff2?|ttf|otf)$/.test(pathname) || contentType.startsWith('font/')) return 'font';
  if (/\.(?:svg|png|jpe?g|gif|webp|avif|ico)$/.test(pathname) || contentType.startsWith('image/')) return 'image';
  if (contentType.includes('text/html') || pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
  if (/\.(?:json|csv|xml|txt)$/.test(pathname)) return 'data';
  return 'other';
}

export interface Recorder {
  /** Responses so far, in the order they arrived (deduplicated by path). */
  transfers(): Transfer[];
  /**
   * Resolves once the page has settled (scripts/lib/settle.ts) and no request it made is
   * still open or being read.
   */
  idle(timeoutMs?: number): Promise<void>;
  /** Adds what the page's DOM references but the browser has not fetched (favicon, lazy images). */
  addUnfetchedReferences(): Promise<void>;
}

/** Starts recording the page's same-origin responses; call before `page.goto`. */
export function recordTransfers(page: Page, origin: string): Recorder {
  const byPath = new Map<string, Transfer>();
  const pending = new Set<Promise<void>>();
  let open = 0;
  page.on('request', () => (open += 1));
  const close = () => (open = Math.max(0, open - 1));
  page.on('requestfinished', close);
  page.on('requestfailed', close);
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() < 200 || response.status() >= 300) return;
    const path = url.pathname + url.search;
    const task = response
      .body()
      .then((body) => {
        byPath.set(path, {
          path,
          kind: kindOf(path, response.headers()['content-type']),
          raw: body.length,
          wire: wireSize(body),
        });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(task));
    pending.add(task);
  });

  return {
    transfers: () => [...byPath.values()],
    async idle(timeoutMs = SETTLE_TIMEOUT_MS) {
      await settle(page, timeoutMs);
      const deadline = Date.now() + timeoutMs;
      while (open > 0 || pending.size > 0) {
        if (Date.now() > deadline) throw new Error(`${page.url()}: ${open} requests still open after ${timeoutMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async addUnfetchedReferences() {
      const references = await page.evaluate(() => {
        const urls: string[] = [];
        // Links that load something into this page; canonical, alternate and the like only point elsewhere.
        for (const link of document.querySelectorAll<HTMLLinkElement>('link[href]')) {
          if (/\b(?:icon|stylesheet|preload|modulepreload|manifest|apple-touch-icon)\b/i.test(link.rel)) urls.push(link.href);
        }
        for (const element of document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')) {
          urls.push(element.src);
        }
        for (const element of document.querySelectorAll('[srcset]')) {
          for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) urls.push(new URL(url, document.baseURI).href);
          }
        }
        return urls;
      });
      for (const reference of references) {
        const url = new URL(reference);
        const path = url.pathname + url.search;
        if (url.origin !== origin || byPath.has(path)) continue;
        const response = await page.request.get(url.href);
        if (!response.ok()) throw new Error(`${path} is referenced by the page but answers ${response.status()}`);
        const body = await response.body();
        byPath.set(path, { path, kind: kindOf(path, response.headers()['content-type']), raw: body.length, wire: wireSize(body) });
      }
    },
  };
}

export const sumWire = (transfers: readonly Transfer[]): number => transfers.reduce((sum, t) => sum + t.wire, 0);

/** The page's inline scripts (JSON data blocks excepted), which run before any interaction too. */
export async function inlineScriptWire(page: Page): Promise<number> {
  const sources = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/i.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? ''),
  );
  return sources.reduce((sum, source) => sum + wireSize(Buffer.from(source)), 0);
}

/** The floor no page can go under: the gzipped text of its main content. */
export async function textFloor(page: Page): Promise<number> {
  const text = await page.locator('main').innerText();
  return wireSize(Buffer.from(text));
}

export interface PageWeight {
  path: string;
  total: number;
  byKind: Partial<Record<ResourceKind, number>>;
  /** External JS plus inline scripts, gzipped. */
  js: number;
  transfers: Transfer[];
}

export function summarise(path: string, transfers: Transfer[], inlineJs: number): PageWeight {
  const byKind: PageWeight['byKind'] = {};
  for (const transfer of transfers) byKind[transfer.kind] = (byKind[transfer.kind] ?? 0) + transfer.wire;
  return { path, total: sumWire(transfers), byKind, js: (byKind.js ?? 0) + inlineJs, transfers };
}

/** Loads `path` in a fresh page and weighs everything it fetches and references. */
export async function weighPage(page: Page, origin: string, path: string): Promise<PageWeight> {
  const recorder = recordTransfers(page, origin);
  const response = await page.goto(path);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  await recorder.idle();
  await recorder.addUnfetchedReferences();
  return summarise(path, recorder.transfers(), await inlineScriptWire(page));
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

/** One line per page, so a regression shows how far it went. */
export function describeWeight(weight: PageWeight, extra = ''): string {
  const kinds = Object.entries(weight.byKind)
    .map(([kind, bytes]) => `${kind} ${kB(bytes)}`)
    .join(', ');
  return `${weight.path}: ${kB(weight.total)} in all (${kinds}; JS incl. inline scripts ${kB(weight.js)})${extra}`;
}
