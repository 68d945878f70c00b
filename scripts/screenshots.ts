/**
 * `npm run screenshots`: pictures for a person to review, not a test. Builds the site into
 * a scratch folder, serves it, and writes into screenshots/ (git ignores it), for one page
 * of every kind the build holds (home, a category, a case, search with results …):
 * full-page PNGs on a phone (390 × 844) and a desktop (1280 × 900), each in the light and
 * the dark scheme, and the PDF Chromium prints on A4 (print media), with a PNG of each of
 * its pages (poppler's pdftoppm, as the print tests use).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { searchUrl } from '../src/lib/site/urls.ts';
import { astroBuild, ROOT } from './lib/astro-build.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { withPreview } from './lib/preview.ts';
import { settle } from './lib/settle.ts';
import { htmlFiles, pathOf } from './lib/site-pages.ts';

const OUT = join(ROOT, 'screenshots');
/** A search with results, shown for the search page. */
const SEARCH_QUERY = 'party';

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
] as const;

/**
 * One page of each kind: the first page at each place in the site's shape, where a kind is a
 * path with its last segment as a wildcard when its folder holds several (`/cases/…/`).
 */
function pagesOfEachKind(dir: string): { name: string; path: string }[] {
  const paths = htmlFiles(dir).map(pathOf);
  const folder = (path: string) => path.split('/').filter(Boolean).slice(0, -1).join('/');
  const byKind = new Map<string, string>();
  for (const path of paths) {
    const several = paths.filter((other) => folder(other) === folder(path)).length > 1;
    const kind = several && folder(path) ? `${folder(path)}/*` : path;
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...byKind.values()].map((path) => ({
    name: path.split('/').filter(Boolean).join('-').replace(/\.html$/, '') || 'home',
    path: path === '/search/' ? searchUrl(SEARCH_QUERY) : path,
  }));
}

async function shoot(browser: Browser, origin: string, name: string, path: string): Promise<string[]> {
  const written: string[] = [];
  for (const screen of SCREENS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { name: screenName, ...options } = screen;
      const context = await browser.newContext({ ...options, colorScheme, baseURL: origin });
      const page = await context.newPage();
      await page.goto(path);
      await settle(page);
      const file = join(OUT, `${name}-${screenName}-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      await context.close();
    }
  }
  // Paper: the PDF Chromium prints on A4, and each of its pages as a picture (poppler's pdftoppm).
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await page.goto(path);
  await settle(page);
  const pdf = join(OUT, `${name}-print.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await context.close();
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(OUT, `${name}-print`)]);
  written.push(pdf, ...readdirSync(OUT).filter((file) => file.startsWith(`${name}-print-`)).map((file) => join(OUT, file)));
  return written;
}

const scratch = mkdtempSync(join(tmpdir(), 'screenshots-'));
try {
  const site = join(scratch, 'dist');
  console.log('Building the site …');
  const build = astroBuild(undefined, site);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await withPreview(site, async (origin) => {
      for (const { name, path } of pagesOfEachKind(site)) {
        const files = await shoot(browser, origin, name, path);
        console.log(`${path}: ${files.length} files, ${name}-…`);
      }
    });
  } finally {
    await browser.close();
  }
  console.log(`Written to ${OUT}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
