/**
 * A reader's first search, measured the way it happens: a fresh browser opens a shared
 * address, `/search/?q=…`, and the page loads Pagefind, its filters, the index chunks
 * and the fragments of the results it shows. Its cost is everything fetched beyond the
 * search page without a query. Shared by the search budget test and `npm run bench`.
 */
import type { Browser } from '@playwright/test';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { recordTransfers, summarise, weighPage, type PageWeight } from './page-weight.ts';
import { SETTLE_TIMEOUT_MS } from './settle.ts';

export interface FirstSearch {
  query: string;
  /** The search page without a query, loaded in its own empty cache. */
  before: PageWeight;
  /** What the search fetched beyond `before`. */
  search: PageWeight;
  /** Results the page announced. */
  results: number;
  /** From the start of navigation until the page announced its results. */
  ms: number;
}

/** The number of results a search page's status announces ("1,204 results match “…”"), or 0. */
export function announcedCount(status: string | null): number {
  return Number((/^([\d,]+) results? match/.exec(status ?? '')?.[1] ?? '0').replace(/,/g, ''));
}

export async function measureFirstSearch(browser: Browser, origin: string, query: string): Promise<FirstSearch> {
  // Each load gets a fresh context: an empty cache, as for a first-time reader.
  const empty = await browser.newContext({ baseURL: origin });
  const before = await weighPage(await empty.newPage(), origin, searchUrl());
  await empty.close();

  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const recorder = recordTransfers(page, origin);
    const started = Date.now();
    await page.goto(searchUrl(query));
    // The status names the query once the results are on screen ("12 results match “…”").
    const status = page.locator('[data-search-status]').filter({ hasText: `“${query}”` });
    await status.waitFor({ timeout: SETTLE_TIMEOUT_MS });
    const ms = Date.now() - started;
    const results = announcedCount(await status.textContent());
    await recorder.idle();
    const loadedBefore = new Set(before.transfers.map((transfer) => transfer.path.split('?')[0]));
    const search = summarise(
      `first search “${query}”`,
      recorder.transfers().filter((transfer) => !loadedBefore.has(transfer.path.split('?')[0])),
      0,
    );
    return { query, before, search, results, ms };
  } finally {
    await context.close();
  }
}

/** A reader's typing pace: about five keys a second. */
export const TYPING_DELAY_MS = 200;

/**
 * A first search typed rather than opened: a fresh browser opens `/search/`, and the query is
 * typed into the field a key at a time at a reader's pace. Its cost is everything fetched
 * after the page without a query settled, prefixes the page searched on the way included.
 */
export async function measureTypedSearch(browser: Browser, origin: string, query: string): Promise<Omit<FirstSearch, 'before'>> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto(searchUrl());
    await page.locator('[data-search-status][data-search-state="done"]').waitFor({ timeout: SETTLE_TIMEOUT_MS });
    const recorder = recordTransfers(page, origin);
    await page.locator('#search-query').pressSequentially(query, { delay: TYPING_DELAY_MS });
    // Time from the last key to the results on screen.
    const started = Date.now();
    const status = page.locator('[data-search-status]').filter({ hasText: `“${query}”` });
    await status.waitFor({ timeout: SETTLE_TIMEOUT_MS });
    const ms = Date.now() - started;
    const results = announcedCount(await status.textContent());
    await recorder.idle();
    return { query, search: summarise(`typed search “${query}”`, recorder.transfers(), 0), results, ms };
  } finally {
    await context.close();
  }
}
