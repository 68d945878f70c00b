/** List pages stay small and whole however many cases there are: one real build of 240 generated cases. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCases, type GeneratedCase } from '../../scripts/generate-cases.ts';
import { announcedCount, weighPage } from '../../scripts/lib/page-weight.ts';
import { RESULTS_PER_PAGE } from '../../src/lib/search/state.ts';
import { GLOSSARY_USES_SHOWN } from '../../src/lib/site/pagination.ts';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { aboutUrl, categoryUrl, compareUrl, glossaryUrl, homeUrl, searchUrl, themesUrl, themeUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/words.ts';
import { describeWeight, LIST_PAGE_TOTAL, SEARCH_PAGE_TOTAL } from '../support/budgets.ts';
import { astroBuild } from '../support/astro-build.ts';
import { scratchForFile } from '../support/scratch.ts';
import { serveBuilds } from '../support/served-build.ts';

/** Enough for several pages of every category, most themes, the comparison and the glossary. */
const CASE_COUNT = 240;

const scratch = scratchForFile('list-pages-');
const outDir = join(scratch, 'dist');
let cases: GeneratedCase[] = [];

function page(path: string): string {
  const file = join(outDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
}
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** The cases a page links to by title (paragraph links, `#p-N`, left out), in page order. */
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

beforeAll(async () => {
  cases = generateCases(join(scratch, 'cases'), CASE_COUNT).sort((a, b) => a.order - b.order);
  const { status, output } = await astroBuild(join(scratch, 'cases'), outDir);
  expect(status, output).toBe(0);
}, 600_000);

describe(`list pages at ${CASE_COUNT} cases`, () => {
  const slugs = (filter: (entry: GeneratedCase) => boolean) => cases.filter(filter).map((entry) => entry.slug);
  const lists = () => [
    ...CATEGORIES.map((category) => ({ first: categoryUrl(category.id), expected: slugs((entry) => entry.category === category.id) })),
    ...THEMES.map((theme) => ({ first: themeUrl(theme.id), expected: slugs((entry) => entry.themes.includes(theme.id)) })),
    { first: compareUrl(), expected: slugs(() => true) },
  ];
  const glossaryTerms = (html: string) => [...main(html).matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)].map((match) => match[1]);

  // The stylesheet is inlined and these pages load no script (both asserted), so the HTML is the whole page.
  it(`are each at most ${LIST_PAGE_TOTAL} bytes gzipped, with the stylesheet inlined and no script`, () => {
    const paged = [...lists().flatMap(({ first }) => followPages(first)), ...followPages(glossaryUrl())];
    expect(paged.length, 'the lists are paginated at this size').toBeGreaterThan(lists().length + 1);
    for (const path of [homeUrl(), aboutUrl(), themesUrl(), ...paged]) {
      const html = page(path);
      expect(html, `${path} loads a stylesheet`).not.toMatch(/<link[^>]+rel="stylesheet"/);
      expect(html, `${path} has a script`).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      expect(gzipSync(html, { level: 9 }).length, path).toBeLessThanOrEqual(LIST_PAGE_TOTAL);
    }
  });

  it('each paginated list reaches every one of its cases once, in chapter order, page 1 at its own address', () => {
    for (const { first, expected } of lists()) {
      const paths = followPages(first);
      expect(paths.flatMap((path) => caseLinks(page(path))), first).toEqual(expected);
      paths.forEach((path, index) => expect(page(path)).toContain(t('list.pageOf', { page: index + 1, pages: paths.length })));
      expect(relLink(page(first), 'prev')).toBeUndefined();
      expect(existsSync(join(outDir, first, '1')), `${first}1/ is built`).toBe(false);
    }
    const terms = followPages(glossaryUrl()).flatMap((path) => glossaryTerms(page(path)));
    const expected = [...new Set(cases.flatMap((entry) => entry.terms))].map((term) => t('glossary.quoted', { term }));
    expect(terms.toSorted()).toEqual(expected.toSorted());
    // A term many cases quote shows a few of them and searches for the rest.
    const shared = Object.entries(Object.groupBy(cases.flatMap((entry) => entry.terms), (term) => term)).find(([, uses]) => uses!.length > GLOSSARY_USES_SHOWN)!;
    const glossary = followPages(glossaryUrl()).map(page).join('');
    expect(glossary).toContain(`href="${searchUrl(`"${shared[0]}"`)}"`);
    expect(glossary).toContain(t('glossary.moreUses', { count: shared[1]!.length - GLOSSARY_USES_SHOWN }));
  });
});

describe(`search over ${CASE_COUNT} cases, in Chromium`, () => {
  const site = serveBuilds(() => [outDir]);

  it(`the search page weighs at most ${SEARCH_PAGE_TOTAL} bytes before a search`, async () => {
    const context = await site.browser.newContext({ baseURL: site.origins[0] });
    const weight = await weighPage(await context.newPage(), site.origins[0], searchUrl());
    await context.close();
    console.log(describeWeight(weight, ` (${CASE_COUNT} cases)`));
    expect(weight.total).toBeLessThanOrEqual(SEARCH_PAGE_TOTAL);
  }, 180_000);

  it(`shows ${RESULTS_PER_PAGE} results at a time; “${t('search.showMore')}” adds the next ones and ends with the last`, async () => {
    const context = await site.browser.newContext({ baseURL: site.origins[0] });
    context.setDefaultTimeout(60_000);
    try {
      const page = await context.newPage();
      await page.goto(searchUrl('party'));
      const status = page.locator('[data-search-status]').filter({ hasText: '“party”' });
      await status.waitFor();
      // Every generated case uses the word.
      const total = announcedCount(await status.textContent());
      expect(total).toBeGreaterThanOrEqual(CASE_COUNT);
      const results = page.locator('[data-search-results] > li');
      const more = page.getByRole('button', { name: t('search.showMore') });
      expect(await results.count()).toBe(RESULTS_PER_PAGE);
      while (await more.isVisible()) {
        const shown = await results.count();
        await more.click();
        await expect.poll(() => results.count(), { timeout: 60_000 }).toBe(Math.min(shown + RESULTS_PER_PAGE, total));
      }
      const links = await results.locator('h2 a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(new Set(links).size, 'every result once').toBe(total);
    } finally {
      await context.close();
    }
  }, 300_000);
});
