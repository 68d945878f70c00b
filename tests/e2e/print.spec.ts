/**
 * Print and cite (issue 4), against the production build in real Chromium:
 * every case printed to PDF on A4 and US Letter and read back with poppler, the
 * QR code decoded, the print and copy buttons used, the home page printed.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { citeCase, type Citation } from '../../src/lib/cite/citation.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { readContentFiles, type ContentFile } from '../support/content';
import { pdfPageCount, pdfPageTexts } from '../support/pdf';

const cases = readContentFiles();

/** Text compared across line breaks: pdftotext breaks lines and drops a hyphen that ends one. */
const loose = (text: string) => text.replace(/[\s-]+/g, '');

/** Width of the printable area of A4 in CSS pixels: 210 mm less print.css's 2 × 18 mm margins. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

/** The citations the page should show, from the page's own address and access date. */
async function expectedCitations(page: Page, entry: ContentFile): Promise<Citation[]> {
  const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const accessed = (await page.locator('#cite time').getAttribute('datetime'))!;
  return citeCase({ slug: entry.slug, data: entry.data as never, url, accessed });
}

/**
 * What the screen shows around a page and paper must not: short labels (navigation,
 * controls), which must not stand as a line of their own, and passages (the search
 * field's label, the footer), which must not appear at all.
 */
async function screenOnlyTexts(page: Page): Promise<{ labels: string[]; passages: string[] }> {
  const nav = await page.getByRole('navigation', { name: 'Main' }).locator('a').allInnerTexts();
  const searchLabel = await page.locator('label[for="header-search"]').innerText();
  const footer = (await page.locator('.site-footer').innerText()).split('\n').filter((line) => line.trim());
  return {
    labels: [...nav, 'Search', 'Skip to content', 'Home', 'Print this case', 'Cite this case', 'Copy', 'Previous case', 'Next case'],
    // The navigation as a whole: its items print on one line when they print.
    passages: [nav.join(' '), searchLabel, ...footer],
  };
}

/** Fails if the PDF text shows any of the screen-only texts. */
function expectNoScreenOnlyTexts(text: string, { labels, passages }: { labels: string[]; passages: string[] }): void {
  const lines = text.split('\n').map((line) => line.trim());
  for (const label of labels) expect(lines, `"${label}" is printed`).not.toContain(label.trim());
  for (const passage of passages) expect(loose(text), `"${passage}" is printed`).not.toContain(loose(passage));
}

/** Elements wider than the page: text that paper would clip. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

for (const entry of cases) {
  const path = `/cases/${entry.slug}/`;

  test(`${path} prints on at most two pages of A4 and of Letter, standing alone`, async ({ page }, testInfo) => {
    test.slow(); // two PDFs, each laid out and read back
    await page.goto(path);
    const hidden = await screenOnlyTexts(page);
    const [apa] = await expectedCitations(page, entry);
    const address = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;

    for (const format of ['A4', 'Letter'] as const) {
      const file = testInfo.outputPath(`${entry.slug}-${format}.pdf`);
      await page.pdf({ path: file, format });
      const pages = pdfPageTexts(file);
      expect(pdfPageCount(file), `${format} pages`).toBeLessThanOrEqual(2);
      expect(pages).toHaveLength(pdfPageCount(file));

      const text = pages.join('\n');
      expect(loose(text)).toContain(loose(entry.data.title));
      expect(loose(text)).toContain(loose(entry.data.subtitle));
      expect(loose(text)).toContain(loose(entry.data.source?.url ?? SITE.noSourceStatement));
      if (entry.data.source) expect(text).toContain(entry.data.source.publisher);
      expect(loose(text)).toContain(loose(address));
      expect(loose(text)).toContain(loose(apa.text));

      // Running header and page numbers on every page.
      pages.forEach((pageText, index) => {
        expect(pageText).toContain(SITE.name);
        expect(loose(pageText)).toContain(loose(entry.data.title));
        expect(pageText).toContain(`Page ${index + 1} of ${pages.length}`);
      });

      expectNoScreenOnlyTexts(text, hidden);
    }
  });

  test(`${path} in print media: the print sheet with a QR code of the address, screen parts hidden`, async ({ browser }) => {
    // A sharp rendering, so the QR code's modules are several pixels wide; a dark screen
    // scheme, which print must not follow.
    const context = await browser.newContext({ deviceScaleFactor: 3, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    const address = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    await expect(page.locator('.print-sheet')).toBeHidden();
    await page.emulateMedia({ media: 'print' });

    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.print-title')).toHaveText(entry.data.title);
    await expect(sheet.locator('.print-subtitle')).toHaveText(entry.data.subtitle);
    await expect(sheet).toContainText(entry.data.place.name);
    await expect(sheet.locator(`a.url[href="${address}"]`)).toHaveText(address);

    const qr = sheet.locator('svg.qr-code');
    await expect(qr).toHaveCount(1);
    await expect(qr).toHaveAttribute('role', 'img');
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(address);

    for (const selector of ['.site-header', '.breadcrumbs', '.site-footer', '.prev-next', '.case-actions', '.cite', 'button', '.skip-link']) {
      for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    }
    // Black on white, whatever the screen's scheme.
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

    await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
    expect(await overflowing(page)).toEqual([]);
    await context.close();
  });

  test(`${path}: "Cite this case" in four styles, naming the source, copyable`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const citations = await expectedCitations(page, entry);
    expect(await page.locator('#cite time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const section = page.locator('section#cite');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Cite this case');
    await expect(section.locator('h3')).toHaveText(citations.map((c) => c.label));

    for (const citation of citations) {
      const block = section.locator(`#citation-${citation.style}`);
      expect(await block.textContent()).toBe(citation.text);
      if (entry.data.source) {
        expect(citation.text).toContain(entry.data.source.url);
        expect(citation.text).toContain(entry.data.source.publisher);
      } else {
        expect(citation.text).not.toMatch(/Original/);
      }
      await section.getByRole('button', { name: `Copy the ${citation.label} citation` }).click();
      await expect(section.getByRole('status').filter({ hasText: `${citation.label} citation copied.` })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation.text);
    }
    await expect(section.locator('#citation-apa i')).toHaveText(SITE.name);
  });
}

test('without JavaScript: no print or copy buttons, the citations are still there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cases/baotou/');
  await expect(page.locator('[data-needs-js]').first()).toBeAttached();
  for (const element of await page.locator('[data-needs-js]').all()) await expect(element).toBeHidden();
  await expect(page.locator('#citation-bibtex')).toContainText('@misc{baotou,');
  await expect(page.getByRole('link', { name: 'Cite this case' })).toHaveAttribute('href', '#cite');
  await context.close();
});

test('the print button opens the browser’s print', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('beforeprint', () => document.documentElement.setAttribute('data-test-printed', ''));
  });
  await page.goto('/cases/fangzi-district/');
  const button = page.getByRole('button', { name: 'Print this case' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');
});

test('where the Clipboard API is missing, Copy selects the citation and says how to copy it', async ({ page }) => {
  // As in an insecure context or an old browser.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('/cases/baotou/');
  await page.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'BibTeX citation selected: press Ctrl+C' })).toBeVisible();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(await page.locator('#citation-bibtex').textContent());
});

test('case pages: scripts are modules, ready for a strict CSP', async ({ page }) => {
  // Their byte budget (1 kB of script) is asserted in budgets.spec.ts.
  for (const entry of cases) {
    const path = `/cases/${entry.slug}/`;
    await page.goto(path);
    // JSON-LD is data, not script: it never runs.
    const types = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('type')),
    );
    expect(types.length, `${path} has the print and copy script`).toBeGreaterThan(0);
    for (const type of types) expect(type, path).toBe('module');
    // No style attributes and no inline event handlers: a CSP without 'unsafe-inline' allows neither.
    await expect(page.locator('[style]')).toHaveCount(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
    );
    expect(handlers, path).toEqual([]);
  }
});

test('a link that leaves the site prints its address after its text; internal links do not', async ({ page }) => {
  // A category page lists its cases (internal links) with their sources (external ones).
  const sourced = cases.find((c) => c.data.source)!;
  await page.goto(`/categories/${sourced.data.category}/`);
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) =>
    page.locator(selector).first().evaluate((element) => getComputedStyle(element, '::after').content);
  const source = sourced.data.source!;
  expect(await after(`a.external[href="${source.url}"]`)).toBe(`" (${source.url})"`);
  expect(await after('main a[href^="/cases/"]')).toBe('none');
  // The address is printed once: the copy shown under the link on screen is hidden on paper.
  await expect(page.locator('.source-url').first()).toBeHidden();
  await page.goto('/cases/baotou/');
  await page.emulateMedia({ media: 'print' });
  expect(await after('.print-sheet a.url')).toBe('none');
});

test('words highlighted from a search print without gaps around them', async ({ page }) => {
  await page.goto('/cases/baotou/?highlight=stations');
  const mark = page.locator('.case-text mark').first();
  await expect(mark).toBeVisible();
  const padding = () => mark.evaluate((element) => getComputedStyle(element).paddingLeft);
  expect(await padding()).not.toBe('0px'); // on screen the highlight has room around the word
  await page.emulateMedia({ media: 'print' });
  expect(await padding()).toBe('0px');
});

test('the home page prints without blank pages or clipped text', async ({ page }, testInfo) => {
  test.slow(); // a PDF, laid out and read back
  await page.goto('/');
  const hidden = await screenOnlyTexts(page);
  const file = testInfo.outputPath('home-A4.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const pages = pdfPageTexts(file);
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((pageText, index) => {
    const body = pageText
      .split('\n')
      .filter((line) => line.trim() && line.trim() !== SITE.name && !line.startsWith('Page '));
    expect(body.length, `page ${index + 1} has content`).toBeGreaterThan(0);
  });
  const text = pages.join('\n');
  for (const entry of cases) expect(loose(text)).toContain(loose(entry.data.title));
  expectNoScreenOnlyTexts(text, hidden);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  expect(await overflowing(page)).toEqual([]);
});
