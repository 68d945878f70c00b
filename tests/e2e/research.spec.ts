/** The researchers' views, each showing exactly what the case texts mark (read through the build's MDX pipeline). */
import { execFileSync } from 'node:child_process';
import { expect, type Locator } from '@playwright/test';
import { getCategory } from '../../src/lib/site/categories.ts';
import { COMPARE_ROWS } from '../../src/lib/site/compare.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { GLOSSARY_PAGE_SIZE, PREVIEW_SIZE } from '../../src/lib/site/pagination.ts';
import { getTheme, THEMES } from '../../src/lib/site/themes.ts';
import { caseParagraphUrl, caseUrl, paragraphId, themeUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/words.ts';
import { readRealCases } from '../support/case-pipeline';
import { test } from '../support/shared-page';

const cases = await readRealCases();
const usesOf = (theme: string) => cases.flatMap((entry) => entry.annotations.themes.filter(({ id }) => id === theme).map((use) => ({ entry, ...use })));
const hrefs = (links: Locator) => links.evaluateAll((found) => found.map((a) => a.getAttribute('href')));

test('/themes/ lists every theme with its description, its count and its first cases', async ({ page }) => {
  await page.goto('/themes/');
  const items = page.locator('main .theme');
  await expect(items).toHaveCount(THEMES.length);
  for (const [index, theme] of THEMES.entries()) {
    const item = items.nth(index);
    const uses = usesOf(theme.id);
    await expect(item.locator('h2 a')).toHaveAttribute('href', themeUrl(theme.id));
    await expect(item.locator('h2')).toHaveText(theme.label);
    await expect(item).toContainText(theme.description);
    await expect(item.locator('.count')).toHaveText(t('count.cases', { count: uses.length }));
    await expect(item.locator('.cases a')).toHaveText(uses.slice(0, PREVIEW_SIZE).map(({ entry }) => entry.data.title));
  }
});

for (const theme of THEMES) {
  test(`/themes/${theme.id}/ quotes each case's sentence and links to its paragraph`, async ({ page }) => {
    await page.goto(themeUrl(theme.id));
    const uses = page.locator('main .use');
    const expected = usesOf(theme.id);
    await expect(uses.locator('h2 a')).toHaveText(expected.map(({ entry }) => entry.data.title));
    await expect(uses.locator('blockquote')).toHaveText(expected.map(({ quote }) => quote));
    expect(await hrefs(uses.locator('.jump a'))).toEqual(expected.map(({ entry, paragraph }) => caseParagraphUrl(entry.id, paragraph)));
  });
}

for (const entry of cases) {
  test(`/cases/${entry.id}/ shows its themes, related cases, and the words in the paragraphs linked to`, async ({ page }) => {
    await page.goto(caseUrl(entry.id));
    const { themes, terms } = entry.annotations;
    const themeLinks = page.locator('.case-themes li a');
    await expect(themeLinks).toHaveText(themes.map(({ id }) => getTheme(id).label));
    expect(await hrefs(themeLinks)).toEqual(themes.map(({ id }) => themeUrl(id)));
    // Related: the cases sharing a theme (their order is tests/unit/indexes.test.ts).
    const own = new Set(themes.map(({ id }) => id));
    const related = cases.filter((other) => other !== entry && other.annotations.themes.some(({ id }) => own.has(id)));
    expect((await hrefs(page.locator('.related li a'))).sort()).toEqual(related.map((other) => caseUrl(other.id)).sort());
    // Each theme page and glossary link lands on the paragraph holding its words (their numbering: print.spec.ts).
    for (const { quote, paragraph } of themes) await expect(page.locator(`#${paragraphId(paragraph)}`)).toContainText(quote);
    for (const { term, paragraph } of terms) await expect(page.locator(`#${paragraphId(paragraph)}`)).toContainText(term);
  });
}

test('the glossary: every term of every case, explained, linked to the paragraph that uses it', async ({ page }) => {
  const glossary = Map.groupBy(cases.flatMap((entry) => entry.annotations.terms.map((use) => ({ entry, ...use }))), ({ term }) => term);
  expect(glossary.size, 'every term on the first page').toBeLessThanOrEqual(GLOSSARY_PAGE_SIZE);
  await page.goto('/glossary/');
  const quoted = (term: string) => t('glossary.quoted', { term });
  // Exactly these terms (their order is tests/unit/indexes.test.ts).
  expect((await page.locator('.entry dt').allInnerTexts()).sort()).toEqual([...glossary.keys()].map(quoted).sort());
  for (const [term, uses] of glossary) {
    const explained = page.locator('.entry').filter({ has: page.getByText(quoted(term), { exact: true }) }).locator('dd');
    await expect(explained, term).toHaveCount(uses.length);
    for (const [index, { entry, explanation, paragraph }] of uses.entries()) {
      await expect(explained.nth(index)).toContainText(explanation);
      await expect(explained.nth(index).locator('a')).toHaveAttribute('href', caseParagraphUrl(entry.id, paragraph));
    }
  }
});

test('/compare/ sets every case side by side, in the phrases its text marks for each row', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.locator('table');
  await expect(table.locator('thead th a')).toHaveText(cases.map((entry) => entry.data.title));
  const rows = ['category', 'place', ...COMPARE_ROWS, 'keyFigures', 'source'] as const;
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(rows.map((row) => t(`compare.${row}`)));
  const cell = (row: (typeof rows)[number], index: number) => table.locator('tbody tr').nth(rows.indexOf(row)).locator('td').nth(index);
  for (const [index, { data, annotations }] of cases.entries()) {
    await expect(cell('category', index)).toHaveText(getCategory(data.category).label);
    await expect(cell('place', index)).toContainText(data.place.name);
    for (const row of COMPARE_ROWS) {
      const phrases = annotations.compare.filter((phrase) => phrase.row === row).map(({ phrase }) => phrase);
      if (phrases.length > 0) await expect(cell(row, index).locator('li')).toHaveText(phrases);
      else await expect(cell(row, index)).toHaveText(t('compare.notNamed'));
    }
    await expect(cell('keyFigures', index).locator('li')).toHaveText(annotations.keyFigures.map(({ value, label }) => `${value} ${label}`));
    if (data.source) await expect(cell('source', index).getByRole('link', { name: t('source.original') })).toHaveAttribute('href', data.source.url);
    else await expect(cell('source', index)).toHaveText(t('case.noSource'));
  }
});

// That the page itself never scrolls sideways is small-screens.spec.ts's, on every page.
test('/compare/ on a phone: the table scrolls sideways in a labelled region, its row headings held', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/compare/');
  const region = page.getByRole('region', { name: t('compare.caption') });
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await expect(region).toBeFocused();
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const heading = region.locator('th[scope="row"]').first();
  const before = (await heading.boundingBox())!.x;
  await page.keyboard.press('End');
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), { message: 'the table region scrolls sideways' }).toBeGreaterThan(0);
  expect((await heading.boundingBox())!.x).toBeCloseTo(before, 0);
  await context.close();
});

test('/compare/ prints on landscape A4 with every case, other pages stay portrait', async ({ page }, testInfo) => {
  const printed = async (path: string) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath(`${path.replaceAll('/', '_')}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { file, size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) };
  };
  const compare = await printed('/compare/');
  // A4 landscape is 841.89 × 595.28 points.
  expect(compare.size[0]).toBeCloseTo(841.89, 0);
  expect(compare.size[1]).toBeCloseTo(595.28, 0);
  const text = execFileSync('pdftotext', ['-layout', compare.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const entry of cases) expect(text).toContain(entry.data.place.name);
  const other = await printed('/themes/');
  expect(other.size[0]).toBeLessThan(other.size[1]);
});

test('the About page documents every field of both data files', async ({ page, request }) => {
  await page.goto('/about/');
  const { cases: records } = await (await request.get('/cases.json')).json();
  const header = (await (await request.get('/cases.csv')).text()).split('\r\n')[0].split(',');
  const documented = (file: string) => page.locator(`dl[data-file="${file}"] dt`).allInnerTexts();
  expect(await documented('json')).toEqual(Object.keys(records[0]));
  expect(await documented('csv')).toEqual(header);
  for (const meaning of await page.locator('dl[data-file] dd').allInnerTexts()) expect(meaning.trim()).not.toBe('');
});

test('the RSS feed parses and lists every case, newest (last in chapter order) first, with its category and themes, dated by its source', async ({ page, request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/');
  const feed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return {
      title: doc.querySelector('channel > title')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
        pubDate: item.querySelector('pubDate')?.textContent ?? null,
        date: item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'date')[0]?.textContent ?? null,
      })),
    };
  }, xml);
  expect(feed, 'the feed is well-formed XML').not.toBeNull();
  expect(feed!.title).toBe(SITE.name);
  // Four cases: fewer than the feed holds (tests/build/list-pages.test.ts checks the limit).
  expect(feed!.items).toHaveLength(cases.length);
  for (const [index, { id, data, annotations }] of [...cases].reverse().entries()) {
    const item = feed!.items[index];
    expect(item.title).toBe(`${data.title}: ${data.subtitle}`);
    expect(new URL(item.link!).pathname).toBe(caseUrl(id));
    expect(item.categories).toEqual([getCategory(data.category).label, ...annotations.themes.map((theme) => getTheme(theme.id).label)]);
    // Dated by the source, as precisely as it is known; a case without a source is not dated.
    const published = data.source?.published;
    expect(item.date).toBe(published ?? null);
    if (published?.length === 10) expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(published);
    else expect(item.pubDate).toBeNull();
  }
});

test('the sitemap lists every case and every page of the site', async ({ page, request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  await page.goto('/');
  const locs = (xml: string) =>
    page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      return doc.querySelector('parsererror') ? null : [...doc.querySelectorAll('loc')].map((loc) => loc.textContent!);
    }, xml);
  const sitemaps = (await locs(index))!;
  expect(sitemaps.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(new URL(sitemap).pathname);
    expect(response.status()).toBe(200);
    urls.push(...(await locs(await response.text()))!);
  }
  const paths = urls.map((url) => new URL(url).pathname);
  for (const path of ['/', '/about/', '/themes/', '/glossary/', '/compare/', ...THEMES.map((theme) => themeUrl(theme.id)), ...cases.map((entry) => caseUrl(entry.id))]) {
    expect(paths).toContain(path);
  }
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});
