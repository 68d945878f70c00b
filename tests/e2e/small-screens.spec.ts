/**
 * Reflow at 320 px and 200% zoom, emulated as 640 × 400 at deviceScaleFactor 2: what browser zoom does
 * to a 1280 × 800 window (CSS `zoom` would leave media queries and viewport units at desktop size).
 */
import { expect, type Page } from '@playwright/test';
import { test } from '../support/shared-page.ts';
import { openDisclosures, pagesToVisit } from '../support/built-site.ts';
import { settle } from '../../scripts/lib/settle.ts';
import { caseUrl } from '../../src/lib/site/urls.ts';
import { readContentFiles } from '../support/content.ts';

/** Text lines (one rectangle per line of each text node) that cross another's, or leave the window. */
function textCollisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface Line {
      node: Text;
      rect: DOMRect;
    }
    const lines: Line[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim() || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      // Visually hidden text (1px clipped boxes) is for screen readers and occupies no space.
      if (parent.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) lines.push({ node, rect });
    }
    const label = (line: Line) => `"${line.node.data.trim().slice(0, 30)}"`;
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    // 2 px of tolerance: glyph boxes of neighbouring lines may touch.
    const tolerance = 2;
    // A scroll container the keyboard can focus (the compare table's) may hold text beyond the window.
    const inScrollContainer = (line: Line) => {
      for (let node = line.node.parentElement; node; node = node.parentElement) {
        if (node.tabIndex >= 0 && /auto|scroll/.test(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    for (const line of lines) {
      if (inScrollContainer(line)) continue;
      if (line.rect.left < -tolerance || line.rect.right > width + tolerance) {
        problems.push(`${label(line)} runs out of the window (${Math.round(line.rect.left)}–${Math.round(line.rect.right)} of ${width})`);
      }
    }
    for (let i = 0; i < lines.length; i += 1) {
      for (let j = i + 1; j < lines.length; j += 1) {
        const a = lines[i];
        const b = lines[j];
        if (a.node === b.node) continue;
        const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (overlapX > tolerance && overlapY > tolerance) problems.push(`${label(a)} overlaps ${label(b)}`);
      }
    }
    return problems;
  });
}

/** Breadcrumb separators that begin a line, and how many trails wrap at all. */
function breadcrumbLines(page: Page): Promise<{ startingLines: string[]; wrapped: boolean }> {
  return page.evaluate(() => {
    const list = document.querySelector('.breadcrumbs ol');
    if (!list) return { startingLines: [], wrapped: false };
    const left = list.getBoundingClientRect().left;
    const items = [...list.querySelectorAll('li')];
    const startingLines = [...list.querySelectorAll('.separator')]
      .filter((separator) => separator.getBoundingClientRect().left <= left + 1)
      .map((separator) => separator.parentElement!.textContent!.trim());
    const tops = new Set(items.map((item) => Math.round(item.getBoundingClientRect().top)));
    const wrapped = tops.size > 1 || items.some((item) => item.getClientRects().length > 1 || item.getBoundingClientRect().height > 40);
    return { startingLines, wrapped };
  });
}

/** Headings (and the site's name) whose lines break right after a hyphen inside a word. */
function hyphenBreaks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll('h1, h2, h3, .site-name, .subtitle')) {
      if (!element.checkVisibility()) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/[\p{L}\p{N}]-(?=[\p{L}\p{N}])/gu)) {
          const rectAt = (offset: number) => {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getBoundingClientRect();
          };
          const hyphen = rectAt(match.index + 1);
          const next = rectAt(match.index + 2);
          if (next.top >= hyphen.bottom - 1) broken.push(`"${node.data.slice(Math.max(0, match.index - 10), match.index + 12)}"`);
        }
      }
    }
    return broken;
  });
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.use({ sharedPageContext: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } });

for (const path of pagesToVisit()) {
  test(`${path}: at 200% zoom and at 320 px, text stays apart and nothing scrolls sideways`, async ({ page }) => {
    await page.goto(path);
    await settle(page);
    await openDisclosures(page);
    expect(await sidewaysScroll(page), '200% zoom: sideways scroll (px)').toBeLessThanOrEqual(0);
    expect(await textCollisions(page), '200% zoom').toEqual([]);
    // The same page, reflowed to 320 CSS pixels (a phone; a 1280-pixel window at 400%).
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await sidewaysScroll(page), '320 px: sideways scroll (px)').toBeLessThanOrEqual(0);
    expect(await textCollisions(page), '320 px').toEqual([]);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 640 });
      expect.soft((await breadcrumbLines(page)).startingLines, `${width} px: breadcrumb lines starting with "›"`).toEqual([]);
      expect.soft(await hyphenBreaks(page), `${width} px: headings broken at a hyphen`).toEqual([]);
    }
  });
}

// The breadcrumb rule is put to the test: the longest trail, a case's, does wrap on a phone.
test('at 320 px the longest breadcrumb trail wraps, and no line of it starts with "›"', async ({ page }) => {
  const longest = readContentFiles().reduce((a, b) => (b.data.title.length > a.data.title.length ? b : a));
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(caseUrl(longest.slug));
  await settle(page);
  const trail = await breadcrumbLines(page);
  expect(trail.wrapped, `${caseUrl(longest.slug)}: the trail wraps`).toBe(true);
  expect(trail.startingLines).toEqual([]);
});
