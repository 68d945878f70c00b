/**
 * What a page costs a reader, measured in a real browser: every response from the site's own
 * origin while it loads, each counted at gzip level 9; and what a first search adds. Shared by
 * the budget tests and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { settle, SETTLE_TIMEOUT_MS } from './settle.ts';

export interface Transfer {
  /** Path and query on the site, e.g. `/cases/baotou/` or `/pagefind/pagefind.js`. */
  path: string;
  /** Playwright's resource type: document, script, fetch … */
  kind: string;
  /** Bytes of the file as stored. */
  raw: number;
  /** Bytes on the wire with gzip level 9 (see `wireSize`). */
  wire: number;
}

/** A server gzips text but sends an already compressed file (Pagefind's index) as it is: the smaller of the two. */
export const wireSize = (bytes: Buffer): number => Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);

export interface Recorder {
  /** Responses so far, in the order they arrived (one per path). */
  transfers(): Transfer[];
  /** Resolves once the page has settled (./settle.ts) and every response it asked for has been read. */
  idle(): Promise<void>;
}

/** Starts recording the page's same-origin responses; call before `page.goto`. */
export function recordTransfers(page: Page, origin: string): Recorder {
  const byPath = new Map<string, Transfer>();
  const pending = new Set<Promise<void>>();
  page.on('request', (request) => {
    const task = request
      .response()
      .then(async (response) => {
        const url = new URL(request.url());
        if (url.origin !== origin || !response?.ok()) return;
        const body = await response.body();
        byPath.set(url.pathname + url.search, { path: url.pathname + url.search, kind: request.resourceType(), raw: body.length, wire: wireSize(body) });
      })
      .catch(() => undefined)
      .finally(() => pending.delete(task));
    pending.add(task);
  });
  return {
    transfers: () => [...byPath.values()],
    async idle() {
      await settle(page);
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}

export const sumWire = (transfers: readonly Transfer[]): number => transfers.reduce((sum, t) => sum + t.wire, 0);

export interface PageWeight {
  path: string;
  total: number;
  byKind: Partial<Record<string, number>>;
  /** Scripts, inline ones included (JSON data blocks excepted), gzipped. */
  js: number;
  transfers: Transfer[];
}

function summarise(path: string, transfers: Transfer[], inlineJs: number): PageWeight {
  const byKind: PageWeight['byKind'] = {};
  for (const transfer of transfers) byKind[transfer.kind] = (byKind[transfer.kind] ?? 0) + transfer.wire;
  return { path, total: sumWire(transfers), byKind, js: (byKind.script ?? 0) + inlineJs, transfers };
}

/** Loads `path` in a fresh page and weighs everything it fetches. */
export async function weighPage(page: Page, origin: string, path: string): Promise<PageWeight> {
  const recorder = recordTransfers(page, origin);
  const response = await page.goto(path);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  await recorder.idle();
  const inlineScripts = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].filter((script) => !/json/i.test(script.getAttribute('type') ?? '')).map((script) => script.textContent ?? ''),
  );
  return summarise(path, recorder.transfers(), inlineScripts.reduce((sum, source) => sum + wireSize(Buffer.from(source)), 0));
}

export interface FirstSearch {
  /** The search page without a query, loaded in its own empty cache. */
  before: PageWeight;
  /** What the search fetched beyond `before`. */
  search: PageWeight;
  /** Results the page announced. */
  results: number;
}

/** The number of results a search page's status announces ("1,204 results match “…”"), or 0. */
export function announcedCount(status: string | null): number {
  return Number((/^([\d,]+) results? match/.exec(status ?? '')?.[1] ?? '0').replace(/,/g, ''));
}

/** A first search as a shared address, `/search/?q=…`, opens it: everything fetched beyond the search page without a query. */
export async function measureFirstSearch(browser: Browser, origin: string, query: string): Promise<FirstSearch> {
  // Each load gets a fresh context: an empty cache, as for a first-time reader.
  const empty = await browser.newContext({ baseURL: origin });
  const before = await weighPage(await empty.newPage(), origin, searchUrl());
  await empty.close();

  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const recorder = recordTransfers(page, origin);
    await page.goto(searchUrl(query));
    const status = page.locator('[data-search-status]').filter({ hasText: `“${query}”` });
    await status.waitFor({ timeout: SETTLE_TIMEOUT_MS });
    const results = announcedCount(await status.textContent());
    await recorder.idle();
    const loadedBefore = new Set(before.transfers.map((transfer) => transfer.path.split('?')[0]));
    const search = summarise(
      `first search “${query}”`,
      recorder.transfers().filter((transfer) => !loadedBefore.has(transfer.path.split('?')[0])),
      0,
    );
    return { before, search, results };
  } finally {
    await context.close();
  }
}
