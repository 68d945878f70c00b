/** The production build as the browser gates see it: every page, found by listing dist/, so pages added later are checked too. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './astro-build.ts';

/** The folder `astro preview` serves: the same `OUT_DIR` the build used. */
export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** Every `.html` file in dist/, relative to it, sorted. */
export function htmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: build the site first (npm run build writes dist/)`);
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
}

/** Every built page's address: `cases/baotou/index.html` → `/cases/baotou/`. */
export const builtPages = (): string[] => htmlFiles().map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

export function readBuilt(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The headers `_headers` gives every path (its one rule, `/*`), as name → value: what a host sends. */
export function hostHeaders(): Record<string, string> {
  const [path, ...lines] = readBuilt('_headers').split('\n');
  if (path !== '/*') throw new Error(`_headers: one rule for /* expected, found ${path}`);
  return Object.fromEntries(lines.filter((line) => line.trim()).map((line) => line.trim().split(/: (.*)/s).slice(0, 2)));
}

/** What the browser gates visit: every built page, plus a search with results. */
export const pagesToVisit = (): string[] => [...builtPages(), '/search/?q=service'];

/** Opens every disclosure (`<details>`), so that what it hides is checked too. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) =>
    summaries.forEach((summary) => ((summary.parentElement as HTMLDetailsElement).open = true)),
  );
}
