/**
 * `npm run bench`: the performance report of issue 6. Not part of `npm test`:
 * timings depend on the machine, so they are reported, not asserted.
 *
 *   npm run bench                          # this site, then 100, 1,000 and 10,000 cases
 *   npm run bench -- --sizes 100,1000      # shorter
 *   npm run bench -- --sizes none          # this site only
 *   npm run bench -- --no-site             # scale only
 *
 * Prints a Markdown report and writes it as JSON to bench/results/latest.json.
 * Every build is `astro build` (what `npm run build` runs) into a scratch folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { recordTransfers, summarise, weighPage, type PageWeight } from '../tests/support/page-weight.ts';
import { generateCases } from './generate-cases.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const PORT = Number(process.env.E2E_PORT ?? 4334);
const ORIGIN = `http://localhost:${PORT}`;
const RESULTS = join(ROOT, 'bench/results/latest.json');

/** Words and phrases a reader of these cases would search for; ≥ 50, so the median means something. */
const QUERIES = [
  'party', 'party members', 'community', 'service', 'services', 'volunteer', 'volunteer teams', 'rural',
  'village', 'village party branches', 'delivery riders', 'couriers', 'courier companies', 'platform',
  'ride-hailing', 'drivers', 'state-owned', 'enterprise', 'power grid', 'pioneer', 'pioneer teams',
  'front line', 'training', 'skills training', 'elderly', 'canteens', 'hairdressing', 'legal advice',
  'night schools', 'post stations', 'warm homes', 'patrol', 'mechanism', 'dual reporting', 'evaluation',
  'points-based', 'list management', 'positive and negative list', 'governance', 'residents',
  'households', 'organizations', 'social organizations', 'cohesion', 'exemplary role', 'masses',
  'young people', 'rural revitalization', 'emergency response', 'production', 'charging points',
  'drinking water', 'health therapy', 'service stations', 'street', 'committee', 'secretaries',
  'township', 'department', 'industry associations',
];
const FIRST_QUERY = 'party';
/** Results whose fragments a search page would show first. */
const RESULTS_SHOWN = 10;

interface Options {
  sizes: number[];
  site: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [100, 1_000, 10_000], site: true };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--sizes') {
      const value = argv[++i] ?? '';
      options.sizes = value === 'none' ? [] : value.split(',').map((size) => Number(size.replace(/_/g, '')));
      if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: whole numbers, comma-separated (got "${value}")`);
    } else if (argv[i] === '--no-site') {
      options.site = false;
    } else {
      throw new Error(`unknown option ${argv[i]} (use --sizes 100,1000 | --sizes none | --no-site)`);
    }
  }
  return options;
}

// ---------------------------------------------------------------- processes

interface Run {
  wallMs: number;
  /** Peak resident memory of the largest process of the run (GNU time's %M). */
  peakRssMb: number;
  output: string;
}

/** Runs a command under GNU time for wall time and peak memory; throws with its output on failure. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const peakKb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
      rmSync(timeFile, { force: true });
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
      else resolve({ wallMs, peakRssMb: peakKb / 1024, output });
    });
  });
}

/** `astro build` of `casesDir` into `outDir`, plus Pagefind when the build wrote no index. */
async function build(casesDir: string | undefined, outDir: string) {
  rmSync(outDir, { recursive: true, force: true });
  // Every build starts cold, as on a fresh checkout: Astro's cached data store holds
  // the previous build's cases (maybe another folder's) and would change the work done.
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  const env: Record<string, string> = { OUT_DIR: outDir, ...(casesDir && { CASES_DIR: casesDir }) };
  const astro = await run(join(BIN, 'astro'), ['build'], env);
  let pagefind: Run | undefined;
  if (!existsSync(join(outDir, 'pagefind'))) {
    // Until the search branch is merged, `npm run build` writes no index: the bench adds it.
    pagefind = await run(join(BIN, 'pagefind'), ['--site', outDir]);
  }
  return {
    wallMs: astro.wallMs + (pagefind?.wallMs ?? 0),
    astroMs: astro.wallMs,
    pagefindMs: pagefind?.wallMs,
    indexBuiltByBench: Boolean(pagefind),
    peakRssMb: Math.max(astro.peakRssMb, pagefind?.peakRssMb ?? 0),
  };
}

async function withPreview<T>(outDir: string, body: () => Promise<T>): Promise<T> {
  const server = spawn(join(BIN, 'astro'), ['preview', '--port', String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ready = await fetch(`${ORIGIN}/`).then((response) => response.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`astro preview did not answer on port ${PORT}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await body();
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('close', resolve));
  }
}

// ---------------------------------------------------------------- measurements

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function folderSize(folder: string): { files: number; bytes: number } {
  if (!existsSync(folder)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The first case page in chapter order, read from the build's own data file. */
function firstCasePath(outDir: string): string {
  const { cases } = JSON.parse(readFileSync(join(outDir, 'cases.json'), 'utf8')) as { cases: { url: string }[] };
  return cases[0].url;
}

interface SearchFigures {
  /** Page the searches ran on. */
  page: string;
  firstSearchBytes: number;
  firstSearchFiles: number;
  medianQueryMs: number;
  queries: number;
}

/**
 * Pagefind's own JS API, as the search page uses it: the first search's bytes
 * (script, WebAssembly, index chunks, the fragments of the results shown), then
 * each query once to warm the index, then each query timed.
 */
async function measureSearch(browser: Browser): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const hasSearchPage = (await page.request.get(`${ORIGIN}/search/`)).ok();
  const path = hasSearchPage ? '/search/' : '/';
  await page.goto(`${ORIGIN}${path}`);
  const recorder = recordTransfers(page, ORIGIN);
  // Runs in the page: loads Pagefind as the search page does, searches, fetches the shown results.
  const searchInPage = ({ queries, shown }: { queries: string[]; shown: number }) => {
    const script = '/pagefind/pagefind.js';
    const loading = import(/* @vite-ignore */ script) as Promise<{
      search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
    }>;
    return loading.then(async (pagefind) => {
      const times: number[] = [];
      for (const query of queries) {
        const started = performance.now();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        times.push(performance.now() - started);
      }
      return times;
    });
  };
  await page.evaluate(searchInPage, { queries: [FIRST_QUERY], shown: RESULTS_SHOWN });
  await recorder.idle();
  const first = summarise('first search', recorder.transfers(), 0);
  await page.evaluate(searchInPage, { queries: QUERIES, shown: RESULTS_SHOWN }); // warm-up
  const timings = await page.evaluate(searchInPage, { queries: QUERIES, shown: RESULTS_SHOWN });
  await context.close();
  return {
    page: path,
    firstSearchBytes: first.total,
    firstSearchFiles: first.transfers.length,
    medianQueryMs: median(timings),
    queries: timings.length,
  };
}

async function weighPages(browser: Browser, paths: Record<string, string>): Promise<Record<string, PageWeight | null>> {
  const weights: Record<string, PageWeight | null> = {};
  for (const [type, path] of Object.entries(paths)) {
    const context = await browser.newContext({ baseURL: ORIGIN });
    const missing = (await context.request.get(path)).status() === 404; // e.g. /search/ before the search branch
    weights[type] = missing ? null : await weighPage(await context.newPage(), ORIGIN, path);
    await context.close();
  }
  return weights;
}

interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse, mobile (its default), in the system Chromium; the median of three runs for each figure. */
async function runLighthouse(path: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(`${ORIGIN}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        url: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  const pickMedian = (key: keyof Omit<LighthouseFigures, 'url'>) => median(results.map((result) => result[key]));
  return {
    url: path,
    performance: pickMedian('performance'),
    accessibility: pickMedian('accessibility'),
    bestPractices: pickMedian('bestPractices'),
    seo: pickMedian('seo'),
    lcpMs: pickMedian('lcpMs'),
    tbtMs: pickMedian('tbtMs'),
    cls: pickMedian('cls'),
  };
}

// ---------------------------------------------------------------- the two parts

async function benchSite(browser: Browser, scratch: string) {
  const outDir = join(scratch, 'site');
  const builds: Awaited<ReturnType<typeof build>>[] = [];
  for (let i = 0; i < 3; i += 1) {
    builds.push(await build(undefined, outDir));
    log(`site build ${i + 1}/3: ${(builds.at(-1)!.wallMs / 1000).toFixed(1)} s`);
  }
  const casePath = firstCasePath(outDir);
  return withPreview(outDir, async () => {
    const pages = await weighPages(browser, {
      home: '/',
      category: '/categories/urban/',
      case: casePath,
      about: '/about/',
      search: '/search/',
    });
    const search = await measureSearch(browser);
    log('Lighthouse …');
    const lighthousePaths = ['/', casePath, ...(pages.search ? [`/search/?q=${FIRST_QUERY}`] : [])];
    const lighthouseResults: LighthouseFigures[] = [];
    for (const path of lighthousePaths) lighthouseResults.push(await runLighthouse(path));
    return {
      buildMs: median(builds.map((b) => b.wallMs)),
      buildRuns: builds.map((b) => Math.round(b.wallMs)),
      indexBuiltByBench: builds[0].indexBuiltByBench,
      pages: Object.fromEntries(Object.entries(pages).map(([type, weight]) => [type, weight && { path: weight.path, bytes: weight.total, js: weight.js }])),
      search,
      lighthouse: lighthouseResults,
      dist: folderSize(outDir),
      pagefind: folderSize(join(outDir, 'pagefind')),
    };
  });
}

async function benchScale(browser: Browser, scratch: string, count: number) {
  const casesDir = join(scratch, `cases-${count}`);
  const outDir = join(scratch, `dist-${count}`);
  generateCases(casesDir, count);
  log(`${count} cases: building …`);
  const result = await build(casesDir, outDir);
  log(`${count} cases: built in ${(result.wallMs / 1000).toFixed(1)} s`);
  const figures = await withPreview(outDir, async () => {
    const casePath = firstCasePath(outDir);
    const pages = await weighPages(browser, { home: '/', category: '/categories/urban/', case: casePath, about: '/about/' });
    return { pages, search: await measureSearch(browser) };
  });
  const scaleResult = {
    cases: count,
    wallMs: Math.round(result.wallMs),
    astroMs: Math.round(result.astroMs),
    pagefindMs: result.pagefindMs && Math.round(result.pagefindMs),
    indexBuiltByBench: result.indexBuiltByBench,
    msPerCase: result.wallMs / count,
    peakRssMb: Math.round(result.peakRssMb),
    dist: folderSize(outDir),
    pagefind: folderSize(join(outDir, 'pagefind')),
    pages: Object.fromEntries(Object.entries(figures.pages).map(([type, weight]) => [type, weight && weight.total])),
    search: figures.search,
  };
  rmSync(outDir, { recursive: true, force: true });
  rmSync(casesDir, { recursive: true, force: true });
  return scaleResult;
}

// ---------------------------------------------------------------- report

const log = (message: string) => console.error(`[bench] ${message}`);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type SiteResult = Awaited<ReturnType<typeof benchSite>>;
type ScaleResult = Awaited<ReturnType<typeof benchScale>>;

function report(site: SiteResult | undefined, scale: ScaleResult[], machine: string): string {
  const lines: string[] = [`# Benchmark (${new Date().toISOString()})`, '', machine, ''];
  if (site) {
    lines.push('## This site', '');
    lines.push(`Build: ${s(site.buildMs)} (median of ${site.buildRuns.map(s).join(', ')})${site.indexBuiltByBench ? '; the build wrote no search index, so the bench ran Pagefind after it (included)' : ''}.`);
    lines.push(`dist/: ${site.dist.files} files, ${kB(site.dist.bytes)}; dist/pagefind/: ${site.pagefind.files} files, ${kB(site.pagefind.bytes)}.`, '');
    lines.push('| page | path | bytes (gzip 9, all it loads) | of which JS |', '| --- | --- | ---: | ---: |');
    for (const [type, page] of Object.entries(site.pages)) {
      lines.push(page ? `| ${type} | ${page.path} | ${kB(page.bytes)} | ${kB(page.js)} |` : `| ${type} | – | not in this build | |`);
    }
    lines.push('', `First search ("${FIRST_QUERY}", top ${RESULTS_SHOWN} results, on ${site.search.page}): ${kB(site.search.firstSearchBytes)} in ${site.search.firstSearchFiles} files; median query ${site.search.medianQueryMs.toFixed(1)} ms over ${site.search.queries} queries.`, '');
    lines.push('Lighthouse (mobile, median of 3):', '', '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of site.lighthouse) {
      lines.push(`| ${row.url} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.lcpMs)} ms | ${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} |`);
    }
    if (!site.pages.search) lines.push('', 'No /search/ page in this build: Lighthouse for /search/?q=… skipped.');
    lines.push('');
  }
  if (scale.length > 0) {
    lines.push('## Scale (synthetic cases, seed 1)', '');
    lines.push('| cases | build | ms/case | peak memory | dist/ | dist/pagefind/ | home | category | case | about | first search | median query |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of scale) {
      const page = (bytes: number | null | undefined) => (bytes ? kB(bytes) : '–');
      lines.push(
        `| ${row.cases.toLocaleString('en-US')} | ${s(row.wallMs)}${row.pagefindMs ? ` (astro ${s(row.astroMs)} + pagefind ${s(row.pagefindMs)})` : ''} | ${row.msPerCase.toFixed(1)} | ${row.peakRssMb} MB | ${row.dist.files} files, ${MB(row.dist.bytes)} | ${row.pagefind.files} files, ${MB(row.pagefind.bytes)} | ${page(row.pages.home)} | ${page(row.pages.category)} | ${page(row.pages.case)} | ${page(row.pages.about)} | ${kB(row.search.firstSearchBytes)} | ${row.search.medianQueryMs.toFixed(1)} ms |`,
      );
    }
    lines.push('', 'Goals: ms/case at 10,000 ≤ 1.2 × at 1,000; < 20 ms/case at 10,000; first search at 10,000 < 300 kB; median query < 50 ms.');
    const at = (count: number) => scale.find((row) => row.cases === count);
    const [thousand, tenThousand] = [at(1_000), at(10_000)];
    if (thousand && tenThousand) {
      lines.push(`Measured: ms/case ratio 10,000 : 1,000 = ${(tenThousand.msPerCase / thousand.msPerCase).toFixed(2)}; ${tenThousand.msPerCase.toFixed(1)} ms/case at 10,000; first search ${kB(tenThousand.search.firstSearchBytes)}; median query ${tenThousand.search.medianQueryMs.toFixed(1)} ms.`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${loadavg().map((load) => load.toFixed(1)).join(' ')}.`;
  try {
    const site = options.site ? await benchSite(browser, scratch) : undefined;
    const scale: ScaleResult[] = [];
    for (const count of options.sizes) scale.push(await benchScale(browser, scratch, count));
    const markdown = report(site, scale, machine);
    console.log(markdown);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), machine, site, scale }, null, 2)}\n`);
    log(`written to ${RESULTS}`);
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
