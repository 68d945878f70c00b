/**
 * A reader's first search, as it happens: a fresh browser opens a shared address, `/search/?q=…`.
 * Its cost is everything fetched beyond the search page without a query. Shared by the search
 * budget test and `npm run bench`.
 */
import type { Browser } from '@playwright/test';
import { searchUrl } from '../../src/lib/site/urls.ts';
import { recordTransfers, summarise, weighPage, type PageWeight } from './page-weight.ts';
import { SETTLE_TIMEOUT_MS } from './settle.ts';

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
