/** Publishing builds as `SITE_URL=https://… npm run build` makes them: two at once, then what the first published. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveLookupUrl } from '../../src/lib/site/urls.ts';
import { astroBuild } from '../support/astro-build';
import { axeViolations } from '../support/axe';
import { CASES_DIR, readContentFiles } from '../support/content';
import { folderSnapshot } from '../support/folder-snapshot';
import { pdfPageTexts } from '../support/pdf';
import { scratchForFile } from '../support/scratch';
import { serveBuilds } from '../support/served-build';

const PUBLIC = 'https://cases.example.org';
const SNAPSHOT = 'https://web.archive.org/web/20250601000000/https://www.hunantoday.cn/news/xhn/202410/20913102.html';
const scratch = scratchForFile('public-build-');
const casesDir = join(scratch, 'cases');
/** The first build's folder, which the tests below open, and its twin's. */
const [outDir, twinDir] = [join(scratch, 'a/dist'), join(scratch, 'b/dist')];
/** The first build's network calls, every process of it (Astro's, Pagefind's) included. */
const trace = join(scratch, 'network.strace');
let runs: { status: number | null; output: string }[] = [];

const real = readContentFiles();
const urlOf = (slug: string) => real.find((c) => c.slug === slug)!.data.source.url as string;

/** A file's text, unpacked when it is gzip-compressed (Pagefind's index and WebAssembly). */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

beforeAll(async () => {
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
  const env = { SITE_URL: PUBLIC, SOURCE_CHECKS: checks, BUILD_DATE: '2026-12-01' };
  // As most systems set it: a web server running as another user can read what the build writes.
  process.umask(0o022);
  const traced = { prefix: ['strace', '--follow-forks', '--seccomp-bpf', '--trace=network', `--output=${trace}`] };
  runs = await Promise.all([astroBuild(casesDir, outDir, env, traced), astroBuild(casesDir, twinDir, env)]);
  for (const run of runs) expect(run.status, run.output).toBe(0);
}, 600_000);

describe('two publishing builds started at once', () => {
  it('both finish (above), one after the other, the second saying for which it waits', () => {
    const all = runs.map((run) => run.output).join('\n');
    // The second may find the first's lock before the first has said who it is.
    expect(all).toMatch(/^Another build is running in this checkout \((`npm run build[^`]*`, pid \d+, since [^)]+|a build)\); waiting for it to finish/m);
    for (const run of runs) expect(run.output).toContain(`Building for ${PUBLIC}/.`);
  });

  it('asked the network for nothing: no Internet socket, no name lookup', () => {
    const calls = readFileSync(trace, 'utf8');
    // The trace saw the build: its own channel to the process that runs Astro.
    expect(calls).toContain('socketpair(AF_UNIX');
    expect(calls.split('\n').filter((line) => /socket\(AF_INET6?,|nscd/.test(line))).toEqual([]);
  });

  it('wrote folders 755 and files 644 under umask 022', () => {
    const modes = new Set([outDir, ...readdirSync(outDir, { recursive: true }).map((path) => join(outDir, String(path)))].map((path) => {
      const stat = statSync(path);
      return `${stat.isDirectory() ? 'folder' : 'file'} ${(stat.mode & 0o777).toString(8)}`;
    }));
    expect([...modes].sort()).toEqual(['file 644', 'folder 755']);
  });

  it('are byte-identical, _headers included', () => {
    const [a, b] = [folderSnapshot(outDir), folderSnapshot(twinDir)];
    // Modification times differ by nature; the bytes may not.
    const content = (snapshot: Record<string, string>) =>
      Object.fromEntries(Object.entries(snapshot).map(([path, entry]) => [path, entry.replace(/^(file \d+ \d+) [\d.]+ /, '$1 ')]));
    expect(Object.keys(a)).toContain('_headers');
    const differing = Object.keys({ ...a, ...b }).filter((path) => content(a)[path] !== content(b)[path]);
    // Nothing may: the build date, the only input that changes from day to day, is fixed here.
    expect(differing).toEqual([]);
  });
});

// One server and one browser for every test that opens the build.
const site = serveBuilds(() => [outDir]);

describe(`a build for ${PUBLIC}`, () => {
  it('says localhost in no file, compressed ones included, and gives the public address', () => {
    const files = (readdirSync(outDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(40);
    const local = files.filter((file) => /localhost|127\.0\.0\.1/.test(textOf(file)));
    expect(local.map((file) => file.slice(outDir.length + 1))).toEqual([]);
    expect(textOf(join(outDir, 'cases/baotou/index.html'))).toContain(`<link rel="canonical" href="${PUBLIC}/cases/baotou/"`);
    expect(textOf(join(outDir, 'sitemap-0.xml'))).toContain(`<loc>${PUBLIC}/cases/baotou/</loc>`);
  });

  it('warns of the gone source, naming the case and what to do, and still builds', () => {
    const warnings = runs[0].output.split('\n').filter((line) => line.includes('source.url:'));
    expect(warnings).toEqual([expect.stringMatching(/guangchang-county\.mdx: source\.url: gone \(HTTP 404, checked 2026-11-21\): find /)]);
  });

  it('prints every case with the public address and a QR code that decodes to it', async () => {
    const origin = site.origins[0];
    const page = await site.browser.newPage();
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
      const origin = site.origins[0];
      const context = await site.browser.newContext(); // axe needs a page of a context of its own
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
        // The cite section says where the report's copy is kept, beside its entries.
        expect(await page.locator('#citation-apa').textContent()).toContain(`Archived copy: ${SNAPSHOT}`);
      }
      await context.close();
    }, 180_000);
  }
});
