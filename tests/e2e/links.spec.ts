/**
 * Whole links: every address a built page refers to (links, fragments, stylesheets,
 * scripts, images, icons, form actions, CSS url()s) must resolve to a file in dist/, and a
 * fragment to an id on its page. Links to other sites are listed and checked for form only:
 * the tests never leave the machine.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST, builtPages } from '../support/built-site';

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
      for (const element of document.querySelectorAll(selector)) {
        add(`<${element.localName} ${attribute}>`, element.getAttribute(attribute));
      }
    }
    for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of element.getAttribute('srcset')!.split(',')) {
        add(`<${element.localName} srcset>`, candidate.trim().split(/\s+/)[0]);
      }
    }
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        for (const [, url] of rule.cssText.matchAll(/url\("?([^")]+)"?\)/g)) {
          add('CSS url()', url, sheet.href ?? document.baseURI);
        }
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

test('every internal reference resolves inside dist/; external links are well-formed', async ({ page, baseURL }) => {
  const pages = builtPages();
  const served = new URL(baseURL!).origin;
  await page.goto('/');
  // Canonical links carry the public address (SITE_URL); those count as internal too.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const internal = new Set([served, new URL(canonical!).origin]);

  const idsByFile = new Map<string, Set<string>>();
  const refsByPage = new Map<string, PageRefs['refs']>();
  for (const path of pages) {
    await page.goto(path);
    const { ids, refs } = await collectRefs(page);
    idsByFile.set(fileFor(path)!, new Set(ids));
    refsByPage.set(path, refs);
  }

  const broken: string[] = [];
  const external = new Set<string>();
  let checked = 0;
  for (const [path, refs] of refsByPage) {
    for (const [what, href] of refs) {
      const url = new URL(href);
      // A data: address holds what it names (the inlined favicon): nothing to resolve or fetch.
      if (url.protocol === 'data:' && what === '<link href>') continue;
      if (!internal.has(url.origin)) {
        external.add(href);
        if (!['http:', 'https:'].includes(url.protocol) || !url.hostname) {
          broken.push(`${path}: ${what} ${href}: not an http(s) address`);
        }
        continue;
      }
      checked += 1;
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${path}: ${what} ${href}: no such file in dist/`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !(idsByFile.get(file) ?? new Set()).has(fragment)) {
        broken.push(`${path}: ${what} ${href}: no element with id "${fragment}"`);
      }
    }
  }
  test.info().annotations.push(
    { type: 'pages checked', description: String(pages.length) },
    { type: 'internal references checked', description: String(checked) },
    { type: 'external links (form only)', description: [...external].sort().join(' ') },
  );
  expect(pages.length).toBeGreaterThanOrEqual(11);
  expect(checked).toBeGreaterThan(pages.length);
  expect(broken).toEqual([]);
});
