/**
 * The search page's byte budget, on the production build with its real
 * Pagefind index: the page before a search at most 20 kB; the first search
 * (Pagefind's script and WebAssembly, no worker at this size, the index and the result
 * fragments) at most 87.6 kB more, less than Starlight's example on the same Pagefind.
 *
 * The first search is the one a shared address runs, `/search/?q=…`: what it fetches
 * beyond the files of the page without a query is the search's cost.
 */
import { expect, test } from '@playwright/test';
import { FIRST_SEARCH_TOTAL, SEARCH_PAGE_TOTAL } from '../support/budgets';
import { measureFirstSearch } from '../../scripts/lib/first-search';
import { describeWeight, sumWire } from '../../scripts/lib/page-weight';

/** A word every case uses, so the search returns a full first page of results. */
const QUERY = 'party';

test('budget: search page ≤ 20 kB before a search, first search ≤ 87.6 kB more', async ({ browser, baseURL }) => {
  const { before, search, results } = await measureFirstSearch(browser, new URL(baseURL!).origin, QUERY);
  console.log(describeWeight(before, ' (search page before a search)'));
  const files = search.transfers.map((transfer) => `${transfer.path} ${(transfer.wire / 1000).toFixed(2)} kB`);
  console.log(describeWeight(search, `; ${results} results; ${search.transfers.length} files:\n  ${files.join('\n  ')}`));

  expect(before.byKind.html, 'the search page itself was recorded').toBeGreaterThan(0);
  expect(before.total).toBeLessThanOrEqual(SEARCH_PAGE_TOTAL);
  expect(results, 'the search found the cases').toBeGreaterThan(0);
  expect(search.byKind.wasm, 'the search loaded Pagefind’s WebAssembly').toBeGreaterThan(0);
  expect(search.byKind['search-index'], 'the search loaded the index and fragments').toBeGreaterThan(0);
  expect(search.transfers.some((transfer) => transfer.path.endsWith('.pf_fragment')), 'the results’ fragments were fetched').toBe(true);
  expect(sumWire(search.transfers)).toBeLessThanOrEqual(FIRST_SEARCH_TOTAL);
});
