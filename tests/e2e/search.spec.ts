/**
 * Full-text search against the production build and its real Pagefind index:
 * what is found first, filters and counts, the URL as state, hostile input,
 * highlighting on the case page, keyboard use, and the page without JavaScript.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { GLOSSARY_CATEGORY } from '../../src/lib/search/filters.ts';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { DIST } from '../support/built-site';
import { watchConsole } from '../support/console';
import { readContentFiles } from '../support/content';

const cases = readContentFiles();
const titleOf = (slug: string) => cases.find((c) => c.slug === slug)!.data.title as string;

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
/** Case results only: a word search may also find the glossary, listed among them. */
const caseResults = (page: Page) => results(page).filter({ has: page.locator('h2 a[href^="/cases/"]') });
const resultTitles = (page: Page) => caseResults(page).locator('h2 a');

/** Waits until the page shows the outcome of its latest search (src/scripts/search.ts marks it). */
async function searchDone(page: Page) {
  await expect(status(page), 'the search is done').toHaveAttribute('data-search-state', 'done');
}

/** Loads a search by its address and waits until the page has answered it. */
async function openSearch(page: Page, query: string) {
  await page.goto(query);
  await searchDone(page);
}

/** Queries taken from the case texts, each with the case that must come first. */
const QUERIES: [query: string, firstSlug: string, kind: string][] = [
  ['Lianxin', 'guangchang-county', 'proper name'],
  ['Weifang', 'fangzi-district', 'place name'],
  ['Lei Feng', 'state-grid-hunan', 'two-word name'],
  ['"Lianxin Post Stations"', 'guangchang-county', 'quoted programme name'],
  ['"Double Fifteen Articles"', 'fangzi-district', 'quoted programme name'],
  ['"one branch, one method"', 'fangzi-district', 'quoted slogan with a comma'],
  ['985', 'baotou', 'number'],
  ['108,800', 'baotou', 'number with a thousands comma'],
  ['46.11 million kilowatts', 'state-grid-hunan', 'decimal number with its unit'],
  ['30%', 'fangzi-district', 'percentage'],
  ['4:30 classes', 'baotou', 'time with a colon'],
  ['mules', 'state-grid-hunan', 'plural finds the singular "Electric Mule"'],
  ['camels', 'state-grid-hunan', 'plural finds the singular "Electric Camel"'],
  ['canteen', 'baotou', 'singular finds the plural "canteens"'],
  ['delivery workers', 'guangchang-county', 'two-word phrase'],
  ['Silver Age Patrol Teams', 'baotou', 'programme name without quotes'],
  ['big data', 'state-grid-hunan', 'two-word phrase'],
  ['marginalized', 'fangzi-district', 'single rare word'],
];

// One page for all: each query is a shared address, loaded in turn.
test('queries from the case texts find their case first', async ({ page }) => {
  const errors = watchConsole(page);
  for (const [query, slug, kind] of QUERIES) {
    await test.step(`${query} (${kind}) → ${slug}`, async () => {
      await openSearch(page, `/search/?q=${encodeURIComponent(query)}`);
      const first = resultTitles(page).first();
      await expect.soft(first, query).toHaveText(titleOf(slug));
      await expect.soft(first, query).toHaveAttribute('href', new RegExp(`^/cases/${slug}/\\?highlight=`));
      await expect.soft(status(page), query).toHaveText(/^\d+ results? match(es)? “/);
      // The excerpt marks the words it matched.
      await expect.soft(caseResults(page).first().locator('.excerpt mark').first(), query).toBeVisible();
    });
  }
  expect(errors).toEqual([]);
});

test('a result shows title, subtitle, place, category and excerpt, all from the case', async ({ page }) => {
  await openSearch(page, '/search/?q=vanguard');
  const entry = cases.find((c) => c.slug === 'fangzi-district')!;
  const result = caseResults(page).first();
  await expect(result.locator('h2 a')).toHaveText(entry.data.title);
  await expect(result.locator('.subtitle')).toHaveText(entry.data.subtitle);
  await expect(result.locator('.meta')).toHaveText(
    `${entry.data.place.name}, ${entry.data.place.region}, ${entry.data.place.country} · Rural`,
  );
  await expect(result.locator('.excerpt mark')).toHaveText([/vanguard/]);
  await expect(result.locator('.excerpt')).toContainText('based on their points accumulated');
});

test('only case articles and the glossary are indexed, with their filters, meta and chapter order', async ({ page }) => {
  await page.goto('/search/');
  const answer = await page.evaluate(async (categories) => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    const urls = async (term: string | null) => {
      const search = await pagefind.search(term);
      const data = await Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()));
      return data as { url: string; meta: Record<string, string> }[];
    };
    // Result ids and addresses, to read the build's chapter order files with.
    const all = await pagefind.search(null);
    const urlOf = Object.fromEntries(
      await Promise.all(all.results.map(async (r: { id: string; data: () => Promise<{ url: string }> }) => [r.id, (await r.data()).url])),
    );
    const orders = await Promise.all(
      categories.map(async (category) => {
        const ids = (await (await fetch(`/pagefind/chapter-order/${category}.json`)).json()) as string[];
        return ids.map((id) => urlOf[id]);
      }),
    );
    return {
      party: await urls('party'),
      chapterOrder: orders.flat(),
      chrome: await Promise.all(['Skip', 'Breadcrumb', 'Key figures', 'external site', 'Search'].map(async (t) => (await urls(t)).length)),
      filters: await pagefind.filters(),
    };
  }, CATEGORIES.map((category) => category.id));
  const inOrder = cases.map((c) => `/cases/${c.slug}/`);
  // The glossary is the one other result: a term finds its case and its explanation.
  expect(answer.party.map((d) => d.url).sort()).toEqual([...inOrder, '/glossary/'].sort());
  // Per category, its cases in chapter order (written by the build; the index holds no sort).
  const byCategory = CATEGORIES.flatMap((category) => cases.filter((c) => c.data.category === category.id).map((c) => `/cases/${c.slug}/`));
  expect(answer.chapterOrder).toEqual(byCategory);
  expect(answer.chrome).toEqual([0, 0, 0, 0, 0]);
  // The index holds category ids, never labels: a label is for the screen only.
  for (const entry of cases) {
    const record = answer.party.find((d) => d.url === `/cases/${entry.slug}/`)!;
    expect(record.meta).toMatchObject({
      title: entry.data.title,
      subtitle: entry.data.subtitle,
      place: `${entry.data.place.name}, ${entry.data.place.region}, ${entry.data.place.country}`,
      category: entry.data.category,
      order: String(entry.data.order),
    });
  }
  const countBy = (values: string[]) => Object.fromEntries(values.map((v) => [v, values.filter((x) => x === v).length]));
  expect(answer.filters.category).toEqual(countBy([...cases.map((c) => c.data.category as string), GLOSSARY_CATEGORY]));
  expect(answer.filters.region).toEqual(countBy(cases.map((c) => c.data.place.region)));
});

test('a glossary result names the entry the words were found in, and opens the glossary at it', async ({ page }) => {
  await openSearch(page, '/search/?q=lianxin');
  const link = results(page).locator('h2 a[href^="/glossary/"]');
  await expect(link).toHaveText('Glossary: “Lianxin Post Stations”');
  await expect(link).toHaveAttribute('href', /^\/glossary\/\?highlight=lianxin#term-lianxin-post-stations$/);
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/\?highlight=lianxin#term-lianxin-post-stations$/);
  // The entry is the target: the page scrolled to it, and it is marked.
  await expect(page.locator('.entry:target dt')).toHaveText('“Lianxin Post Stations”');
  await expect(page.locator('.entry:target')).toBeInViewport();
});

test('a glossary result shows no empty subtitle or place line', async ({ page }) => {
  await openSearch(page, '/search/?q=party');
  const glossary = results(page).filter({ has: page.locator('h2 a[href^="/glossary/"]') });
  await expect(glossary).toHaveCount(1);
  await expect(glossary.locator('.excerpt')).toBeVisible();
  await expect(glossary.locator('.subtitle')).toBeHidden();
  await expect(glossary.locator('.meta')).toBeHidden();
  // Case results keep both lines.
  await expect(caseResults(page).first().locator('.subtitle')).toBeVisible();
  await expect(caseResults(page).first().locator('.meta')).toBeVisible();
});

test('the category filter narrows results, and its counts, known once it is used, are right', async ({ page }) => {
  // Independently of the index: which cases use the word "mass" or "masses".
  const withMass = cases.filter((c) => /\bmass(es)?\b/i.test(c.body));
  expect(withMass.length).toBeGreaterThan(1);
  await openSearch(page, '/search/?q=mass');
  await expect(caseResults(page)).toHaveCount(withMass.length);
  // Besides the cases, at most the glossary; the counts below include whatever was found.
  const total = await results(page).count();
  expect(total - withMass.length).toBeLessThanOrEqual(1);
  expect((await resultTitles(page).allTextContents()).sort()).toEqual(withMass.map((c) => c.data.title).sort());
  const filter = page.getByRole('group', { name: 'Category' });
  // No filter index is fetched for a search without a category: no counts yet, and none wrong.
  await expect(filter.getByRole('radio', { name: 'All categories', exact: true })).toBeChecked();
  const urban = withMass.filter((c) => c.data.category === 'urban');
  await filter.getByRole('radio', { name: /^Urban/ }).check();
  await expect(page).toHaveURL('/search/?q=mass&category=urban');
  await expect(resultTitles(page)).toHaveText(urban.map((c) => c.data.title));
  await expect(status(page)).toHaveText(`${urban.length} result${urban.length === 1 ? '' : 's'} match${urban.length === 1 ? 'es' : ''} “mass” in Urban.`);
  // Narrowing loaded the filter's index: the counts are those of the query across categories,
  // so the reader sees where else it is found, and they stay for the next searches.
  await expect(filter.getByRole('radio', { name: `All categories (${total})` })).toBeVisible();
  for (const category of CATEGORIES) {
    const count = withMass.filter((c) => c.data.category === category.id).length;
    await expect(filter.getByRole('radio', { name: `${category.label} (${count})` })).toBeVisible();
  }
  await filter.getByRole('radio', { name: /^All categories/ }).check();
  await expect(filter.getByRole('radio', { name: `All categories (${total})` })).toBeChecked();
});

test('a category without words lists its cases in chapter order', async ({ page }) => {
  await openSearch(page, '/search/?category=rural');
  const rural = cases.filter((c) => c.data.category === 'rural');
  await expect(resultTitles(page)).toHaveText(rural.map((c) => c.data.title));
  await expect(status(page)).toHaveText(`${rural.length} case${rural.length === 1 ? '' : 's'} in Rural, in chapter order.`);
});

test('the URL round-trips: a shared address reproduces the search; back and forward work', async ({ page }) => {
  await openSearch(page, '/search/?q=lianxin&category=emerging-fields');
  await expect(page.locator('#search-query')).toHaveValue('lianxin');
  await expect(page.getByRole('radio', { name: /^Emerging Fields/ })).toBeChecked();
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);

  // The same search built by typing and choosing gives the same address.
  await openSearch(page, '/search/');
  await page.locator('#search-query').fill('lianxin');
  await page.getByRole('radio', { name: /^Emerging Fields/ }).check();
  await expect(page).toHaveURL('/search/?q=lianxin&category=emerging-fields');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);

  await page.getByRole('radio', { name: /^All categories/ }).check();
  await expect(page).toHaveURL('/search/?q=lianxin');
  // Typed and submitted in one go, as a reader's Enter comes within the typing debounce.
  // (Playwright's fill and press can be further apart on a loaded machine; the debounce
  // would then replace this entry with the new words first, as typing is meant to.)
  await page.locator('#search-query').evaluate((input: HTMLInputElement) => {
    input.value = 'mules';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
  });
  await expect(page).toHaveURL('/search/?q=mules');
  await expect(resultTitles(page)).toHaveText([titleOf('state-grid-hunan')]);

  await page.goBack();
  await expect(page).toHaveURL('/search/?q=lianxin');
  await expect(page.locator('#search-query')).toHaveValue('lianxin');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=lianxin&category=emerging-fields');
  await expect(page.getByRole('radio', { name: /^Emerging Fields/ })).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL('/search/?q=mules');
  await expect(page.locator('#search-query')).toHaveValue('mules');
  await expect(resultTitles(page)).toHaveText([titleOf('state-grid-hunan')]);
});

test('a shared search address loads without moving the page (layout shift)', async ({ browser }) => {
  // A phone, as Lighthouse emulates it: a slow CPU lets the page paint before its script runs,
  // which is when the filter and the status line used to appear and push the list down.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { __shifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openSearch(page, '/search/?q=party');
  await expect(status(page)).toHaveText(/results? match/);
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  const total = shifts.reduce((sum, value) => sum + value, 0);
  console.log(`layout shift on /search/?q=party: ${total.toFixed(3)}`);
  expect(total).toBeLessThan(0.01);
  await context.close();
});

test('results follow typing, and the count is announced in a live region', async ({ page }) => {
  await openSearch(page, '/search/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await page.locator('#search-query').pressSequentially('hairdress', { delay: 30 });
  await expect(resultTitles(page)).toHaveText([titleOf('baotou')]);
  await expect(status(page)).toHaveText('1 result matches “hairdress”.');
  await expect(page).toHaveURL('/search/?q=hairdress');
});

test('nothing found: the page says so and offers the categories', async ({ page }) => {
  await openSearch(page, '/search/?q=zeppelin');
  await expect(status(page)).toHaveText('Nothing matches “zeppelin”.');
  await expect(results(page)).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link')).toHaveText(CATEGORIES.map((c) => c.heading));
  await expect(empty.getByRole('link').first()).toHaveAttribute('href', `/categories/${CATEGORIES[0].id}/`);
});

/** Odd and hostile input: typed into the field, and put into the address as it stands. */
const HOSTILE: string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '<mark>party</mark>',
  '</li></ol><h1 id="injected">x</h1>',
  "'",
  '"',
  '"unbalanced quote',
  "O'Reilly \"party\"",
  '😀',
  '🏮 party 🏮',
  'x'.repeat(2000),
  'party '.repeat(400),
  '基层党建',
  '中国共产党 party',
  '.*',
  '(',
  '[a-z]+$',
  '^(a+)+$|\\',
  '${alert(1)}',
  '     ',
  '%3Cscript%3E',
  '%',
  '%00%ZZ',
  '&amp;&lt;',
  'javascript:window.__pwned=1',
  '\u202Eparty',
  'constructor __proto__',
];

/** Raw query strings, not encoded by the test: malformed escapes and odd parameters. */
const RAW_QUERIES = ['q=%', 'q=%E0%A4%A', 'q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', 'q=party&category=%3Cb%3E', 'q=party&q=mass&category=urban&category=rural', 'category=__proto__'];

/** Nothing the input held ran or was inserted, no error was logged, and the page still searches. */
async function expectUsable(page: Page, errors: string[], input: string) {
  await searchDone(page);
  expect.soft(await page.evaluate(() => (window as { __pwned?: number }).__pwned), input).toBeUndefined();
  // The search element's own script, bundled into /_astro/, is rendered where the element is.
  await expect.soft(page.locator('main script:not([src^="/_astro/"]), main img, main svg, #injected'), input).toHaveCount(0);
  // Marks appear only inside excerpts, where Pagefind put them (counted in one go, on the finished list).
  const marks = await page.evaluate(() => ({
    all: document.querySelectorAll('main mark').length,
    inExcerpts: document.querySelectorAll('main .excerpt mark').length,
  }));
  expect.soft(marks.all, input).toBe(marks.inExcerpts);
  await expect.soft(page.locator('h1'), input).toHaveText('Search the cases');
  // The page still searches.
  await page.getByRole('radio', { name: /^All categories/ }).check();
  await page.locator('#search-query').fill('vanguard');
  await page.locator('#search-query').press('Enter');
  await expect(resultTitles(page), `searching after ${input}`).toHaveText([titleOf('fangzi-district')]);
  expect.soft(errors.splice(0), input).toEqual([]);
}

const stepName = (input: string) => JSON.stringify(input.slice(0, 40));

// Odd and hostile input, each in turn on one page: typed into the field, then put into the address.
test('odd and hostile input typed into the field leaves a working page', async ({ page }) => {
  test.setTimeout(600_000); // a search for each input, and one more after it
  const errors = watchConsole(page);
  await openSearch(page, '/search/');
  for (const [index, input] of HOSTILE.entries()) {
    await test.step(`#${index + 1} ${stepName(input)}`, async () => {
      await page.locator('#search-query').fill(input);
      await page.locator('#search-query').press('Enter');
      await expect.soft(page.locator('#search-query'), input).toHaveValue(input);
      await expectUsable(page, errors, input);
    });
  }
});

test('odd and hostile input in the address, and malformed addresses, leave a working page', async ({ page }) => {
  test.setTimeout(600_000); // a page load and a search for each address
  const errors = watchConsole(page);
  for (const [index, input] of HOSTILE.entries()) {
    await test.step(`#${index + 1} ${stepName(input)}`, async () => {
      await openSearch(page, `/search/?q=${encodeURIComponent(input)}`);
      await expect.soft(page.locator('#search-query'), input).toHaveValue(input);
      await expectUsable(page, errors, input);
    });
  }
  for (const raw of RAW_QUERIES) {
    await test.step(`raw address ?${raw}`, async () => {
      await openSearch(page, `/search/?${raw}`);
      await expectUsable(page, errors, `?${raw}`);
    });
  }
});

test('following a result opens the case with the query’s words marked, in light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    const errors = watchConsole(page);
    await openSearch(page, '/search/?q=riders');
    await resultTitles(page).first().click();
    await expect(page).toHaveURL('/cases/guangchang-county/?highlight=riders');
    const marks = page.locator('.case-text mark');
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toHaveText(/^riders/i);
    for (const text of await marks.allTextContents()) expect(text).toMatch(/^riders?/i);
    // The mark stands out from the page in this scheme.
    const colours = await marks.first().evaluate((mark) => ({
      mark: getComputedStyle(mark).backgroundColor,
      text: getComputedStyle(mark).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.mark).not.toBe(colours.page);
    expect(colours.mark).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.text).not.toBe(colours.mark);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test('the case page marks stemmed words and leaves hostile highlight words as text', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/cases/baotou/?highlight=stations&highlight=%3Cimg%20src%3Dx%3E&highlight=.*');
  const marks = page.locator('.case-text mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^station/);
  await expect(page.locator('main img')).toHaveCount(0);
  // Without the parameter nothing is marked and the highlighter is not even loaded.
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto('/cases/baotou/');
  await expect(page.locator('main mark')).toHaveCount(0);
  expect(loaded.filter((url) => url.includes('highlight'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('keyboard only: search, narrow, open a result, with focus always visible', async ({ page }) => {
  await openSearch(page, '/search/');
  const focusedIsVisible = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return element !== document.body && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    });
  // Tab from the top of the page to the search field.
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-query')) break;
  }
  await expect(page.locator('#search-query')).toBeFocused();
  await page.keyboard.type('party');
  await page.keyboard.press('Enter');
  await expect(caseResults(page)).toHaveCount(cases.length);
  await page.keyboard.press('Tab'); // the Search button
  expect(await focusedIsVisible()).toBe(true);
  await page.keyboard.press('Tab'); // the category radios: "All categories"
  await expect(page.getByRole('radio', { name: /^All categories/ })).toBeFocused();
  expect(await focusedIsVisible()).toBe(true);
  await page.keyboard.press('ArrowRight'); // Urban
  await expect(page.getByRole('radio', { name: /^Urban/ })).toBeChecked();
  await expect(page).toHaveURL('/search/?q=party&category=urban');
  await expect(resultTitles(page)).toHaveText(cases.filter((c) => c.data.category === 'urban').map((c) => c.data.title));
  await page.keyboard.press('Tab'); // the first result
  await expect(resultTitles(page).first()).toBeFocused();
  expect(await focusedIsVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^.*\/cases\/baotou\/\?highlight=party$/);
  await expect(page.locator('.case-text mark').first()).toBeVisible();
});

test('without JavaScript, a search address still lists every case by category', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/search/?q=anything');
  expect(response?.status()).toBe(200);
  // Playwright turns scripts off without telling the HTML parser, which then skips
  // <noscript>: the notice is checked in the HTML a browser without scripts would show.
  expect(await response!.text()).toMatch(/<noscript>\s*<p[^>]*>\s*Searching the full text needs JavaScript/);
  for (const category of CATEGORIES) {
    await expect(page.getByRole('heading', { level: 2, name: category.heading })).toBeVisible();
  }
  for (const entry of cases) {
    await expect(page.getByRole('link', { name: entry.data.title, exact: true })).toHaveAttribute('href', `/cases/${entry.slug}/`);
  }
  // The form still submits a plain GET, without the script-only filter.
  await page.locator('#search-query').fill('party');
  await page.locator('#search-query').press('Enter');
  await expect(page).toHaveURL('/search/?q=party');
  await context.close();
});

/** A Pagefind file's kind: the end of its name, which Pagefind does not hash (`en_3f2a1c.pf_index` → `pf_index`). */
const kindOf = (path: string) => path.split('.').at(-1)!;

/** How many files of each kind the build's search index holds. */
function builtKinds(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(join(DIST, 'pagefind'), { recursive: true }) as string[]) {
    if (file.includes('.')) counts.set(kindOf(file), (counts.get(kindOf(file)) ?? 0) + 1);
  }
  return counts;
}

// The first search's byte budget is asserted in search-budget.spec.ts; this checks what it fetches,
// by kind of file rather than by name, so that a Pagefind upgrade renaming its files breaks nothing.
test('the first search fetches the engine once, no worker or filter at this size, and the fragments of the results shown only', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) fetched.push(pathname);
  });
  await openSearch(page, '/search/?q=lianxin');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);
  const shown = await results(page).count();
  expect(new Set(fetched).size, 'no file is fetched twice').toBe(fetched.length);
  const available = builtKinds();
  const count = (kind: string) => fetched.filter((path) => kindOf(path) === kind).length;
  for (const kind of new Set(fetched.map(kindOf))) {
    expect(available.get(kind), `${kind}: fetched, but the build has none`).toBeGreaterThanOrEqual(count(kind));
  }
  // No filter index until the reader narrows by category.
  expect(available.get('pf_filter'), 'the index holds the category and region filters').toBe(2);
  expect(count('pf_filter'), 'filter indexes fetched').toBe(0);
  // One fragment per result shown (the case, and the glossary entry that explains "Lianxin"), of all there are.
  expect(shown).toBe(2);
  expect(count('pf_fragment'), 'fragments fetched').toBe(shown);
  expect(available.get('pf_fragment')).toBeGreaterThan(shown);
  // The engine: its script, its WebAssembly, the entry file and the meta index, each once; the index
  // of four cases is small enough to search on the main thread (src/lib/search/engine.ts), so no worker.
  expect(fetched.filter((path) => path.includes('worker')), 'the worker').toEqual([]);
  expect(fetched.length - count('pf_fragment') - count('pf_index'), 'engine files').toBe(4);
  expect(count('pf_index'), 'index chunks').toBeGreaterThan(0);
});

test('typing a search fetches nothing twice and nothing for each key: no favicon, no index per prefix', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openSearch(page, '/search/');
  const before = requested.length;
  // A reader's pace, about six keys a second, each key a replaced address (history.replaceState).
  await page.locator('#search-query').pressSequentially('party members', { delay: 150 });
  await expect(status(page)).toContainText('“party members”');
  const typed = requested.slice(before);
  expect(typed.filter((path) => !path.startsWith('/pagefind/')), 'anything but the search (the favicon is in the page)').toEqual([]);
  expect(new Set(typed).size, 'no file is fetched twice').toBe(typed.length);
});

test('every page’s header search submits to /search/?q=', async ({ page }) => {
  await page.goto('/about/');
  const header = page.locator('header form[role="search"]');
  await header.getByRole('searchbox').fill('Lianxin');
  await header.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL('/search/?q=Lianxin');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);
});
