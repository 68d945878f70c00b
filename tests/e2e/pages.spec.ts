/** The pages at fixed addresses: status, heading, the shared layout, category lists, each case's metadata. */
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { test } from '../support/shared-page.ts';
import { CATEGORIES, getCategory } from '../../src/lib/site/categories.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { t } from '../../src/lib/site/words.ts';
import { watchConsole } from '../support/console.ts';
import { readContentFiles, type ContentFile } from '../support/content.ts';

const cases = readContentFiles();
const prose = readContentFiles(fileURLToPath(new URL('../../content/pages/', import.meta.url)));
const titleOfPage = (slug: string) => prose.find((page) => page.slug === slug)!.data.title as string;
/** The key figures a case's text marks, `<KeyFigure label="…">985</KeyFigure>`, in the order of the text. */
const keyFigures = (entry: ContentFile) => [...entry.body.matchAll(/<KeyFigure label="([^"]*)">([^<]*)<\/KeyFigure>/g)].map(([, label, value]) => ({ label, value }));

const pages: [path: string, heading: string][] = [
  ['/', t('home.heading', { caseStudies: t('count.caseStudies', { count: cases.length }) })],
  ['/about/', titleOfPage('about')],
  ['/accessibility/', titleOfPage('accessibility')],
  ...CATEGORIES.map((c): [string, string] => [`/categories/${c.id}/`, c.heading]),
  ...cases.map((c): [string, string] => [`/cases/${c.slug}/`, c.data.title]),
  ['/themes/', t('themes.title')],
  ...THEMES.map((theme): [string, string] => [`/themes/${theme.id}/`, theme.label]),
  ['/glossary/', t('glossary.heading')],
  ['/compare/', t('compare.title')],
];

// One visit per page, for its status and heading and for the layout every page shares.
test('every page answers 200 with its one heading and no console errors, in the shared layout: landmarks, skip link, language, unique titles and descriptions, canonical', async ({ page }) => {
  const errors = watchConsole(page);
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const [path, heading] of pages) {
    const response = await page.goto(path);
    expect.soft(response?.status(), path).toBe(200);
    await expect.soft(page.locator('h1'), path).toHaveText(heading);
    expect.soft(errors.splice(0), `${path}: console errors`).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      expect(await page.locator(landmark).count(), `${path} ${landmark}`).toBeGreaterThan(0);
    }
    await expect(page.locator('a[href="#main"]').first()).toHaveText(t('site.skipLink'));
    await expect(page.locator('main#main')).toHaveCount(1);
    titles.add(await page.title());
    descriptions.add((await page.locator('meta[name="description"]').getAttribute('content')) ?? '');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(path);
    // Link previews: Open Graph and Twitter, agreeing with the page's own title, description and address.
    const meta = (attribute: string, name: string) => page.locator(`meta[${attribute}="${name}"]`).getAttribute('content');
    expect(await meta('property', 'og:url')).toBe(canonical);
    expect(await meta('property', 'og:description')).toBe(await meta('name', 'description'));
    expect(await meta('name', 'twitter:description')).toBe(await meta('name', 'description'));
    expect((await page.title()).startsWith((await meta('property', 'og:title'))!)).toBe(true);
    expect(await meta('name', 'twitter:card')).toBe('summary');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    // No JavaScript but a case page's inline module (src/scripts/case-page.ts: print, copy, highlighting).
    const scripts = page.locator('script[src], script:not([type="application/ld+json"])');
    if (path.startsWith('/cases/')) {
      await expect(page.locator('script[src]')).toHaveCount(0);
      for (const script of await scripts.all()) await expect(script).toHaveAttribute('type', 'module');
    } else {
      await expect(scripts).toHaveCount(0);
    }
  }
  expect(titles.size).toBe(pages.length);
  expect(descriptions.size).toBe(pages.length);
});

test('an unknown path answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(t('notFound.title'));
  expect((await page.goto('/404.html'))?.status()).toBe(200);
  await expect(page.locator('script[src], script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('each category page lists exactly its cases, each with its source or the plain statement that it has none', async ({ page }) => {
  for (const category of CATEGORIES) {
    await page.goto(`/categories/${category.id}/`);
    const expected = cases.filter((c) => c.data.category === category.id);
    const cards = page.locator('main .case-card');
    await expect(cards.locator('h2 a')).toHaveText(expected.map((c) => c.data.title));
    for (const [index, entry] of expected.entries()) {
      const card = cards.nth(index);
      await expect(card.locator('h2 a')).toHaveAttribute('href', `/cases/${entry.slug}/`);
      await expect(card).toContainText(entry.data.subtitle);
      await expect(card).toContainText(entry.data.place.name);
      const { source } = entry.data;
      if (source) {
        await expect(card).toContainText(t('source.publisher', { publisher: source.publisher }));
        await expect(card.locator('a.external', { hasText: t('source.original') })).toHaveAttribute('href', source.url);
        await expect(card.locator('a.external', { hasText: t('source.searchArchive') })).toHaveAttribute('href', `https://web.archive.org/web/*/${source.url}`);
      } else {
        await expect(card).toContainText(t('case.noSource'));
        await expect(card.locator('a.external')).toHaveCount(0);
      }
    }
    // Four cases: one page, so no page links.
    await expect(page.locator('nav.pagination')).toHaveCount(0);
  }
});

for (const [index, entry] of cases.entries()) {
  test(`/cases/${entry.slug}/: breadcrumb, metadata, source, key figures, neighbours`, async ({ page }) => {
    await page.goto(`/cases/${entry.slug}/`);
    const category = getCategory(entry.data.category);
    // The separators are drawn for the eye only (aria-hidden); the items are what is heard.
    const breadcrumb = page.getByRole('navigation', { name: t('site.breadcrumb') });
    await expect(breadcrumb.locator('li > :not([aria-hidden])')).toHaveText([t('site.home'), category.label, entry.data.title]);
    await expect(page.locator('.case-header .subtitle')).toHaveText(entry.data.subtitle);
    // The category is said once: the breadcrumb links it; no kicker or metadata line repeats it.
    await expect(breadcrumb.getByRole('link', { name: category.label })).toHaveAttribute('href', `/categories/${category.id}/`);
    await expect(page.locator('main')).not.toContainText(category.heading, { useInnerText: true });
    const meta = page.locator('.case-meta');
    await expect(meta).not.toContainText(category.label);
    if (entry.data.source) {
      const link = meta.locator('a.external', { hasText: t('source.original') });
      await expect(link).toHaveAttribute('href', entry.data.source.url);
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
      await expect(link).toContainText(t('site.externalSite'));
      await expect(meta).toContainText(entry.data.source.publisher);
    } else {
      await expect(meta).toContainText(t('case.noSource'));
      await expect(meta.locator('a.external')).toHaveCount(0);
    }
    // Every figure the text marks, each sentence shown once however many figures it states.
    await expect(page.locator('.key-figures .value')).toHaveText(keyFigures(entry).map((figure) => figure.value));
    const quotes = await page.locator('.key-figures blockquote').allTextContents();
    expect(new Set(quotes).size).toBe(quotes.length);
    const neighbours = page.getByRole('navigation', { name: t('case.previousAndNext') });
    const previous = cases[index - 1];
    const next = cases[index + 1];
    if (previous) await expect(neighbours.locator('a[rel="prev"]')).toHaveAttribute('href', `/cases/${previous.slug}/`);
    else await expect(neighbours.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(neighbours.locator('a[rel="next"]')).toHaveAttribute('href', `/cases/${next.slug}/`);
    else await expect(neighbours.locator('a[rel="next"]')).toHaveCount(0);
  });
}

test('dates of sources: a full date, or only the month', async ({ page }) => {
  await page.goto('/cases/baotou/');
  await expect(page.locator('.case-meta .source-note')).toContainText(', 16 May 2025');
  await page.goto('/cases/state-grid-hunan/');
  await expect(page.locator('.case-meta .source-note')).toContainText(', October 2024');
});
