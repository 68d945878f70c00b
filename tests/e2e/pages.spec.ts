/**
 * The pages the site publishes at fixed addresses, against the production build: status, headings,
 * lists in chapter order, sources, neighbours, the data file, and the full text
 * of the source document.
 */
import { expect } from '@playwright/test';
import { test } from '../support/shared-page';
import { CATEGORIES } from '../../src/lib/site/categories.ts';
import { THEMES } from '../../src/lib/site/themes.ts';
import { watchConsole } from '../support/console';
import { readContentFiles } from '../support/content';
import { readSeed } from '../support/seed';

const cases = readContentFiles();
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

const pages: [path: string, heading: string | RegExp][] = [
  ['/', `${cases.length} case studies of Party building at the primary level`],
  ['/about/', 'About the collection'],
  ['/accessibility/', 'Accessibility'],
  ...CATEGORIES.map((c): [string, string] => [`/categories/${c.id}/`, c.heading]),
  ...cases.map((c): [string, string] => [`/cases/${c.slug}/`, c.data.title]),
  ['/themes/', 'Themes across the cases'],
  ...THEMES.map((t): [string, string] => [`/themes/${t.id}/`, t.label]),
  ['/glossary/', 'Glossary'],
  ['/compare/', 'Compare the cases'],
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
    await expect.soft(page.locator('h1'), path).toHaveCount(1);
    expect.soft(errors.splice(0), `${path}: console errors`).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      expect(await page.locator(landmark).count(), `${path} ${landmark}`).toBeGreaterThan(0);
    }
    const skip = page.locator('a[href="#main"]').first();
    await expect(skip).toHaveText('Skip to content');
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
    expect(await meta('property', 'og:type')).toBe(path.startsWith('/cases/') ? 'article' : 'website');
    expect(await meta('name', 'twitter:card')).toBe('summary');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
    // No client-side JavaScript on these pages; a case page carries only inline module scripts: the print and
    // copy buttons (print.spec.ts) and the search highlighter's loader (search.spec.ts).
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
  await expect(page.locator('h1')).toHaveText('Page not found');
  expect((await page.goto('/404.html'))?.status()).toBe(200);
  await expect(page.locator('script[src], script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('the home page lists every category with its count and cases, and a search box', async ({ page }) => {
  await page.goto('/');
  for (const category of CATEGORIES) {
    const section = page.locator('section', { has: page.locator(`h2#category-${category.id}`) });
    const expected = cases.filter((c) => c.data.category === category.id);
    await expect(section.locator('.count')).toHaveText(`${expected.length} case${expected.length === 1 ? '' : 's'}`);
    await expect(section.locator('h3 a')).toHaveText(expected.map((c) => c.data.title));
  }
  const form = page.locator('form[role="search"]').last();
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form.getByRole('searchbox')).toHaveAttribute('name', 'q');
});

for (const category of CATEGORIES) {
  test(`/categories/${category.id}/ lists exactly its cases, in chapter order, with their sources`, async ({ page }) => {
    await page.goto(`/categories/${category.id}/`);
    const expected = cases.filter((c) => c.data.category === category.id);
    const cards = page.locator('main .case-card');
    await expect(cards.locator('h2 a')).toHaveText(expected.map((c) => c.data.title));
    for (const [index, entry] of expected.entries()) {
      const card = cards.nth(index);
      await expect(card.locator('h2 a')).toHaveAttribute('href', `/cases/${entry.slug}/`);
      await expect(card).toContainText(entry.data.subtitle);
      await expect(card).toContainText(entry.data.place.name);
      await expect(card.locator('.summary')).toHaveText(`Editors’ summary ${normalise(entry.data.summary)}`);
      // Each card gives its case's source, or says plainly that there is none.
      if (entry.data.source) {
        await expect(card).toContainText(entry.data.source.publisher);
        await expect(card).toContainText('(publisher named by the editors from the address)');
        await expect(card.locator('a.external', { hasText: 'Read the original report' })).toHaveAttribute('href', entry.data.source.url);
        await expect(card.locator('a.external', { hasText: 'Search the Internet Archive' })).toHaveAttribute(
          'href',
          `https://web.archive.org/web/*/${entry.data.source.url}`,
        );
      } else {
        await expect(card).toContainText('The source document gives no source for this case.');
        await expect(card.locator('a.external')).toHaveCount(0);
      }
    }
    // Four cases: one page, so no page links.
    await expect(page.locator('nav.pagination')).toHaveCount(0);
  });
}

for (const [index, entry] of cases.entries()) {
  test(`/cases/${entry.slug}/: breadcrumb, metadata, source, key figures, neighbours`, async ({ page }) => {
    await page.goto(`/cases/${entry.slug}/`);
    const category = CATEGORIES.find((c) => c.id === entry.data.category)!;
    // The separators are drawn for the eye only (aria-hidden); the items are what is heard.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('li > :not([aria-hidden])')).toHaveText([
      'Home',
      category.label,
      entry.data.title,
    ]);
    await expect(page.locator('.case-header .subtitle')).toHaveText(entry.data.subtitle);
    // The category is said once: the breadcrumb links it; no kicker or metadata line repeats it.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: category.label })).toHaveAttribute(
      'href',
      `/categories/${category.id}/`,
    );
    await expect(page.locator('main')).not.toContainText(category.heading, { useInnerText: true });
    const meta = page.locator('.case-meta');
    await expect(meta).not.toContainText(category.label);
    if (entry.data.source) {
      const link = meta.locator('a.external', { hasText: 'Read the original report' });
      await expect(link).toHaveAttribute('href', entry.data.source.url);
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
      await expect(link).toContainText('(external site)');
      await expect(meta).toContainText(entry.data.source.publisher);
    } else {
      await expect(meta).toContainText('The source document gives no source for this case.');
      await expect(meta.locator('a.external')).toHaveCount(0);
    }
    await expect(page.locator('.key-figures .value')).toHaveText(entry.data.keyFigures.map((f: { value: string }) => f.value));
    const neighbours = page.getByRole('navigation', { name: 'Previous and next case' });
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
  await expect(page.locator('.case-meta time')).toHaveText('16 May 2025');
  await page.goto('/cases/state-grid-hunan/');
  await expect(page.locator('.case-meta time')).toHaveText('October 2024');
});

test('every paragraph of the source document appears on its case page', async ({ page }) => {
  const seed = readSeed();
  expect(seed).toHaveLength(4);
  for (const section of seed) {
    const entry = cases.find((c) => c.data.order === section.order)!;
    expect(section.headline).toBe(`${entry.data.title}: ${entry.data.subtitle}`);
    expect(entry.data.source?.url).toBe(section.sourceUrl);
    await page.goto(`/cases/${entry.slug}/`);
    const text = normalise(await page.locator('.case-text').innerText());
    for (const paragraph of section.paragraphs) {
      expect(text, `${entry.slug}: "${paragraph.slice(0, 60)}…"`).toContain(paragraph);
    }
    // Each paragraph's text, without its number and Cite button in the margin.
    const rendered = await page.locator('.case-text p').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => {
        const text = paragraph.cloneNode(true) as HTMLElement;
        text.querySelector('.pin')?.remove();
        return text.textContent ?? '';
      }),
    );
    expect(rendered.map(normalise)).toEqual(section.paragraphs);
  }
});

test('/cases.json holds the collection in its published shape', async ({ request }) => {
  const response = await request.get('/cases.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const { cases: records } = await response.json();
  expect(records).toHaveLength(cases.length);
  for (const [index, entry] of cases.entries()) {
    const category = CATEGORIES.find((c) => c.id === entry.data.category)!;
    expect(records[index]).toEqual({
      slug: entry.slug,
      url: `/cases/${entry.slug}/`,
      title: entry.data.title,
      subtitle: entry.data.subtitle,
      category: category.id,
      categoryLabel: category.label,
      order: entry.data.order,
      place: entry.data.place,
      summary: normalise(entry.data.summary),
      source: entry.data.source ?? null,
      keyFigures: entry.data.keyFigures.map((f: Record<string, string>) => ({ ...f, quote: normalise(f.quote) })),
      themes: entry.data.themes.map((t: { id: string }) => t.id),
      // The committed checks file holds no check yet (README, "Sources and their links").
      sourceCheck: null,
    });
  }
});
