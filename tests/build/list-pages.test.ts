/**
 * List pages stay small however many cases there are. One real `astro build` of 240
 * generated cases (the bench's generator: themes, terms and sources included), then:
 * every list page within its budget (home, about, categories, themes, compare, glossary),
 * pagination that reaches every case once and in chapter order, page 1 at the list's own
 * address, and a feed of the newest 50. Then, in Chromium, the search page over the same
 * build: results come a page at a time, which the four real cases never need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBarePages } from '../../scripts/bare-pages';
import { generateCases, type GeneratedCase } from '../../scripts/generate-cases';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { FEED_SIZE } from '../../src/lib/data/export.ts';
import { PREVIEW_SIZE, SEARCH_BROWSE_SIZE } from '../../src/lib/site/pagination.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/state.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { aboutUrl, categoryUrl, compareUrl, glossaryUrl, homeUrl, searchUrl, themeUrl, themesUrl } from '../../src/lib/site/urls.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { LIST_PAGE_TOTAL, SEARCH_PAGE_TOTAL } from '../support/budgets';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';
import { announcedCount } from '../../scripts/lib/first-search';
import { describeWeight, weighPage } from '../../scripts/lib/page-weight';
import { htmlFiles } from '../../scripts/lib/site-pages';
import { indexedPageCount, PAGEFIND_DIR, readFragments, writeSearchIndex, type PagefindFragment } from '../../src/integrations/pagefind.ts';
import { startPreview, type Preview } from '../../scripts/lib/preview';
import { readContentFiles, type ContentFile } from '../support/content';
import { scratchForFile } from '../support/scratch';

/** Enough for several pages of every category, theme and the comparison, in one build of about half a minute. */
const CASE_COUNT = 240;

const scratch = scratchForFile('list-pages-');
const casesDir = join(scratch, 'cases');
const outDir = join(scratch, 'dist');
let generated: GeneratedCase[] = [];
let cases: ContentFile[] = [];

/** The built file of a site path, or undefined where the build wrote none. */
function built(path: string): string | undefined {
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
function page(path: string): string {
  const html = built(path);
  if (html === undefined) throw new Error(`${path} was not built`);
  return html;
}
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The cases a list page links to by title (paragraph links, `#p-N`, are left out), in page order. */
const caseLinks = (html: string) => [...main(html).matchAll(/href="\/cases\/([^/"#]+)\/"/g)].map((match) => match[1]);
const relLink = (html: string, rel: 'next' | 'prev') => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];

/** Every page of a paginated list, by following "next" from its first page. */
function followPages(firstPage: string): string[] {
  const paths = [firstPage];
  for (let next = relLink(page(firstPage), 'next'); next; next = relLink(page(next), 'next')) {
    expect(paths, `${next} is reached twice`).not.toContain(next);
    paths.push(next);
  }
  return paths;
}

beforeAll(() => {
  generated = generateCases(casesDir, CASE_COUNT);
  cases = readContentFiles(casesDir);
  const { status, output } = astroBuild(casesDir, outDir);
  expect(status, output).toBe(0);
}, 600_000);

describe(`list pages at ${CASE_COUNT} cases`, () => {
  // The budget of home, category and about pages is held by every list page. The
  // stylesheet is inlined and these pages load no script (both asserted below), so the HTML
  // is the whole page; the favicon is the one other file and is shared by all pages.
  it(`are each at most ${LIST_PAGE_TOTAL} bytes gzipped, with the stylesheet inlined and no script`, () => {
    const paged = [
      ...CATEGORIES.flatMap((category) => followPages(categoryUrl(category.id))),
      ...THEMES.flatMap((theme) => followPages(themeUrl(theme.id))),
      ...followPages(compareUrl()),
      ...followPages(glossaryUrl()),
    ];
    const listPages = [homeUrl(), aboutUrl(), themesUrl(), ...paged];
    const sizes = listPages.map((path) => {
      const html = page(path);
      expect(html, `${path} loads a stylesheet`).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(html, `${path} has a script`).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      return { path, bytes: gzipSync(html, { level: 9 }).length };
    });
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`${sizes.length} list pages; largest ${largest.path}: ${largest.bytes} bytes gzipped`);
    for (const { path, bytes } of sizes) expect(bytes, path).toBeLessThanOrEqual(LIST_PAGE_TOTAL);
    // The lists really are paginated at this size: each category and the comparison span several pages.
    expect(paged.length).toBeGreaterThan(CATEGORIES.length + THEMES.length + 1);
  });

  for (const category of CATEGORIES) {
    it(`${categoryUrl(category.id)}: its pages reach every case once, in chapter order`, () => {
      const paths = followPages(categoryUrl(category.id));
      expect(paths.length).toBeGreaterThan(1);
      const expected = cases.filter((entry) => entry.data.category === category.id).map((entry) => entry.slug);
      expect(paths.flatMap((path) => caseLinks(page(path)))).toEqual(expected);
      // Each page says where it is; the first has no "previous", the last no "next".
      paths.forEach((path, index) => expect(page(path)).toContain(`Page ${index + 1} of ${paths.length}`));
      expect(relLink(page(paths[0]), 'prev')).toBeUndefined();
      expect(relLink(page(paths.at(-1)!), 'next')).toBeUndefined();
      expect(relLink(page(paths.at(-1)!), 'prev')).toBe(paths.at(-2));
      // Page 1 is the bare address, never /1/.
      expect(paths[1]).toBe(categoryUrl(category.id, 2));
      expect(built(`${categoryUrl(category.id)}1/`)).toBeUndefined();
    });
  }

  it('theme pages reach every case showing the theme once, in chapter order', () => {
    for (const theme of THEMES) {
      const expected = cases.filter((entry) => entry.data.themes.some((t: { id: string }) => t.id === theme.id)).map((entry) => entry.slug);
      expect(followPages(themeUrl(theme.id)).flatMap((path) => caseLinks(page(path))), theme.id).toEqual(expected);
    }
    expect(built(`${themeUrl(THEMES[0].id)}1/`)).toBeUndefined();
  });

  it('the comparison’s pages set every case side by side once, in chapter order', () => {
    expect(followPages(compareUrl()).flatMap((path) => caseLinks(page(path)))).toEqual(cases.map((entry) => entry.slug));
    expect(built(`${compareUrl()}1/`)).toBeUndefined();
  });

  it('the glossary’s pages hold every term once, alphabetically', () => {
    const terms = followPages(glossaryUrl()).flatMap((path) => [...main(page(path)).matchAll(/<dt[^>]*>“([^”]+)”<\/dt>/g)].map((match) => match[1]));
    const expected = [...new Set(cases.flatMap((entry) => entry.data.terms.map((t: { term: string }) => t.term)))];
    expect(terms).toHaveLength(expected.length);
    expect(new Set(terms)).toEqual(new Set(expected));
    expect(terms).toEqual([...terms].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
  });

  it(`the home page shows the first ${PREVIEW_SIZE} cases of each category and links to all of them`, () => {
    const home = main(page(homeUrl()));
    const expected = CATEGORIES.flatMap((category) => {
      const inCategory = cases.filter((entry) => entry.data.category === category.id);
      expect(home).toMatch(new RegExp(`<a href="${categoryUrl(category.id)}"[^>]*>All ${inCategory.length} ${category.label} cases</a>`));
      return inCategory.slice(0, PREVIEW_SIZE).map((entry) => entry.slug);
    });
    expect(caseLinks(home)).toEqual(expected);
  });

  it(`the search page lists the first ${SEARCH_BROWSE_SIZE} titles of each category and links to all of them`, () => {
    const search = main(page(searchUrl()));
    const expected = CATEGORIES.flatMap((category) => {
      const inCategory = cases.filter((entry) => entry.data.category === category.id);
      const allLink = new RegExp(`<a href="${categoryUrl(category.id)}"[^>]*>All ${inCategory.length} ${category.label} cases</a>`);
      if (inCategory.length > SEARCH_BROWSE_SIZE) expect(search).toMatch(allLink);
      else expect(search).not.toMatch(allLink);
      return inCategory.slice(0, SEARCH_BROWSE_SIZE).map((entry) => entry.slug);
    });
    expect(caseLinks(search)).toEqual(expected);
    // The list really is cut at this size.
    expect(expected.length).toBeLessThan(cases.length);
  });

  it('search reads every page marked for it (SEARCHED_PAGES_GLOB) and indexes each: cases and the glossary’s pages', () => {
    const marked = htmlFiles(outDir).filter((file) => readFileSync(join(outDir, file), 'utf8').includes('data-pagefind-body'));
    const glossaryPages = followPages(glossaryUrl()).length;
    expect(glossaryPages).toBeGreaterThan(1);
    expect(marked).toHaveLength(CASE_COUNT + glossaryPages);
    expect(indexedPageCount(join(outDir, PAGEFIND_DIR))).toBe(marked.length);
  });

  // The bench's baseline is only fair if it indexes what the site indexes: no more, no less.
  it('the bench’s "Pagefind alone" pages give Pagefind the same words, page for page, as the site', async () => {
    const bareDir = join(scratch, 'bare');
    writeBarePages(generated, bareDir);
    const { outputPath } = await writeSearchIndex(bareDir);
    const indexedTexts = (fragments: PagefindFragment[]) => new Map(fragments.map(({ url, content }) => [url, content]));
    const site = indexedTexts(readFragments(join(outDir, PAGEFIND_DIR)));
    const bare = indexedTexts(readFragments(outputPath));
    expect([...bare.keys()].sort()).toEqual([...site.keys()].sort());
    for (const [url, content] of site) expect(bare.get(url), url).toBe(content);
  });

  it(`the feed holds the ${FEED_SIZE} newest cases, last in chapter order first`, () => {
    const feed = page('/rss.xml');
    const slugs = [...feed.matchAll(/<link>[^<]*\/cases\/([^/<]+)\/<\/link>/g)].map((match) => match[1]);
    expect(slugs).toEqual(cases.slice(-FEED_SIZE).reverse().map((entry) => entry.slug));
  });
});

/** How long a page may take to do what is awaited of it, on a loaded machine. */
const WAIT_MS = 60_000;
const poll = { timeout: WAIT_MS };

describe(`search over ${CASE_COUNT} cases, in Chromium`, () => {
  // One server and one browser for the tests below, which only read the build.
  let preview: Preview;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    preview = await startPreview(outDir);
    origin = preview.origin;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  /** Runs `body` on a fresh page (its own context: an empty cache) of the shared browser. */
  async function inChromium(body: (page: Page) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ baseURL: origin });
    context.setDefaultTimeout(WAIT_MS);
    try {
      await body(await context.newPage());
    } finally {
      await context.close();
    }
  }

  it(`the search page weighs at most ${SEARCH_PAGE_TOTAL} bytes before a search`, async () => {
    await inChromium(async (page) => {
      const weight = await weighPage(page, origin, searchUrl());
      console.log(describeWeight(weight, ` (search page before a search, ${CASE_COUNT} cases)`));
      expect(weight.byKind.js, 'its script was counted').toBeGreaterThan(0);
      expect(weight.total).toBeLessThanOrEqual(SEARCH_PAGE_TOTAL);
    });
  }, 180_000);

  it(`shows ${RESULTS_PER_PAGE} results at a time; “Show more” adds the next ones, focuses the first of them, and ends with the last`, async () => {
    await inChromium(async (page) => {
      await page.goto(searchUrl('party'));
      const status = page.locator('[data-search-status]').filter({ hasText: '“party”' });
      await status.waitFor();
      // Every generated case uses the word, and the glossary pages may match too.
      const total = announcedCount(await status.textContent());
      expect(total).toBeGreaterThanOrEqual(CASE_COUNT);
      const results = page.locator('[data-search-results] > li');
      const more = page.getByRole('button', { name: 'Show more results' });
      expect(await results.count()).toBe(RESULTS_PER_PAGE);

      await more.click();
      await expect.poll(() => results.count(), poll).toBe(2 * RESULTS_PER_PAGE);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[10]), poll)
        .toBe(true);

      while (await more.isVisible()) {
        const shown = await results.count();
        await more.click();
        await expect.poll(() => results.count(), poll).toBeGreaterThan(shown);
      }
      const links = await results.locator('h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toHaveLength(total);
      expect(new Set(links).size, 'no result is shown twice').toBe(total);
    });
  }, 300_000);
});
