/** Reading first, on a phone and a desktop (one scheme: the schemes change colours only, tests/unit/styles.test.ts). */
import { expect, test, type Page } from '@playwright/test';
import { settle } from '../../scripts/lib/settle.ts';
import { pageKind } from '../../src/lib/site/page-kinds.ts';
import { caseUrl, homeUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/words.ts';
import { pagesToVisit } from '../support/built-site.ts';
import { readContentFiles } from '../support/content.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SCREENS = [['phone', PHONE], ['desktop', DESKTOP]] as const;
/** Where a case text's first paragraph must begin: 1.5 phone screens, one desktop screen. */
const FIRST_PARAGRAPH_MAX = { phone: 1_266, desktop: 900 };
const PHONE_HEADER_MAX = 130;
/** The case page's column: its blocks end at one right edge. */
const COLUMN = '.case-meta, .case-text, .key-figures, .cite';

/** Top of the element (page coordinates, the page scrolled to its start). */
const topOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

for (const { slug } of readContentFiles()) {
  test(`${caseUrl(slug)}: the text begins within reach, after title, place and source, before key figures and themes, in one column`, async ({ page }) => {
    await page.goto(caseUrl(slug));
    await settle(page);
    for (const [screen, viewport] of SCREENS) {
      await page.setViewportSize(viewport);
      const paragraph = await topOf(page, '.case-text p');
      console.log(`${slug} ${screen}: first paragraph at ${Math.round(paragraph)} px`);
      expect.soft(paragraph, `${screen}: first paragraph's top`).toBeLessThanOrEqual(FIRST_PARAGRAPH_MAX[screen]);
      expect.soft(await topOf(page, 'h1'), `${screen}: the title stands above the text`).toBeLessThan(paragraph);
      const edges = await page.locator(COLUMN).evaluateAll((blocks) => blocks.map((block) => Math.round(block.getBoundingClientRect().right)));
      expect.soft(Math.max(...edges) - Math.min(...edges), `${screen}: right edges of ${COLUMN}: ${edges.join(', ')}`).toBeLessThanOrEqual(1);
    }
    const order = await page.evaluate(() => {
      const text = document.querySelector('.case-text')!;
      const before = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? Boolean(element.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
      };
      return { subtitle: before('.case-header .subtitle'), meta: before('.case-meta'), figures: before('.key-figures'), themes: before('.case-themes') };
    });
    expect(order).toEqual({ subtitle: true, meta: true, figures: order.figures === null ? null : false, themes: order.themes === null ? null : false });
  });
}

/** One page of each kind the tests visit (home, a case, search with results …). */
const onePerKind = [...new Map(pagesToVisit().map((path) => [pageKind(path), path])).values()];

for (const path of onePerKind) {
  test(`${path}: one search field, a header that fits a phone, a gap above the first heading`, async ({ page }) => {
    await page.goto(path);
    await settle(page);
    for (const [screen, viewport] of SCREENS) {
      await page.setViewportSize(viewport);
      const fields = await page.locator('input[type="search"]').evaluateAll((all) => all.filter((field) => field.checkVisibility({ visibilityProperty: true })).length);
      expect.soft(fields, `${screen}: visible search fields`).toBe(1);
      const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect());
      console.log(`${path} ${screen}: header ${Math.round(header.height)} px tall`);
      if (screen === 'phone') expect.soft(header.height, `${screen}: header height`).toBeLessThanOrEqual(PHONE_HEADER_MAX);
      const gap = (await topOf(page, 'h1')) - header.bottom;
      expect.soft(gap, `${screen}: space between the header and the heading`).toBeGreaterThanOrEqual(16);
    }
  });
}

test('home: a case title within the first phone screen, under a heading that is not the site name', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(homeUrl());
  const link = await page
    .locator('main a[href^="/cases/"]')
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
  console.log(`home phone: first case link ends at ${Math.round(link)} px`);
  expect(link).toBeLessThanOrEqual(PHONE.height);
  expect(await page.locator('h1').textContent()).not.toBe(await page.locator('.site-name').textContent());
});

/** What Chromium's accessibility tree tells a screen reader of an element: its name and expanded state. */
async function announced(page: Page, selector: string): Promise<{ name: string; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes[0];
  return { name: node.name?.value, expanded: node.properties?.find((property) => property.name === 'expanded')?.value.value };
}

test.describe('the menu, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on a phone: a disclosure that opens by keyboard and says whether it is open', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(caseUrl('baotou'));
    const nav = page.getByRole('navigation', { name: t('site.mainNavigation') });
    const menu = nav.locator('summary');
    const themes = nav.getByRole('link', { name: t('site.themes') });
    await expect(menu).toBeVisible();
    await expect(themes).toBeHidden();
    expect(await announced(page, '.site-header summary')).toEqual({ name: t('site.menu'), expanded: false });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(themes).toBeVisible();
    expect(await announced(page, '.site-header summary')).toEqual({ name: t('site.menu'), expanded: true });
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    // Open, it pushes the page down rather than covering it.
    const [list, main] = await Promise.all([nav.locator('ul').boundingBox(), page.locator('main').boundingBox()]);
    expect(list!.y + list!.height).toBeLessThanOrEqual(main!.y);
    await menu.click();
    await expect(themes).toBeHidden();
  });

  test('on a desktop: every section one click away, no Menu button', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(caseUrl('baotou'));
    const nav = page.getByRole('navigation', { name: t('site.mainNavigation') });
    await expect(nav.locator('summary')).toBeHidden();
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    for (const link of await links.all()) await expect(link).toBeVisible();
  });
});
