/**
 * Issue 20's "search shows its work" and its neighbours, on the production build: the
 * searching state (also on a throttled connection), a query cut for length, a query in
 * Chinese, "Did you mean …?", the glossary indexed by terms and explanations only, marks of
 * content words only after a long pasted query, and the page without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { highlightPattern, highlightTerms, matchRanges } from '../../src/lib/search/highlight-terms.ts';
import { MAX_ADDRESS_LENGTH, MAX_QUERY_LENGTH } from '../../src/lib/search/state.ts';
import { STOP_WORDS } from '../../src/lib/search/stop-words.ts';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { searchStatusWords } from '../../src/lib/site/words.ts';
import { watchConsole } from '../support/console';
import { readContentFiles } from '../support/content';

const cases = readContentFiles();
const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
const searchDone = (page: Page) => expect(status(page)).toHaveAttribute('data-search-state', 'done');

/** A sentence of a case text as a reader would paste it: 264 characters, from State Grid Hunan. */
const PASTED = cases
  .flatMap((entry) => entry.body.replace(/\s+/g, ' ').split(/(?<=[.!?]) /).map((sentence) => ({ slug: entry.slug, sentence })))
  .find(({ sentence }) => sentence.length === 264 && sentence.startsWith('The company promotes'))!;

test('on a slow connection the page says it is searching until the results replace it', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 400 ms latency, 50 kB/s: issue 20's slow phone connection.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  // Every text the status shows, in order, recorded in the page as it changes.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __statusTexts?: string[] }).__statusTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (text !== seen.at(-1)) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/search/?q=riders');
  await expect(status(page)).toHaveText(searchStatusWords.searching);
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await expect(status(page)).toHaveText(/^\d+ results? match(es)? “riders”\.$/);
  await expect(results(page).first()).toBeVisible();
  const texts = await page.evaluate(() => (window as { __statusTexts?: string[] }).__statusTexts!.filter(Boolean));
  expect(texts[0]).toBe(searchStatusWords.searching);
  expect(texts.at(-1)).toMatch(/match/);
});

test('typing says "Searching…" in the same moment, before the search waits for a pause', async ({ page }) => {
  await page.goto('/search/');
  await searchDone(page);
  // A listener added after the page's own runs right after it, in the same input event.
  await page.locator('#search-query').evaluate((input) => {
    input.addEventListener('input', () => {
      (window as { __statusOnInput?: string }).__statusOnInput = document.querySelector('[data-search-status]')!.textContent!;
    });
  });
  await page.locator('#search-query').pressSequentially('mule');
  expect(await page.evaluate(() => (window as { __statusOnInput?: string }).__statusOnInput)).toBe(searchStatusWords.searching);
  await expect(status(page)).toHaveText(/match(es)? “mule”/);
});

test('a long query is cut at a word, the address stays short, and the page says so', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/search/');
  await searchDone(page);
  for (const query of [PASTED.sentence, 'party building '.repeat(700)]) {
    await page.locator('#search-query').fill(query);
    await page.locator('#search-query').press('Enter');
    await expect(status(page)).toContainText(searchStatusWords.cut(MAX_QUERY_LENGTH).trim());
    const url = new URL(page.url());
    expect(url.pathname.length + url.search.length).toBeLessThan(MAX_ADDRESS_LENGTH);
    const written = url.searchParams.get('q')!;
    expect(written.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    // Cut where a word ends.
    expect(query.replace(/\s+/g, ' ')[written.length]).toBe(' ');
    // The field keeps what the reader typed.
    await expect(page.locator('#search-query')).toHaveValue(query);
  }
  // A short query says nothing of cutting.
  await page.locator('#search-query').fill('riders');
  await page.locator('#search-query').press('Enter');
  await expect(status(page)).toHaveText(/match(es)? “riders”\.$/);
  expect(errors).toEqual([]);
});

test('a query in Chinese that finds nothing is told the texts are in English and offered the cases', async ({ page }) => {
  for (const query of ['包头', '党建']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    await expect(status(page)).toHaveText(`Nothing matches “${query}”.${searchStatusWords.inEnglish}`);
    const browse = page.locator('[data-search-browse]');
    await expect(browse).toBeVisible();
    for (const entry of cases) {
      await expect(browse.getByRole('link', { name: entry.data.title, exact: true })).toHaveAttribute('href', `/cases/${entry.slug}/`);
    }
  }
});

test('a near miss of a name is offered the nearest one, which finds its case', async ({ page }) => {
  await page.goto('/search/?q=Guanchang');
  await searchDone(page);
  await expect(status(page)).toHaveText('Nothing matches “Guanchang”. Did you mean Guangchang?');
  const suggestion = status(page).getByRole('link', { name: 'Guangchang' });
  await expect(suggestion).toHaveAttribute('href', '/search/?q=Guangchang');
  await suggestion.click();
  await searchDone(page);
  await expect(results(page).first().locator('h2 a')).toHaveText(cases.find((c) => c.slug === 'guangchang-county')!.data.title);
  // A word far from every name gets no suggestion.
  await page.goto('/search/?q=zeppelin');
  await searchDone(page);
  await expect(status(page)).toHaveText('Nothing matches “zeppelin”.');
});

test('the glossary is found by its terms and explanations, not by the cases it names; the counts add up', async ({ page }) => {
  for (const query of ['Inner Mongolia', 'Weifang']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    await expect(results(page).first()).toBeVisible();
    await expect(results(page).locator('h2 a[href^="/glossary/"]'), query).toHaveCount(0);
  }
  // A term still finds its entry; "All" is the four categories plus the glossary, named apart.
  await page.goto('/search/?q=lianxin');
  await searchDone(page);
  const glossary = await results(page).locator('h2 a[href^="/glossary/"]').count();
  expect(glossary).toBe(1);
  const total = await results(page).count();
  const filter = page.getByRole('group', { name: 'Category' });
  // Counts are known once the reader has narrowed by category (the filter index is fetched then).
  await filter.getByRole('radio', { name: /^Urban/ }).check();
  await searchDone(page);
  await filter.getByRole('radio', { name: /^All categories/ }).check();
  await searchDone(page);
  await expect(filter.getByRole('radio', { name: `All categories (${total})`, exact: true })).toBeVisible();
  await expect(page.locator('[data-search-glossary]')).toHaveText(searchStatusWords.glossaryCount(glossary));
  const counts = await filter.locator('[data-count]:not([data-count=""])').allTextContents();
  expect(counts).toHaveLength(CATEGORIES.length);
  expect(counts.reduce((sum, count) => sum + Number(count.replace(/\D/g, '')), 0) + glossary).toBe(total);
});

test('after a long pasted query, only its content words are marked, only in the case text', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/search/');
  await searchDone(page);
  await page.locator('#search-query').fill(PASTED.sentence);
  await page.locator('#search-query').press('Enter');
  await searchDone(page);
  await results(page).locator(`h2 a[href^="/cases/${PASTED.slug}/"]`).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*/cases/${PASTED.slug}/\\?highlight=`));
  const marks = page.locator('main mark');
  await expect(marks.first()).toBeVisible();
  const found = await marks.evaluateAll((elements) =>
    elements.map((mark) => ({
      text: mark.textContent!,
      inText: mark.closest('.case-text') !== null,
      inChrome: mark.closest('h1, h2, h3, h4, h5, h6, button, nav, header, footer, .pin-number') !== null,
    })),
  );
  const terms = highlightTerms(PASTED.sentence);
  const pattern = highlightPattern(terms)!;
  test.info().annotations.push({ type: 'marks after a 264-character query', description: `${found.length} marks of ${terms.length} words: ${terms.join(', ')}` });
  expect(found.filter((mark) => !mark.inText || mark.inChrome)).toEqual([]);
  for (const { text } of found) {
    expect(STOP_WORDS.has(text.toLowerCase()), text).toBe(false);
    expect(matchRanges(text, pattern), text).toHaveLength(1);
  }
  // Every content word of the query is marked at least in the sentence it came from.
  expect(terms.every((term) => found.some(({ text }) => text.toLowerCase().startsWith(term.slice(0, 4))))).toBe(true);
  expect(errors).toEqual([]);
});

test('without JavaScript the page says search needs it and never promises results as you type', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/search/?q=riders');
  // Playwright skips <noscript> when it turns scripts off: the notice is read from the HTML.
  expect(await response!.text()).toMatch(/<noscript>\s*<p[^>]*>\s*Searching the full text needs JavaScript[^<]*neither searched nor shown in the field/);
  await expect(page.locator('#search-hint')).toBeHidden();
  await expect(page.locator('[data-search-status]')).toHaveText('');
  await context.close();
});
