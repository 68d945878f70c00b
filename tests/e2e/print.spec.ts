/** Print and cite in real Chromium: PDFs read back with poppler, the print sheet, the print and copy buttons. */
import { expect, test, type Page } from '@playwright/test';
import { citeCase, plainText, type Citation } from '../../src/lib/cite/citation.ts';
import { caseRecords } from '../../src/lib/cite/csl.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { t } from '../../src/lib/site/words.ts';
import { PUBLIC_ADDRESS } from '../support/site-url.ts';
import { readContentFiles, type ContentFile } from '../support/content.ts';
import { pdfPageTexts } from '../support/pdf.ts';

const cases = readContentFiles();

/** Text compared across line breaks: pdftotext breaks lines and drops a hyphen that ends one. */
const loose = (text: string) => text.replace(/[\s-]+/g, '');

/** Width of the printable area of A4 in CSS pixels: 210 mm less print.css's 2 × 18 mm margins. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

/** The citations the page should show: from the address the build was given, accessed on `accessed`. */
function expectedCitations(entry: ContentFile, accessed: string): Citation[] {
  return citeCase(caseRecords({ slug: entry.slug, data: entry.data as never, url: `${PUBLIC_ADDRESS}/cases/${entry.slug}/`, accessed }));
}

/** The paragraphs of a case text, as the page numbers them. */
const paragraphCount = (entry: ContentFile) => entry.body.split(/\n\s*\n/).filter((p) => p.trim()).length;

/**
 * What the screen shows around a page and paper must not: short labels (navigation,
 * controls), which must not stand as a line of their own, and passages (the search
 * fields' labels, the footer), which must not appear at all.
 */
async function screenOnlyTexts(page: Page): Promise<{ labels: string[]; passages: string[] }> {
  const nav = await page.getByRole('navigation', { name: t('site.mainNavigation') }).locator('a').allInnerTexts();
  // The header's search field, or the page's own where it has one (home): screen-only either way.
  const searchLabels = await page.locator('.search-form label').allInnerTexts();
  const footer = (await page.locator('.site-footer').innerText()).split('\n').filter((line) => line.trim());
  return {
    labels: [
      ...nav,
      ...(['site.menu', 'site.search', 'site.skipLink', 'site.home', 'case.printThisCase', 'case.citeThisCase', 'cite.copy', 'pin.cite', 'case.previousCase', 'case.nextCase'] as const).map((key) => t(key)),
    ],
    // The navigation as a whole: its items print on one line when they print.
    passages: [nav.join(' '), ...searchLabels, ...footer],
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
    // APA gives no date of access, so it reads the same on any day.
    const apa = expectedCitations(entry, '2000-01-01')[0].forms[0].entries.map(plainText).join('');
    // The address the build was given: a public build that printed localhost anywhere fails here.
    const address = `${PUBLIC_ADDRESS}${path}`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(address);

    for (const format of ['A4', 'Letter'] as const) {
      const file = testInfo.outputPath(`${entry.slug}-${format}.pdf`);
      await page.pdf({ path: file, format });
      const pages = pdfPageTexts(file);
      expect(pages.length, `${format} pages`).toBeLessThanOrEqual(2);

      const text = pages.join('\n');
      expect(loose(text)).toContain(loose(entry.data.title));
      expect(loose(text)).toContain(loose(entry.data.subtitle));
      expect(loose(text)).toContain(loose(entry.data.source?.url ?? t('case.noSource')));
      if (entry.data.source) expect(text).toContain(entry.data.source.publisher);
      expect(loose(text)).toContain(loose(address));
      expect(loose(text)).toContain(loose(apa));
      if (!PUBLIC_ADDRESS.includes('localhost')) expect(text).not.toContain('localhost');
      // Every paragraph's number prints in its margin.
      for (let n = 1; n <= paragraphCount(entry); n += 1) expect(loose(text), `¶ ${n}`).toContain(`¶${n}`);

      // Running header and page numbers on every page.
      pages.forEach((pageText, index) => {
        expect(pageText).toContain(SITE.name);
        expect(loose(pageText)).toContain(loose(entry.data.title));
        expect(pageText).toContain(t('print.pageOf', { page: index + 1, pages: pages.length }));
      });

      expectNoScreenOnlyTexts(text, hidden);
    }
  });

  test(`${path} in print media: the print sheet with a QR code of the address, screen parts hidden`, async ({ browser }) => {
    // A dark screen scheme, which print must not follow.
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(path);
    const address = `${PUBLIC_ADDRESS}${path}`;
    await expect(page.locator('.print-sheet')).toBeHidden();
    await page.emulateMedia({ media: 'print' });

    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.print-title')).toHaveText(entry.data.title);
    await expect(sheet.locator('.print-subtitle')).toHaveText(entry.data.subtitle);
    await expect(sheet).toContainText(entry.data.place.name);
    await expect(sheet.locator(`a.url[href="${address}"]`)).toHaveText(address);

    await expect(sheet.getByRole('img', { name: t('print.qrCode', { url: address }) })).toBeVisible();

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

  test(`${path}: "Cite this case", one style at a time, remembered, copied as rich text with the reader's own date`, async ({ browser }) => {
    // The reader's clock and zone: 20:00 UTC on 8 July 2031 is 9 July in Auckland, so a UTC date would show.
    const context = await browser.newContext({ timezoneId: 'Pacific/Auckland' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-07-08T20:00:00Z'));
    await page.goto(path);
    const section = page.locator('section#cite');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Cite this case');
    await expect(section.getByText('The dates of access are today’s, by your device’s clock.')).toBeVisible();
    const styles = section.locator('details[data-style]');
    await expect(section.locator('details[open]')).toHaveCount(0);

    for (const citation of expectedCitations(entry, '2031-07-09')) {
      const details = section.locator(`details[data-style="${citation.style}"]`);
      await details.locator('summary').click();
      // One open at a time.
      await expect(styles.and(page.locator('[open]'))).toHaveCount(1);
      const entries = citation.forms.flatMap((form) => form.entries.map(plainText));
      expect((await details.locator('[data-entry]').allInnerTexts()).map((text) => text.trim())).toEqual(entries);
      await details.getByRole('button', { name: /^Copy/ }).click();
      await expect(details.getByRole('status')).toHaveText(/citation copied\.$/);
      const [text, html] = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return Promise.all(['text/plain', 'text/html'].map(async (type) => (await item.getType(type)).text()));
      });
      expect(text).toBe(entries.join('\n\n'));
      // Italics where the style has them, in the HTML a word processor pastes.
      if (citation.style === 'apa') expect(html).toContain(`<i>${entry.data.title}:`);
    }
    // The style opened last is opened again, here and on the next case.
    await page.reload();
    await expect(section.locator('details[open]')).toHaveAttribute('data-style', 'bibtex');
    await context.close();
  });
}

test('on a 390 × 844 phone the cite section takes a screen closed and two open', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  // Each case as a first visit: no style remembered, so the section starts closed.
  await context.addInitScript(() => localStorage.clear());
  const page = await context.newPage();
  for (const entry of cases) {
    await page.goto(`/cases/${entry.slug}/`);
    const section = page.locator('section#cite');
    const height = async () => (await section.boundingBox())!.height;
    expect(await height(), `${entry.slug}, closed`).toBeLessThanOrEqual(844);
    for (const summary of await section.locator('summary').all()) {
      await summary.click();
      expect(await height(), `${entry.slug}, ${await summary.innerText()} open`).toBeLessThanOrEqual(2 * 844);
    }
  }
  await context.close();
});

test('without JavaScript: no print or copy buttons, every style a disclosure of its own, the build’s dates', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/cases/baotou/');
  await expect(page.locator('[data-needs-js]').first()).toBeAttached();
  for (const element of await page.locator('[data-needs-js]').all()) await expect(element).toBeHidden();
  await expect(page.locator('#cite summary')).toHaveText(['APA (7th edition)', 'Chicago (17th edition)', 'GB/T 7714-2015', 'BibLaTeX', 'BibTeX']);
  await page.locator('#cite summary', { hasText: 'BibTeX' }).click();
  await expect(page.locator('#citation-bibtex')).toContainText('@misc{PartyBuildingCases:baotou,');
  await expect(page.getByRole('link', { name: 'Cite this case' })).toHaveAttribute('href', '#cite');
  await expect(page.locator('#cite [data-no-js]')).toContainText('the day this site was last built');
  const built = await page.locator('#citation-gbt7714 [data-accessed]').first().textContent();
  expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Zotero dates a saved page by its first <time datetime>: none on a case page.
  await expect(page.locator('time[datetime]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Paragraph 2', exact: true })).toHaveAttribute('href', '#p-2');
  await context.close();
});

test('pin-cites: every paragraph shows its number in the margin, a link to itself, the same as its #p-N address', async ({ page }) => {
  for (const entry of cases) {
    await page.goto(`/cases/${entry.slug}/`);
    const paragraphs = page.locator('.case-text > p');
    await expect(paragraphs).toHaveCount(paragraphCount(entry));
    for (const [index, paragraph] of (await paragraphs.all()).entries()) {
      const n = index + 1;
      await expect(paragraph).toHaveAttribute('id', `p-${n}`);
      const number = paragraph.locator('.pin-number');
      // Seen as "¶ 3", heard as "Paragraph 3".
      await expect(number).toHaveAccessibleName(t('pin.paragraph', { number: n }));
      await expect(number.locator('[aria-hidden="true"]')).toHaveText(`¶ ${n}`);
      await expect(number).toHaveAttribute('href', `#p-${n}`);
      // In the margin: left of the paragraph's text, on a desktop screen.
      const [numberBox, textBox] = [await number.boundingBox(), await paragraph.boundingBox()];
      expect(numberBox!.x + numberBox!.width, `¶ ${n} stands in the margin`).toBeLessThanOrEqual(textBox!.x);
    }
  }
});

test('pin-cites: a paragraph’s Cite button copies its citation, with today’s date, in the style chosen', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2031-07-09T10:00:00'));
  await page.goto('/cases/baotou/');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Cite paragraph 3' }).click();
  await expect(page.locator('#pin-status')).toHaveText('Citation of paragraph 3 copied.');
  expect(await clipboard()).toBe('(Baotou, Inner Mongolia, n.d., para. 3)');
  await page.locator('#cite summary', { hasText: 'Chicago' }).click();
  await page.getByRole('button', { name: 'Cite paragraph 2' }).click();
  await expect(page.locator('#pin-status')).toHaveText('Citation of paragraph 2 copied.');
  expect(await clipboard()).toBe(
    '“Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels,” Cases of the Primary-Level Party Building, ' +
      `${SITE.publisher.name}, para. 2, accessed July 9, 2031, ${PUBLIC_ADDRESS}/cases/baotou/.`,
  );
  await page.locator('#cite summary', { hasText: 'GB/T' }).click();
  await page.getByRole('button', { name: 'Cite paragraph 1' }).click();
  await expect(page.locator('#pin-status')).toHaveText('Citation of paragraph 1 copied.');
  expect(await clipboard()).toContain(`[EB/OL]. [2031-07-09]. ${PUBLIC_ADDRESS}/cases/baotou/#p-1.`);
  await context.close();
});

test('the print button opens the browser’s print', async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener('beforeprint', () => document.documentElement.setAttribute('data-test-printed', ''));
  });
  await page.goto('/cases/fangzi-district/');
  const button = page.getByRole('button', { name: t('case.printThisCase') });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-test-printed', '');
});

test('where the Clipboard API is missing, Copy selects the citation and says how to copy it', async ({ page }) => {
  // As in an insecure context or an old browser.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('/cases/baotou/');
  await page.locator('#cite summary', { hasText: 'BibTeX' }).click();
  await page.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'BibTeX citation selected: press Ctrl+C' })).toBeVisible();
  // The whole block selected; selections and innerText count the blank lines between blocks differently.
  const lines = (text = '') => text.split('\n').filter((line) => line.trim());
  expect(lines(await page.evaluate(() => getSelection()?.toString()))).toEqual(lines(await page.locator('#citation-bibtex').innerText()));
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
    const running = [SITE.name, t('print.pageOf', { page: index + 1, pages: pages.length })];
    const body = pageText.split('\n').filter((line) => line.trim() && !running.includes(line.trim()));
    expect(body.length, `page ${index + 1} has content`).toBeGreaterThan(0);
  });
  const text = pages.join('\n');
  for (const entry of cases) expect(loose(text)).toContain(loose(entry.data.title));
  expectNoScreenOnlyTexts(text, hidden);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  expect(await overflowing(page)).toEqual([]);
});
