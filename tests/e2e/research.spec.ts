/**
 * The researchers' views, against the production build: themes, related cases,
 * the glossary, the comparison table (phone and print), the CSV beside the JSON,
 * the feed and the sitemap (the JSON-LD: reference-files.spec.ts).
 */
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { test } from '../support/shared-page';
import { CATEGORY_FILTER, GLOSSARY_CATEGORY } from '../../src/lib/search/filters.ts';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { readContentFiles } from '../support/content';
import { csvRecords } from '../support/csv';

const cases = readContentFiles();
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();
const casesWithTheme = (id: string) => cases.filter((c) => c.data.themes.some((t: { id: string }) => t.id === id));

/**
 * Follows `/path/#id` links, loading each page once: the element each points
 * at must exist, once, and contain the words given with the link.
 */
async function checkTargets(page: Page, links: readonly { href: string; words?: string }[]): Promise<void> {
  const byPath = Map.groupBy(links, ({ href }) => href.split('#')[0]);
  for (const [path, targets] of byPath) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const texts = await page.evaluate(
      (ids) => ids.map((id) => {
        const found = document.querySelectorAll(`[id="${id}"]`);
        return found.length === 1 ? (found[0] as HTMLElement).innerText : null;
      }),
      targets.map(({ href }) => href.split('#')[1]),
    );
    targets.forEach(({ href, words }, index) => {
      expect(texts[index], `${href}: no single element with that id`).not.toBeNull();
      if (words) expect(normalise(texts[index]!), href).toContain(words);
    });
  }
}

test('/themes/ lists every theme with its description and exactly its cases', async ({ page }) => {
  await page.goto('/themes/');
  const items = page.locator('main .theme');
  await expect(items).toHaveCount(THEMES.length);
  for (const [index, theme] of THEMES.entries()) {
    const item = items.nth(index);
    await expect(item.locator('h2 a')).toHaveAttribute('href', `/themes/${theme.id}/`);
    await expect(item.locator('h2')).toHaveText(theme.label);
    await expect(item).toContainText(theme.description);
    await expect(item.locator('.cases a')).toHaveText(casesWithTheme(theme.id).map((c) => c.data.title));
  }
});

for (const theme of THEMES) {
  test(`/themes/${theme.id}/ quotes each case's sentence and links to its paragraph`, async ({ page }) => {
    await page.goto(`/themes/${theme.id}/`);
    const expected = casesWithTheme(theme.id);
    const uses = page.locator('main .use');
    await expect(uses.locator('h2 a')).toHaveText(expected.map((c) => c.data.title));
    const links: { href: string; words: string }[] = [];
    for (const [index, entry] of expected.entries()) {
      const quote = normalise(entry.data.themes.find((t: { id: string }) => t.id === theme.id).quote);
      await expect(uses.nth(index).locator('blockquote')).toHaveText(quote);
      const href = await uses.nth(index).locator('.jump a').getAttribute('href');
      expect(href).toMatch(new RegExp(`^/cases/${entry.slug}/#p-\\d+$`));
      links.push({ href: href!, words: quote });
    }
    await checkTargets(page, links);
  });
}

for (const entry of cases) {
  test(`/cases/${entry.slug}/ shows its themes as links and related cases sharing one`, async ({ page }) => {
    await page.goto(`/cases/${entry.slug}/`);
    const own = entry.data.themes.map((t: { id: string }) => t.id) as string[];
    const themeLinks = page.locator('.case-themes li a');
    await expect(themeLinks).toHaveText(own.map((id) => THEMES.find((t) => t.id === id)!.label));
    expect(await themeLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      own.map((id) => `/themes/${id}/`),
    );
    const related = await page.locator('.related li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const expected = cases.filter((c) => c.slug !== entry.slug && c.data.themes.some((t: { id: string }) => own.includes(t.id)));
    expect(related.sort()).toEqual(expected.map((c) => `/cases/${c.slug}/`).sort());
    // Every paragraph of the text has its address, in order.
    const ids = await page.locator('.case-text p').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, index) => `p-${index + 1}`));
  });
}

test('every link on the theme and glossary pages, and in the case themes, resolves', async ({ page, request }) => {
  test.slow(); // every theme, glossary and case page, then every link on them
  const sources = ['/themes/', ...THEMES.map((t) => `/themes/${t.id}/`), '/glossary/', ...cases.map((c) => `/cases/${c.slug}/`)];
  const hrefs = new Set<string>();
  for (const source of sources) {
    await page.goto(source);
    const found = await page
      .locator('main a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    found.forEach((href) => hrefs.add(href));
  }
  expect(hrefs.size).toBeGreaterThan(20);
  for (const path of new Set([...hrefs].map((href) => href.split('#')[0]))) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  await checkTargets(page, [...hrefs].filter((href) => href.includes('#')).map((href) => ({ href })));
});

test('the glossary: every term of every case, explained, linked to the paragraph that uses it', async ({ page }) => {
  test.slow(); // a look-up per term, then every case page
  await page.goto('/glossary/');
  const terms = cases.flatMap((c) => c.data.terms.map((t: { term: string; explanation: string }) => ({ ...t, entry: c })));
  expect(terms.length).toBeGreaterThanOrEqual(20);
  const links: { href: string; words: string }[] = [];
  for (const { term, explanation, entry } of terms) {
    const item = page.locator('.entry', { has: page.locator('dt', { hasText: `“${term}”` }) });
    await expect(item, term).toHaveCount(1);
    const use = item.locator('dd', { hasText: normalise(explanation) });
    await expect(use, term).toHaveCount(1);
    const href = await use.locator('a').getAttribute('href');
    expect(href).toMatch(new RegExp(`^/cases/${entry.slug}/#p-\\d+$`));
    links.push({ href: href!, words: term });
  }
  // Alphabetical, ignoring case.
  const shown = (await page.locator('.entry dt').allInnerTexts()).map((t) => t.replace(/[“”]/g, ''));
  expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  // Indexed for search under a category id of its own, and its own title.
  const body = page.locator('[data-pagefind-body]');
  await expect(body).toHaveCount(1);
  await expect(body).toHaveAttribute('data-pagefind-meta', 'title:Glossary');
  await expect(body).toHaveAttribute('data-pagefind-filter', `${CATEGORY_FILTER}:${GLOSSARY_CATEGORY}`);
  await expect(body.locator('dt').first()).toBeVisible();
  // Each term occurs verbatim in its case, in the very paragraph linked.
  await checkTargets(page, links);
});

test('/compare/ sets every case side by side, in the cases’ own words', async ({ page }) => {
  await page.goto('/compare/');
  const table = page.locator('table');
  await expect(table.locator('thead th a')).toHaveText(cases.map((c) => c.data.title));
  await expect(table.locator('tbody th[scope="row"]')).toHaveText([
    'Category', 'Place and level', 'Who is organised', 'Main mechanisms', 'Incentives and evaluation',
    'Digital tools', 'Key figures', 'Source',
  ]);
  const row = (heading: string) => table.locator('tbody tr', { has: page.locator(`th:text-is("${heading}")`) }).locator('td');
  const rows: [string, string][] = [
    ['Who is organised', 'organised'],
    ['Main mechanisms', 'mechanisms'],
    ['Incentives and evaluation', 'evaluation'],
    ['Digital tools', 'digitalTools'],
  ];
  for (const [index, entry] of cases.entries()) {
    const category = CATEGORIES.find((c) => c.id === entry.data.category)!;
    await expect(row('Category').nth(index)).toHaveText(category.label);
    await expect(row('Place and level').nth(index)).toContainText(entry.data.place.name);
    for (const [heading, key] of rows) {
      const phrases: string[] = entry.data.compare[key];
      const cell = row(heading).nth(index);
      if (phrases.length === 0) await expect(cell).toHaveText('Not named in the text');
      else await expect(cell.locator('li')).toHaveText(phrases);
      // The cases' own words: each phrase is in the case text.
      for (const phrase of phrases) expect(normalise(entry.body), phrase).toContain(phrase);
    }
    await expect(row('Key figures').nth(index).locator('li strong')).toHaveText(entry.data.keyFigures.map((f: { value: string }) => f.value));
    if (entry.data.source) {
      await expect(row('Source').nth(index).locator('a', { hasText: 'Read the original report' })).toHaveAttribute('href', entry.data.source.url);
    }
    else await expect(row('Source').nth(index)).toHaveText('The source document gives no source for this case.');
  }
});

test('/compare/ on a phone: the page does not scroll sideways; the table does, in a labelled region, headings held', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/compare/');
  // The table adds nothing to the page's width (the shared header's own sub-pixel overflow aside).
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(361);
  const region = page.getByRole('region', { name: 'The cases compared, one column each' });
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
  const pageSize = async (path: string) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    const file = testInfo.outputPath(`${path.replaceAll('/', '_')}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { file, size: /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) };
  };
  const compare = await pageSize('/compare/');
  // A4 landscape is 841.89 × 595.28 points.
  expect(compare.size[0]).toBeCloseTo(841.89, 0);
  expect(compare.size[1]).toBeCloseTo(595.28, 0);
  const text = normalise(execFileSync('pdftotext', ['-layout', compare.file, '-'], { encoding: 'utf8' }));
  for (const entry of cases) expect(text).toContain(entry.data.place.name);
  const other = await pageSize('/themes/');
  expect(other.size[0]).toBeLessThan(other.size[1]);
});

test('/cases.csv: RFC 4180, a header row, and the same data as /cases.json case by case', async ({ request }) => {
  const csvResponse = await request.get('/cases.csv');
  expect(csvResponse.status()).toBe(200);
  expect(csvResponse.headers()['content-type']).toContain('text/csv');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(await csvResponse.body());
  const rows = csvRecords(text);
  const { cases: records } = await (await request.get('/cases.json')).json();
  expect(rows).toHaveLength(records.length);
  const lines = (cell: string) => (cell === '' ? [] : cell.split('\n'));
  for (const [index, record] of records.entries()) {
    const row = rows[index];
    for (const field of ['slug', 'url', 'title', 'subtitle', 'category', 'categoryLabel', 'summary']) {
      expect(row[field], `${record.slug}.${field}`).toBe(record[field]);
    }
    expect(Number(row.order)).toBe(record.order);
    for (const field of ['name', 'region', 'country', 'level']) expect(row[`place.${field}`]).toBe(record.place[field] ?? '');
    for (const field of ['url', 'publisher', 'published']) expect(row[`source.${field}`]).toBe(record.source?.[field] ?? '');
    for (const field of ['value', 'label', 'quote']) {
      expect(lines(row[`keyFigures.${field}`])).toEqual(record.keyFigures.map((f: Record<string, string>) => normalise(f[field])));
    }
    expect(lines(row.themes)).toEqual(record.themes);
  }
});

test('the About page documents every field of both data files', async ({ page, request }) => {
  await page.goto('/about/');
  const { cases: records } = await (await request.get('/cases.json')).json();
  const header = (await (await request.get('/cases.csv')).text()).split('\r\n')[0].split(',');
  const documented = async (file: string) =>
    page.locator(`dl[data-file="${file}"] dt`).allInnerTexts();
  expect(await documented('json')).toEqual(Object.keys(records[0]));
  expect(await documented('csv')).toEqual(header);
  for (const meaning of await page.locator('dl[data-file] dd').allInnerTexts()) expect(meaning.trim()).not.toBe('');
});

test('the RSS feed parses and lists every case, newest (last in chapter order) first, dated by its source, linked from every page', async ({ page, request }) => {
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
  expect(feed!.title).toBe('Cases of the Primary-level Party Building');
  // Four cases: fewer than the feed holds (tests/build/list-pages.test.ts checks the limit).
  expect(feed!.items).toHaveLength(cases.length);
  for (const [index, entry] of [...cases].reverse().entries()) {
    const item = feed!.items[index];
    expect(item.title).toBe(`${entry.data.title}: ${entry.data.subtitle}`);
    expect(new URL(item.link!).pathname).toBe(`/cases/${entry.slug}/`);
    expect(item.categories[0]).toBe(CATEGORIES.find((c) => c.id === entry.data.category)!.label);
    // Dated by the source, as precisely as it is known; a case without a source is not dated.
    const published: string | undefined = entry.data.source?.published;
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
  for (const entry of cases) expect(paths).toContain(`/cases/${entry.slug}/`);
  for (const path of ['/', '/about/', '/themes/', '/glossary/', '/compare/', ...THEMES.map((t) => `/themes/${t.id}/`)]) {
    expect(paths).toContain(path);
  }
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});
