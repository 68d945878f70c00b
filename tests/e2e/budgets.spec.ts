/** Byte budgets (tests/support/budgets.ts) on the production build in Chromium; each test prints its figures. */
import { expect, test } from '@playwright/test';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { aboutUrl, caseUrl, categoryUrl, homeUrl } from '../../src/lib/site/urls.ts';
import { readContentFiles } from '../support/content.ts';
import { CASE_PAGE_JS, CASE_PAGE_TOTAL, describeWeight, FIRST_SEARCH_TOTAL, LIST_PAGE_TOTAL, SEARCH_PAGE_TOTAL } from '../support/budgets.ts';
import { measureFirstSearch, sumWire, weighPage, wireSize } from '../../scripts/lib/page-weight.ts';

/** A case page's total over its own gzipped text: the issue aims for less than this. */
const CASE_RATIO_AIM = 4;

const origin = (baseURL: string | undefined) => new URL(baseURL!).origin;

for (const { slug } of readContentFiles()) {
  const path = caseUrl(slug);
  test(`budget: case page ${path} ≤ 15 kB, ≤ 1 kB JS before interaction`, async ({ page, baseURL }) => {
    const weight = await weighPage(page, origin(baseURL), path);
    // The floor no page can go under: the gzipped text of its main content.
    const floor = wireSize(Buffer.from(await page.locator('main').innerText()));
    const ratio = weight.total / floor;
    console.log(describeWeight(weight, `; own text ${(floor / 1000).toFixed(2)} kB, ratio ${ratio.toFixed(2)} (aim < ${CASE_RATIO_AIM})`));
    expect(weight.byKind.document, 'the page itself was recorded').toBeGreaterThan(floor);
    expect(weight.total).toBeLessThanOrEqual(CASE_PAGE_TOTAL);
    expect(weight.js).toBeLessThanOrEqual(CASE_PAGE_JS);
  });
}

const listPages = [homeUrl(), aboutUrl(), ...CATEGORIES.map((category) => categoryUrl(category.id))];
for (const path of listPages) {
  test(`budget: ${path} ≤ 15 kB, no JavaScript`, async ({ page, baseURL }) => {
    const weight = await weighPage(page, origin(baseURL), path);
    console.log(describeWeight(weight));
    expect(weight.byKind.document, 'the page itself was recorded').toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(LIST_PAGE_TOTAL);
    expect(weight.js).toBe(0);
  });
}

test('budget: search page ≤ 20 kB before a search, first search (a word every case uses) ≤ 87.6 kB more', async ({ browser, baseURL }) => {
  const { before, search, results } = await measureFirstSearch(browser, origin(baseURL), 'party');
  console.log(describeWeight(before, ' (search page before a search)'));
  const files = search.transfers.map((transfer) => `${transfer.path} ${(transfer.wire / 1000).toFixed(2)} kB`);
  console.log(describeWeight(search, `; ${results} results; ${search.transfers.length} files:\n  ${files.join('\n  ')}`));
  expect(before.byKind.document, 'the search page itself was recorded').toBeGreaterThan(0);
  expect(before.total).toBeLessThanOrEqual(SEARCH_PAGE_TOTAL);
  expect(results, 'the search found the cases').toBeGreaterThan(0);
  expect(search.transfers.some((transfer) => transfer.path.endsWith('.pagefind')), 'the search loaded Pagefind’s WebAssembly').toBe(true);
  expect(search.transfers.some((transfer) => transfer.path.endsWith('.pf_fragment')), 'the results’ fragments were fetched').toBe(true);
  expect(sumWire(search.transfers)).toBeLessThanOrEqual(FIRST_SEARCH_TOTAL);
});
