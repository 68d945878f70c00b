/**
 * The production build as the trust gates see it: every HTML page in dist/, found by
 * listing the folder, so pages added later are checked without anyone listing them here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { htmlFiles as htmlFilesIn, pathOf } from '../../scripts/lib/site-pages.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folder `astro preview` serves: the same `OUT_DIR` the build used. */
export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** Every `.html` file in dist/, relative to it, sorted. */
export const htmlFiles = (): string[] => htmlFilesIn(DIST);

/** Every built page's address (home, categories, cases, about, 404 and whatever lands later). */
export function builtPages(): string[] {
  return htmlFiles().map(pathOf);
}

export function readBuilt(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The headers `_headers` gives every path (its one rule, `/*`), as name → value: what a host sends. */
export function hostHeaders(): Record<string, string> {
  const [path, ...lines] = readBuilt('_headers').split('\n');
  if (path !== '/*') throw new Error(`_headers: one rule for /* expected, found ${path}`);
  return Object.fromEntries(lines.filter((line) => line.trim()).map((line) => line.trim().split(/: (.*)/s).slice(0, 2)));
}

/** A search that finds something: the gates look at the results as well as at the empty page. */
export const SEARCH_WITH_RESULTS = '/search/?q=service';

/** What the browser gates visit: every built page, plus a search with results. */
export const pagesToVisit = (): string[] => [...builtPages(), SEARCH_WITH_RESULTS];

/** Opens every disclosure (`<details>`), so that what it hides is checked too. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) =>
    summaries.forEach((summary) => ((summary.parentElement as HTMLDetailsElement).open = true)),
  );
}
