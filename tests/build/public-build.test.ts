/**
 * A build for a public address, as `SITE_URL=https://… npm run build` makes it, over the real
 * cases plus one naming an archived snapshot, with a fixture of source checks: one answering,
 * one gone, one never checked. Then: no published file says `localhost`; every case printed
 * to PDF shows the public address and a QR code that decodes to it; each state of a source's
 * link reads as it should on screen and on paper and passes the accessibility gate; the build
 * warns of the gone link, and does not fail.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveLookupUrl } from '../../src/lib/site/urls.ts';
import { astroBuild } from '../../scripts/lib/astro-build';
import { axeViolations } from '../support/axe';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium';
import { CASES_DIR, readContentFiles } from '../support/content';
import { pdfPageTexts } from '../support/pdf';
import { scratchForFile } from '../support/scratch';
import { startPreview, type Preview } from '../../scripts/lib/preview';

const PUBLIC = 'https://cases.example.org';
const SNAPSHOT = 'https://web.archive.org/web/20250601000000/https://www.hunantoday.cn/news/xhn/202410/20913102.html';
const scratch = scratchForFile('public-build-');
const casesDir = join(scratch, 'cases');
const outDir = join(scratch, 'dist');
let output = '';
let browser: Browser;

const real = readContentFiles();
const urlOf = (slug: string) => real.find((c) => c.slug === slug)!.data.source.url as string;

beforeAll(() => {
  mkdirSync(casesDir);
  for (const name of readdirSync(CASES_DIR).filter((n) => n.endsWith('.mdx'))) copyFileSync(join(CASES_DIR, name), join(casesDir, name));
  // A fifth case naming an archived snapshot: State Grid Hunan's text, at the next position.
  const stateGrid = readFileSync(join(CASES_DIR, 'state-grid-hunan.mdx'), 'utf8')
    .replace(/^order: \d+$/m, 'order: 5')
    .replace(/^(  published: 2024-10)$/m, `$1\n  archived: ${SNAPSHOT}`);
  writeFileSync(join(casesDir, 'archived-copy.mdx'), stateGrid);
  const checks = join(scratch, 'source-checks.json');
  writeFileSync(
    checks,
    JSON.stringify({
      checks: {
        [urlOf('baotou')]: { checked: '2026-11-20', outcome: 'answers', status: 200, finalUrl: urlOf('baotou') },
        [urlOf('guangchang-county')]: { checked: '2026-11-21', outcome: 'gone', status: 404, finalUrl: urlOf('guangchang-county') },
      },
    }),
  );
  const result = astroBuild(casesDir, outDir, { SITE_URL: PUBLIC, SOURCE_CHECKS: checks, BUILD_DATE: '2026-12-01' });
  output = result.output;
  expect(result.status, output).toBe(0);
}, 300_000);

// One server (on a port the OS hands out) and one browser for every test that opens the build.
let preview: Preview;
beforeAll(async () => {
  preview = await startPreview(outDir);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});
/** Runs `body` with the address the build is served at. */
const onSite = <T>(body: (origin: string) => Promise<T>): Promise<T> => body(preview.origin);

/** Every file of the build that is text. */
function textFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => /\.(html|xml|json|csv|ris|bib|txt|js|css|svg)$|_headers$/.test(file))
    .map((file) => join(dir, file));
}

describe(`a build for ${PUBLIC}`, () => {
  it('publishes no file that says localhost', () => {
    const leaking = textFiles(outDir).filter((file) => readFileSync(file, 'utf8').includes('localhost'));
    expect(leaking).toEqual([]);
    expect(readFileSync(join(outDir, 'cases/baotou/index.html'), 'utf8')).toContain(`${PUBLIC}/cases/baotou/`);
  });

  it('warns of the gone source, naming the case and what to do, and still builds', () => {
    const warnings = output.split('\n').filter((line) => line.includes('source.url:'));
    expect(warnings).toEqual([expect.stringMatching(/guangchang-county\.mdx: source\.url: gone \(HTTP 404, checked 2026-11-21\): find /)]);
  });

  it('prints every case with the public address and a QR code that decodes to it', async () => {
    await onSite(async (origin) => {
      const page = await browser.newPage();
      for (const slug of ['baotou', 'fangzi-district', 'guangchang-county', 'state-grid-hunan', 'archived-copy']) {
        await page.goto(`${origin}/cases/${slug}/`);
        const pdf = join(scratch, `${slug}.pdf`);
        await page.pdf({ path: pdf, format: 'A4' });
        const text = pdfPageTexts(pdf).join('\n').replace(/\s+/g, '');
        expect(text, slug).toContain(`${PUBLIC}/cases/${slug}/`);
        // The first page as paper shows it, and the QR code found on it.
        execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, join(scratch, slug)]);
        const png = PNG.sync.read(readFileSync(join(scratch, `${slug}.png`)));
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, slug).toBe(`${PUBLIC}/cases/${slug}/`);
      }
      await page.close();
    });
  }, 300_000);
});

describe('what a case says about its source’s link, on screen and on paper', () => {
  const states = [
    { slug: 'baotou', name: 'checked and answering', says: 'Link checked 20 November 2026.' },
    { slug: 'guangchang-county', name: 'gone', says: 'The original page no longer answers (checked 21 November 2026: not found, HTTP 404).' },
    { slug: 'state-grid-hunan', name: 'never checked', says: undefined },
    { slug: 'archived-copy', name: 'with an archived snapshot', says: undefined },
  ];
  const read = async (page: Page) => ({
    screen: (await page.locator('.case-meta').innerText()).replace(/\s+/g, ' '),
    check: await page.locator('.case-meta .source-check').count(),
  });

  for (const { slug, name, says } of states) {
    it(`${name} (${slug})`, async () => {
      await onSite(async (origin) => {
        const context = await browser.newContext(); // axe needs a page of a context of its own
        const page = await context.newPage();
        await page.goto(`${origin}/cases/${slug}/`);
        const { screen, check } = await read(page);
        const source = slug === 'archived-copy' ? urlOf('state-grid-hunan') : urlOf(slug);
        // The original address stays, with a search of the archive for it, labelled as a search.
        await expect.poll(() => page.locator('.case-meta a.external', { hasText: 'Read the original report' }).getAttribute('href')).toBe(source);
        expect(await page.locator('.case-meta a.external', { hasText: 'Search the Internet Archive' }).getAttribute('href')).toBe(archiveLookupUrl(source));
        if (says) expect(screen).toContain(says);
        else expect(check, 'a source never checked says nothing of its link').toBe(0);
        const archived = page.locator('.case-meta a.external', { hasText: 'Archived copy' });
        if (slug === 'archived-copy') expect(await archived.getAttribute('href')).toBe(SNAPSHOT);
        else expect(await archived.count()).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        await page.emulateMedia({ media: 'print' });
        const paper = (await page.locator('.print-sheet').innerText()).replace(/\s+/g, ' ');
        expect(paper).toContain(source);
        if (says) expect(paper).toContain(says);
        else expect(paper).not.toMatch(/Link checked|no longer answers/);
        if (slug === 'archived-copy') {
          expect(paper).toContain(`Archived copy ${SNAPSHOT}`);
          // The citations' original-report entry offers it too.
          expect(await page.locator('#citation-apa').textContent()).toContain(`Archived at ${SNAPSHOT}`);
        }
        await context.close();
      });
    }, 180_000);
  }
});
