/** Full-text search against the production build and its real Pagefind index; words from the dictionary. */
import { expect, test, type Page } from '@playwright/test';
import { MAIN_THREAD_ATTRIBUTE } from '../../src/lib/search/engine.ts';
import { GLOSSARY_CATEGORY } from '../../src/lib/search/filters.ts';
import { highlightTerms, stem } from '../../src/lib/search/highlight-terms.ts';
import { cutQuery, MAX_ADDRESS_LENGTH, MAX_QUERY_LENGTH } from '../../src/lib/search/state.ts';
import { CATEGORIES, getCategory } from '../../src/lib/site/categories.ts';
import { SEARCH_BROWSE_SIZE } from '../../src/lib/site/pagination.ts';
import { t } from '../../src/lib/site/words.ts';
import { watchConsole } from '../support/console.ts';
import { readContentFiles } from '../support/content.ts';
import { readSeed } from '../support/seed.ts';

const cases = readContentFiles();
const titleOf = (slug: string) => cases.find((c) => c.slug === slug)!.data.title as string;
const placeOf = (place: { name: string; region: string; country: string }) => `${place.name}, ${place.region}, ${place.country}`;

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');
/** Case results only: a word search may also find the glossary, listed among them. */
const caseResults = (page: Page) => results(page).filter({ has: page.locator('h2 a[href^="/cases/"]') });
const glossaryResults = (page: Page) => results(page).filter({ has: page.locator('h2 a[href^="/glossary/"]') });
const resultTitles = (page: Page) => caseResults(page).locator('h2 a');
const field = (page: Page) => page.locator('#search-query');
const radio = (page: Page, name: string | RegExp) => page.getByRole('group', { name: t('search.category') }).getByRole('radio', { name });
const allCategories = new RegExp(`^${t('search.allCategories')}`);

/** Waits until the page shows the outcome of its latest search (src/scripts/search-page.ts marks it). */
const searchDone = (page: Page) => expect(status(page), 'the search is done').toHaveAttribute('data-search-state', 'done');

/** Loads a search by its address and waits until the page has answered it. */
async function openSearch(page: Page, address: string) {
  await page.goto(address);
  await searchDone(page);
}

/** Types `query` and submits it, and waits for the answer. */
async function submit(page: Page, query: string) {
  await field(page).fill(query);
  await field(page).press('Enter');
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
test('queries from the case texts find their case first, linked with the words to mark', async ({ page }) => {
  const errors = watchConsole(page);
  for (const [query, slug, kind] of QUERIES) {
    await test.step(`${query} (${kind}) → ${slug}`, async () => {
      await openSearch(page, `/search/?q=${encodeURIComponent(query)}`);
      const first = resultTitles(page).first();
      await expect.soft(first, query).toHaveText(titleOf(slug));
      await expect.soft(first, query).toHaveAttribute('href', new RegExp(`^/cases/${slug}/\\?highlight=`));
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
  await expect(result.locator('.meta')).toHaveText(`${placeOf(entry.data.place)} · ${getCategory(entry.data.category).label}`);
  await expect(result.locator('.excerpt mark')).toHaveText([/vanguard/]);
  await expect(result.locator('.excerpt')).toContainText('based on their points accumulated');
});

test('only the cases and the glossary are indexed, none of the pages’ chrome, with their meta and category', async ({ page }) => {
  await page.goto('/search/');
  const answer = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    const search = await pagefind.search('party');
    return {
      party: (await Promise.all(search.results.map((r: { data: () => Promise<unknown> }) => r.data()))) as { url: string; content: string; meta: Record<string, string> }[],
      filters: (await pagefind.filters()) as Record<string, Record<string, number>>,
    };
  });
  // The glossary is the one other result: a term finds its case and its explanation.
  expect(answer.party.map((d) => d.url).sort()).toEqual([...cases.map((c) => `/cases/${c.slug}/`), '/glossary/'].sort());
  const chrome = ['site.skipLink', 'site.breadcrumb', 'case.theCase', 'case.keyFigures', 'case.printThisCase', 'site.externalSite', 'pin.cite', 'cite.heading'] as const;
  for (const { url, content } of answer.party) {
    expect(chrome.filter((key) => content.includes(t(key))), url).toEqual([]);
    expect(content, url).not.toContain(t('pin.paragraph', { number: 1 }));
  }
  // The index holds category ids, never labels: a label is for the screen only.
  for (const entry of cases) {
    const record = answer.party.find((d) => d.url === `/cases/${entry.slug}/`)!;
    expect(record.meta).toMatchObject({ title: entry.data.title, subtitle: entry.data.subtitle, place: placeOf(entry.data.place), category: entry.data.category });
  }
  const countBy = (values: string[]) => Object.fromEntries(values.map((v) => [v, values.filter((x) => x === v).length]));
  expect(answer.filters.category).toEqual(countBy([...cases.map((c) => c.data.category as string), GLOSSARY_CATEGORY]));
});

test('a glossary result names its entry, shows no empty lines, and opens the glossary at it', async ({ page }) => {
  await openSearch(page, '/search/?q=lianxin');
  const glossary = glossaryResults(page);
  await expect(glossary).toHaveCount(1);
  await expect(glossary.locator('.excerpt')).toBeVisible();
  await expect(glossary.locator('.subtitle')).toBeHidden();
  await expect(glossary.locator('.meta')).toBeHidden();
  // Case results keep both lines.
  await expect(caseResults(page).first().locator('.subtitle')).toBeVisible();
  await expect(caseResults(page).first().locator('.meta')).toBeVisible();
  const link = glossary.locator('h2 a');
  const term = t('glossary.quoted', { term: 'Lianxin Post Stations' });
  await expect(link).toHaveText(`${t('glossary.heading')}: ${term}`);
  await expect(link).toHaveAttribute('href', /^\/glossary\/\?highlight=lianxin#term-lianxin-post-stations$/);
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/\?highlight=lianxin#term-lianxin-post-stations$/);
  // The entry is the target: the page scrolled to it, and it is marked.
  await expect(page.locator('.entry:target dt')).toHaveText(term);
  await expect(page.locator('.entry:target')).toBeInViewport();
});

test('the glossary is found by its terms and explanations, not by the cases it names', async ({ page }) => {
  for (const query of ['Inner Mongolia', 'Weifang']) {
    await openSearch(page, `/search/?q=${encodeURIComponent(query)}`);
    await expect(caseResults(page).first(), query).toBeVisible();
    await expect(glossaryResults(page), query).toHaveCount(0);
  }
});

test('the category filter narrows results; its counts, known once it is used, add up with the glossary’s', async ({ page }) => {
  // Independently of the index: which cases use the word "mass" or "masses".
  const withMass = cases.filter((c) => /\bmass(es)?\b/i.test(c.body));
  expect(withMass.length).toBeGreaterThan(1);
  await openSearch(page, '/search/?q=mass');
  await expect(caseResults(page)).toHaveCount(withMass.length);
  expect((await resultTitles(page).allTextContents()).sort()).toEqual(withMass.map((c) => c.data.title).sort());
  const glossary = await glossaryResults(page).count();
  const total = await results(page).count();
  // No filter index is fetched for a search without a category: no counts yet, and none wrong.
  await expect(radio(page, t('search.allCategories'))).toBeChecked();
  const urban = withMass.filter((c) => c.data.category === 'urban');
  await radio(page, /^Urban/).check();
  await expect(page).toHaveURL('/search/?q=mass&category=urban');
  await expect(resultTitles(page)).toHaveText(urban.map((c) => c.data.title));
  await expect(status(page)).toHaveText(t('search.foundIn', { count: urban.length, query: 'mass', category: getCategory('urban').label }));
  // Narrowing loaded the filter's index: the query's counts in every category, kept for the next searches.
  await radio(page, allCategories).check();
  await searchDone(page);
  await expect(radio(page, `${t('search.allCategories')} (${total})`)).toBeChecked();
  for (const category of CATEGORIES) {
    await expect(radio(page, `${category.label} (${withMass.filter((c) => c.data.category === category.id).length})`)).toBeVisible();
  }
  // "All" is the four categories plus the glossary, counted apart.
  await expect(page.locator('[data-search-glossary]')).toHaveText(t('search.glossaryCount', { count: glossary }));
});

test('a category without words lists its cases in chapter order, from the build’s list, without the index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openSearch(page, '/search/?category=rural');
  const rural = cases.filter((c) => c.data.category === 'rural');
  await expect(resultTitles(page)).toHaveText(rural.map((c) => c.data.title));
  await expect(status(page)).toHaveText(t('search.browsing', { cases: t('count.cases', { count: rural.length }), category: getCategory('rural').label }));
  expect(fetched.filter((path) => path.startsWith('/search/browse/') || path.startsWith('/pagefind/'))).toEqual(['/search/browse/rural/1.json']);
});

test('the URL round-trips: a shared address reproduces the search; back and forward work', async ({ page }) => {
  await openSearch(page, '/search/?q=lianxin&category=emerging-fields');
  await expect(field(page)).toHaveValue('lianxin');
  await expect(radio(page, /^Emerging Fields/)).toBeChecked();
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);

  // The same search built by typing and choosing gives the same address.
  await openSearch(page, '/search/');
  await field(page).fill('lianxin');
  await radio(page, /^Emerging Fields/).check();
  await expect(page).toHaveURL('/search/?q=lianxin&category=emerging-fields');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);

  await radio(page, allCategories).check();
  await expect(page).toHaveURL('/search/?q=lianxin');
  // Typed and submitted in one go, as a reader's Enter comes within the typing pause (Playwright's
  // fill and press may be further apart on a loaded machine, and the pause would then replace this entry).
  await field(page).evaluate((input: HTMLInputElement) => {
    input.value = 'mules';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.form!.requestSubmit();
  });
  await expect(page).toHaveURL('/search/?q=mules');
  await expect(resultTitles(page)).toHaveText([titleOf('state-grid-hunan')]);

  await page.goBack();
  await expect(page).toHaveURL('/search/?q=lianxin');
  await expect(field(page)).toHaveValue('lianxin');
  await expect(resultTitles(page)).toHaveText([titleOf('guangchang-county')]);
  await page.goBack();
  await expect(page).toHaveURL('/search/?q=lianxin&category=emerging-fields');
  await expect(radio(page, /^Emerging Fields/)).toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL('/search/?q=mules');
  await expect(field(page)).toHaveValue('mules');
  await expect(resultTitles(page)).toHaveText([titleOf('state-grid-hunan')]);
});

test('a shared search address loads without moving the page (layout shift)', async ({ browser }) => {
  // A phone with a slow CPU, as Lighthouse emulates it: the page paints before its script runs.
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
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
  const total = shifts.reduce((sum, value) => sum + value, 0);
  console.log(`layout shift on /search/?q=party: ${total.toFixed(3)}`);
  expect(total).toBeLessThan(0.01);
  await context.close();
});

test('typing says "Searching…" at once, then results follow the typing, announced in a live region', async ({ page }) => {
  await openSearch(page, '/search/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  // A listener added after the page's own runs right after it, in the same input event.
  await field(page).evaluate((input) => {
    input.addEventListener('input', () => {
      (window as { __statusOnInput?: string }).__statusOnInput = document.querySelector('[data-search-status]')!.textContent!;
    });
  });
  await field(page).pressSequentially('hairdress', { delay: 30 });
  expect(await page.evaluate(() => (window as { __statusOnInput?: string }).__statusOnInput)).toBe(t('search.searching'));
  await expect(resultTitles(page)).toHaveText([titleOf('baotou')]);
  await expect(status(page)).toHaveText(t('search.found', { count: 1, query: 'hairdress' }));
  await expect(page).toHaveURL('/search/?q=hairdress');
});

test('on a slow connection the page says it is searching until the results replace it', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // A slow phone connection: 400 ms latency, 50 kB/s.
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
  await expect(status(page)).toHaveText(t('search.searching'));
  await searchDone(page);
  const shown = await results(page).count();
  expect(shown).toBeGreaterThan(0);
  const texts = await page.evaluate(() => (window as { __statusTexts?: string[] }).__statusTexts!.filter(Boolean));
  expect(texts).toEqual([t('search.searching'), t('search.found', { count: shown, query: 'riders' })]);
});

test('nothing found: the page says so and offers the categories', async ({ page }) => {
  await openSearch(page, '/search/?q=zeppelin');
  // No "Did you mean": the word is far from every name.
  await expect(status(page)).toHaveText(t('search.nothing', { query: 'zeppelin' }));
  await expect(results(page)).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link')).toHaveText(CATEGORIES.map((c) => c.heading));
  await expect(empty.getByRole('link').first()).toHaveAttribute('href', `/categories/${CATEGORIES[0].id}/`);
});

test('a near miss of a name is offered the nearest one, which finds its case', async ({ page }) => {
  await openSearch(page, '/search/?q=Guanchang');
  await expect(status(page)).toHaveText(`${t('search.nothing', { query: 'Guanchang' })} ${t('search.didYouMean', { suggestion: 'Guangchang' })}`);
  const suggestion = status(page).getByRole('link', { name: 'Guangchang' });
  await expect(suggestion).toHaveAttribute('href', '/search/?q=Guangchang');
  await suggestion.click();
  await searchDone(page);
  await expect(resultTitles(page).first()).toHaveText(titleOf('guangchang-county'));
});

test('a query in Chinese that finds nothing is told the texts are in English and offered the cases', async ({ page }) => {
  await openSearch(page, `/search/?q=${encodeURIComponent('包头')}`);
  await expect(status(page)).toHaveText(`${t('search.nothing', { query: '包头' })} ${t('search.inEnglish')}`);
  const browse = page.locator('[data-search-browse]');
  for (const entry of cases) {
    await expect(browse.getByRole('link', { name: entry.data.title, exact: true })).toHaveAttribute('href', `/cases/${entry.slug}/`);
  }
});

test('a long query is cut at a word, the address stays short, the field keeps it, and the page says so', async ({ page }) => {
  const query = 'party building '.repeat(700);
  await openSearch(page, '/search/');
  await submit(page, query);
  await expect(status(page)).toContainText(t('search.cut', { length: MAX_QUERY_LENGTH }));
  const url = new URL(page.url());
  expect(url.pathname.length + url.search.length).toBeLessThan(MAX_ADDRESS_LENGTH);
  expect(url.searchParams.get('q')).toBe(cutQuery(query).term);
  await expect(field(page)).toHaveValue(query);
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
  await expect.soft(page.locator('h1'), input).toHaveText(t('search.heading'));
  // The page still searches.
  await radio(page, allCategories).check();
  await submit(page, 'vanguard');
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
      await submit(page, input);
      await expect.soft(field(page), input).toHaveValue(input);
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
      await expect.soft(field(page), input).toHaveValue(input);
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

/** A long sentence of a case text, as a reader would paste it. */
const PASTED = readSeed()
  .flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?”]) /)))
  .find((sentence) => sentence.startsWith('The company promotes'))!;

test('a result followed from a pasted sentence marks its content words in the case text only, visible in light and dark', async ({ page }) => {
  const errors = watchConsole(page);
  await openSearch(page, '/search/');
  await submit(page, PASTED);
  await resultTitles(page).filter({ hasText: titleOf('state-grid-hunan') }).click();
  // The link carries the query's content words, each cut to its stem.
  const stems = highlightTerms(PASTED).map(stem);
  await expect(page).toHaveURL(`/cases/state-grid-hunan/?${stems.map((word) => `highlight=${encodeURIComponent(word)}`).join('&')}`);
  const marks = page.locator('main mark');
  await expect(marks.first()).toBeVisible();
  const found = await marks.evaluateAll((elements) =>
    elements.map((mark) => ({ text: mark.textContent!.toLowerCase(), inText: mark.closest('.case-text') !== null && !mark.closest('h2, .pin') })),
  );
  expect(found.filter((mark) => !mark.inText), 'marks outside the text').toEqual([]);
  expect(new Set(found.map((mark) => mark.text))).toEqual(new Set(stems));
  // The mark stands out from the page in either scheme.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const colours = await marks.first().evaluate((mark) => ({
      mark: getComputedStyle(mark).backgroundColor,
      text: getComputedStyle(mark).color,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours.mark, colorScheme).not.toBe(colours.page);
    expect(colours.mark, colorScheme).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.text, colorScheme).not.toBe(colours.mark);
  }
  expect(errors).toEqual([]);
});

test('the case page marks no heading or pin-cite, leaves hostile words as text, and loads no highlighter unasked', async ({ page }) => {
  const errors = watchConsole(page);
  const words = ['stations', t('case.theCase'), t('pin.paragraph', { number: 1 }), t('pin.cite'), '<img src=x>', '.*'];
  await page.goto(`/cases/baotou/?${words.map((word) => `highlight=${encodeURIComponent(word)}`).join('&')}`);
  const marks = page.locator('main mark');
  await expect(marks.first()).toBeVisible();
  expect(new Set((await marks.allTextContents()).map((text) => text.toLowerCase()))).toEqual(new Set(['stations']));
  await expect(page.locator('main img')).toHaveCount(0);
  // Without the parameter nothing is marked and the highlighter is not even loaded.
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto('/cases/baotou/');
  await expect(page.locator('main mark')).toHaveCount(0);
  expect(loaded.filter((url) => url.includes('highlight'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('keyboard only: search, narrow, open a result', async ({ page }) => {
  // That every stop shows its focus is accessibility.spec.ts's, on every page: this is the way through.
  await openSearch(page, '/search/');
  // Tab from the top of the page to the search field.
  for (let step = 0; step < 30; step += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'search-query')) break;
  }
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('party');
  await page.keyboard.press('Enter');
  await expect(caseResults(page)).toHaveCount(cases.length);
  await page.keyboard.press('Tab'); // the Search button
  await page.keyboard.press('Tab'); // the category radios: "All categories"
  await expect(radio(page, allCategories)).toBeFocused();
  await page.keyboard.press('ArrowRight'); // Urban
  await expect(radio(page, /^Urban/)).toBeChecked();
  await expect(page).toHaveURL('/search/?q=party&category=urban');
  await expect(resultTitles(page)).toHaveText(cases.filter((c) => c.data.category === 'urban').map((c) => c.data.title));
  await page.keyboard.press('Tab'); // the first result
  await expect(resultTitles(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^.*\/cases\/baotou\/\?highlight=party$/);
  await expect(page.locator('.case-text mark').first()).toBeVisible();
});

test('without JavaScript the page says search needs it and lists every case by category; the form still submits', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/search/?q=anything');
  expect(response?.status()).toBe(200);
  // Playwright turns scripts off without telling the HTML parser, which keeps <noscript> as text.
  expect(await page.locator('noscript').textContent()).toContain(t('search.noScript', { size: SEARCH_BROWSE_SIZE }));
  // Nothing promises results as you type, and nothing is announced.
  await expect(page.locator('#search-hint')).toBeHidden();
  await expect(status(page)).toHaveText('');
  for (const category of CATEGORIES) await expect(page.getByRole('heading', { level: 2, name: category.heading })).toBeVisible();
  for (const entry of cases) {
    await expect(page.getByRole('link', { name: entry.data.title, exact: true })).toHaveAttribute('href', `/cases/${entry.slug}/`);
  }
  // A plain GET, without the script-only filter.
  await field(page).fill('party');
  await field(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=party');
  await context.close();
});

// What the first search fetches, by the ends of names Pagefind does not hash (its bytes: budgets.spec.ts).
test('the first search runs on the main thread at this size: the engine once, no worker or filter, a fragment per result', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) fetched.push(pathname);
  });
  await openSearch(page, '/search/?q=lianxin');
  await expect(page.locator('search-page')).toHaveAttribute(MAIN_THREAD_ATTRIBUTE, '');
  // The case, and the glossary entry that explains "Lianxin".
  await expect(results(page)).toHaveCount(2);
  expect(new Set(fetched).size, 'no file is fetched twice').toBe(fetched.length);
  const count = (kind: string) => fetched.filter((path) => path.endsWith(`.${kind}`)).length;
  expect(fetched.filter((path) => path.includes('worker')), 'the worker').toEqual([]);
  expect(count('pf_filter'), 'filter indexes fetched').toBe(0);
  expect(count('pf_fragment'), 'fragments fetched').toBe(2);
  expect(count('pf_index'), 'index chunks').toBeGreaterThan(0);
  // The engine: its script, its WebAssembly, the entry file and the meta index.
  expect(fetched.length - count('pf_fragment') - count('pf_index'), 'engine files').toBe(4);
});

test('typing a search fetches nothing twice and nothing for each key: no favicon, no index per prefix', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openSearch(page, '/search/');
  const before = requested.length;
  // A reader's pace, about six keys a second, each key a replaced address (history.replaceState).
  await field(page).pressSequentially('party members', { delay: 150 });
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
