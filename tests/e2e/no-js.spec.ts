/**
 * Every page without JavaScript, reached by links from the home page; every reference resolves in
 * dist/. Links to other sites are checked for form only: the tests never leave the machine.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readContentFiles } from '../support/content.ts';
import { builtPages, DIST } from '../support/built-site.ts';
import { readSeed } from '../support/seed.ts';
import { PUBLIC_ADDRESS } from '../support/site-url.ts';

test.use({ javaScriptEnabled: false });

const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

interface PageRefs {
  ids: string[];
  /** [what refers, the address as resolved by the browser] */
  refs: [string, string][];
}

/** Reads a page's references from its DOM, resolved against its own address. */
function collectRefs(page: Page): Promise<PageRefs> {
  return page.evaluate(() => {
    const refs: [string, string][] = [];
    const add = (what: string, value: string | null | undefined, base = document.baseURI) => {
      if (value != null) refs.push([what, new URL(value, base).href]);
    };
    const attributes: [selector: string, attribute: string][] = [
      ['a[href]', 'href'],
      ['area[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['source[src]', 'src'],
      ['video[poster]', 'poster'],
      ['iframe[src]', 'src'],
      ['form[action]', 'action'],
      ['meta[property^="og:"][content^="http"]', 'content'],
    ];
    for (const [selector, attribute] of attributes) {
      for (const element of document.querySelectorAll(selector)) add(`<${element.localName} ${attribute}>`, element.getAttribute(attribute));
    }
    for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of element.getAttribute('srcset')!.split(',')) add(`<${element.localName} srcset>`, candidate.trim().split(/\s+/)[0]);
    }
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        for (const [, url] of rule.cssText.matchAll(/url\("?([^")]+)"?\)/g)) add('CSS url()', url, sheet.href ?? document.baseURI);
      }
    }
    return { ids: [...document.querySelectorAll('[id]')].map((element) => element.id), refs };
  });
}

/** The file a path is served from, as a static host maps it (`/x/` → `x/index.html`). */
function fileFor(pathname: string): string | undefined {
  const path = join(DIST, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

test('from / by links alone every case is reached; every page shows its content; every reference resolves', async ({ page, baseURL }) => {
  const served = new URL(baseURL!).origin;
  const pages = builtPages();
  const htmlPages = new Set(pages);
  const refsByPage = new Map<string, PageRefs>();
  /** Opens a page: it answers, shows its heading and its content (not an empty frame waiting for a script), and its references are read. */
  const visit = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toBeVisible();
    expect(normalise(await page.locator('main').innerText()).length, path).toBeGreaterThan(40);
    refsByPage.set(path, await collectRefs(page));
  };
  // Breadth-first through the HTML pages of the site; data files (JSON, CSV, feeds) are only checked to exist.
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (refsByPage.has(path)) continue;
    await visit(path);
    for (const [, href] of refsByPage.get(path)!.refs) {
      const url = new URL(href);
      if (url.origin === served && htmlPages.has(url.pathname) && !refsByPage.has(url.pathname)) queue.push(url.pathname);
    }
  }
  const reached = new Set(refsByPage.keys());
  const casePages = pages.filter((path) => /^\/cases\/[^/]+\/$/.test(path));
  expect(casePages).toHaveLength(readContentFiles().length);
  expect(casePages.filter((path) => !reached.has(path)), 'cases no link leads to').toEqual([]);
  // Pages no link leads to (the not-found page) are shown without JavaScript too.
  for (const path of pages.filter((path) => !reached.has(path))) await visit(path);

  // Canonical links carry the address the site was built for; those count as internal too.
  const internal = new Set([served, new URL(PUBLIC_ADDRESS).origin]);
  const idsByFile = new Map([...refsByPage].map(([path, { ids }]) => [fileFor(path), new Set(ids)]));
  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const [path, { refs }] of refsByPage) {
    for (const [what, href] of refs) {
      const url = new URL(href);
      // A data: address holds what it names (the inlined favicon): nothing to resolve or fetch.
      if (url.protocol === 'data:' && what === '<link href>') continue;
      if (!internal.has(url.origin)) {
        external.add(href);
        if (!['http:', 'https:'].includes(url.protocol) || !url.hostname) broken.push(`${path}: ${what} ${href}: not an http(s) address`);
        continue;
      }
      checked += 1;
      const file = fileFor(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!file) broken.push(`${path}: ${what} ${href}: no such file in dist/`);
      else if (fragment && !idsByFile.get(file)?.has(fragment)) broken.push(`${path}: ${what} ${href}: no element with id "${fragment}"`);
    }
  }
  test.info().annotations.push(
    { type: 'pages reached without JavaScript', description: String(reached.size) },
    { type: 'internal references checked', description: String(checked) },
    { type: 'external links (form only)', description: [...external].sort().join(' ') },
  );
  expect(checked).toBeGreaterThan(pages.length);
  expect(broken).toEqual([]);
});

test('each case page shows the source document’s text, paragraph for paragraph, under its headline', async ({ page }) => {
  const cases = readContentFiles();
  const seed = readSeed();
  expect(seed).toHaveLength(cases.length);
  for (const section of seed) {
    const entry = cases.find((c) => c.data.order === section.order)!;
    expect(section.headline).toBe(`${entry.data.title}: ${entry.data.subtitle}`);
    expect(entry.data.source?.url).toBe(section.sourceUrl);
    await page.goto(`/cases/${entry.slug}/`);
    await expect(page.locator('h1')).toHaveText(entry.data.title);
    // Each paragraph's text as shown, without its number in the margin.
    const shown = await page.locator('.case-text p').evaluateAll((paragraphs) =>
      paragraphs.map((paragraph) => {
        const text = paragraph.cloneNode(true) as HTMLElement;
        text.querySelector('.pin')?.remove();
        return paragraph.checkVisibility() ? (text.textContent ?? '') : '';
      }),
    );
    expect(shown.map(normalise), entry.slug).toEqual(section.paragraphs);
  }
});
