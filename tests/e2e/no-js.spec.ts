/**
 * Without JavaScript: every case is reached from the home page by following links, and
 * its whole text is there to read. Nothing waits for a script.
 */
import { expect, test, type Page } from '@playwright/test';
import { readContentFiles } from '../support/content';
import { builtPages } from '../support/built-site';

test.use({ javaScriptEnabled: false });

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The page shows its heading and its content, not an empty frame waiting for a script. */
async function expectContent(page: Page, path: string) {
  await expect(page.locator('h1'), path).toBeVisible();
  expect(normalise(await page.locator('main').innerText()).length, path).toBeGreaterThan(40);
}

test('every case is reachable from / by links alone, and readable; every page has content', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Links to data files (JSON, CSV, feeds) are the link gate's concern; this walk reads pages.
  const htmlPages = new Set(builtPages());
  const reached = new Set<string>();
  const queue = ['/'];
  // Follows links breadth-first through the HTML pages of the site.
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (reached.has(path)) continue;
    reached.add(path);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectContent(page, path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin === origin && htmlPages.has(url.pathname) && !reached.has(url.pathname)) queue.push(url.pathname);
    }
  }
  const casePages = builtPages().filter((path) => /^\/cases\/[^/]+\/$/.test(path));
  const cases = readContentFiles();
  expect(casePages).toHaveLength(cases.length);
  expect(casePages.filter((path) => !reached.has(path)), 'cases no link leads to').toEqual([]);
  test.info().annotations.push({ type: 'pages reached without JavaScript', description: String(reached.size) });

  // Pages no link leads to (the not-found page) are shown without JavaScript too.
  for (const path of builtPages().filter((path) => !reached.has(path))) {
    await page.goto(path);
    await expectContent(page, path);
  }

  for (const entry of cases) {
    await page.goto(`/cases/${entry.slug}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('h1')).toHaveText(entry.data.title);
    const visibleText = normalise(await page.locator('main').innerText());
    for (const paragraph of entry.body.split(/\n\s*\n/).map(normalise).filter(Boolean)) {
      expect(visibleText, `${entry.slug}: "${paragraph.slice(0, 60)}…"`).toContain(paragraph);
    }
  }
});

