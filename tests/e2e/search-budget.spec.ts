/**
 * The search page's byte budget (issue 6), on the production build with its real
 * Pagefind index: the page before a search at most 20 kB; the first search
 * (Pagefind's script, WebAssembly, index and result fragments) at most 120 kB more.
 *
 * The first search is the one a shared address runs, `/search/?q=…`: what it fetches
 * beyond the files of the page without a query is the search's cost. Nothing here
 * depends on how the page draws its results, only that it links to a case.
 */
import { expect, test } from '@playwright/test';
import { searchUrl } from '../../src/lib/urls';
import { describeWeight, recordTransfers, summarise, sumWire, weighPage } from '../support/page-weight';

const PAGE_BEFORE_SEARCH = 20_000;
const FIRST_SEARCH = 120_000;
/** A word every case uses, so the search returns a full first page of results. */
const QUERY = 'party';

test('budget: search page ≤ 20 kB before a search, first search ≤ 120 kB more', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Each load gets a fresh context: an empty cache, as for a first-time reader.
  const empty = await browser.newContext();
  const before = await weighPage(await empty.newPage(), origin, searchUrl());
  await empty.close();
  console.log(describeWeight(before, ' (search page before a search)'));

  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = recordTransfers(page, origin);
  const fragment = page.waitForResponse((response) => response.url().includes('/pagefind/') && response.url().includes('.pf_fragment'));
  await page.goto(searchUrl(QUERY));
  await fragment;
  await expect(page.locator('main a[href^="/cases/"]').first()).toBeVisible();
  await recorder.idle();
  const loadedBefore = new Set(before.transfers.map((transfer) => transfer.path.split('?')[0]));
  const search = summarise(
    `first search "${QUERY}"`,
    recorder.transfers().filter((transfer) => !loadedBefore.has(transfer.path.split('?')[0])),
    0,
  );
  await context.close();
  const files = search.transfers.map((transfer) => `${transfer.path} ${(transfer.wire / 1000).toFixed(2)} kB`);
  console.log(describeWeight(search, `; ${search.transfers.length} files:\n  ${files.join('\n  ')}`));

  expect(before.byKind.html, 'the search page itself was recorded').toBeGreaterThan(0);
  expect(before.total).toBeLessThanOrEqual(PAGE_BEFORE_SEARCH);
  expect(search.byKind.wasm, 'the search loaded Pagefind’s WebAssembly').toBeGreaterThan(0);
  expect(search.byKind['search-index'], 'the search loaded the index and fragments').toBeGreaterThan(0);
  expect(sumWire(search.transfers)).toBeLessThanOrEqual(FIRST_SEARCH);
});
