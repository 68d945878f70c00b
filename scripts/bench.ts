/**
 * `npm run bench`: the performance report. Not part of `npm test`:
 * timings depend on the machine, so they are reported, not asserted.
 *
 *   npm run bench                          # this site, then 100, 1,000 and 10,000 cases
 *   npm run bench -- --sizes 100,1000      # shorter
 *   npm run bench -- --sizes none          # this site only
 *   npm run bench -- --no-site             # scale only
 *
 * Prints a Markdown report and writes it as JSON to bench/results/latest.json.
 * Every build is `astro build` (what `npm run build` runs, in a process of its own) into a scratch folder, for the local address.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../src/lib/format/numbers.ts';
import { CATEGORIES } from '../src/lib/site/categories.ts';
import { RESULTS_PER_PAGE } from '../src/lib/search/state.ts';
import { THEMES } from '../src/lib/site/themes.ts';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { aboutUrl, categoryUrl, compareUrl, glossaryUrl, homeUrl, searchUrl, themesUrl, themeUrl } from '../src/lib/site/urls.ts';
import { writeBarePages, type BareTexts } from './bare-pages.ts';
import { buildPhases } from './build-phases.ts';
import { generateCases, type GeneratedCase } from './generate-cases.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { measureFirstSearch, measureTypedSearch, TYPING_DELAY_MS } from './lib/first-search.ts';
import { recordTransfers, sumWire, weighPage, type PageWeight } from './lib/page-weight.ts';
import { withPreview, withPreviews } from './lib/preview.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
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
/**
 * First searches, from a word in every case ("party") to phrases few cases use: what a
 * first search fetches depends on how many cases hold the word, so one word says little.
 */
const FIRST_SEARCHES = ['party', 'community', 'delivery riders', 'legal advice', 'night schools', 'charging points', 'dual reporting'];
/**
 * The fixed reference at 4 cases: Starlight's example site's first search for "party", on the
 * same Pagefind, measured once the way this bench measures (README, "Performance").
 */
const STARLIGHT_REFERENCE = { bytes: 87_600, requests: 8, measured: '2026-11-27', pagefind: '1.6.0' };
/** Builds at this many cases or more are repeated (`--repeat`), for a median. */
const REPEAT_FROM = 10_000;
/** The search Lighthouse loads. */
const LIGHTHOUSE_QUERY = 'party';

interface Options {
  sizes: number[];
  site: boolean;
  lighthouse: boolean;
  /** Builds of this site, and at REPEAT_FROM cases or more, for their median. */
  repeat: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [4, 1_000, 10_000], site: true, lighthouse: true, repeat: 3 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--sizes') {
      const value = argv[++i] ?? '';
      options.sizes = value === 'none' ? [] : value.split(',').map((size) => Number(size.replace(/_/g, '')));
      if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes: whole numbers, comma-separated (got "${value}")`);
    } else if (argv[i] === '--no-site') {
      options.site = false;
    } else if (argv[i] === '--no-lighthouse') {
      options.lighthouse = false;
    } else if (argv[i] === '--repeat') {
      options.repeat = Number(argv[++i]);
      if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new Error('--repeat: a whole number ≥ 1');
    } else {
      throw new Error(`unknown option ${argv[i]} (use --sizes 4,1000 | --sizes none | --no-site | --no-lighthouse | --repeat 3)`);
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

/** `astro build` of `casesDir` into `outDir`; the build writes the search index too. */
async function build(casesDir: string | undefined, outDir: string): Promise<Run> {
  rmSync(outDir, { recursive: true, force: true });
  // Every build starts cold, as on a fresh checkout: Astro's cached data store holds
  // the previous build's cases (maybe another folder's) and would change the work done.
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  // For this machine's address, on purpose: the bench serves what it builds locally.
  const env: Record<string, string> = { OUT_DIR: outDir, SITE_LOCAL: '1', ...(casesDir && { CASES_DIR: casesDir }) };
  const result = await run(join(BIN, 'astro'), ['build'], env);
  if (!existsSync(join(outDir, 'pagefind/pagefind.js'))) throw new Error(`the build wrote no search index into ${outDir}`);
  return result;
}

// ---------------------------------------------------------------- measurements

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

interface FirstSearchFigures {
  query: string;
  results: number;
  bytes: number;
  files: number;
  /** From opening `/search/?q=…` to the results on screen (the site's search page only). */
  ms?: number;
  /** The same query typed into `/search/` a key at a time (the site's search page only). */
  typed?: { bytes: number; files: number; ms: number };
}

interface SearchFigures {
  /** Each of FIRST_SEARCHES, in a fresh browser context. */
  firstSearches: FirstSearchFigures[];
  /** Median and largest bytes of those first searches. */
  firstSearchMedianBytes: number;
  firstSearchMaxBytes: number;
  typedMedianBytes?: number;
  typedMaxBytes?: number;
  medianQueryMs: number;
  queries: number;
}

/**
 * Runs in the page: loads Pagefind as the search page does, then runs each query and
 * fetches the fragments of the results a page of results shows. Returns, per query,
 * how many pages matched and how long that took.
 */
const searchInPage = async ({ queries, shown }: { queries: string[]; shown: number }) => {
  const script = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ script)) as {
    options: (options: { noWorker: boolean }) => Promise<void>;
    search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  };
  // As the search page runs it: on the main thread where the build marked it so (src/lib/search/engine.ts).
  await pagefind.options({ noWorker: document.querySelector('[data-search-main-thread]') !== null });
  const timed: { results: number; ms: number }[] = [];
  for (const query of queries) {
    const started = performance.now();
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    timed.push({ results: search.results.length, ms: performance.now() - started });
  }
  return timed;
};

/** Each query's time on the index of the page at `origin` + `path`: each of QUERIES once to warm it, then each timed. */
async function timeQueries(browser: Browser, origin: string, path: string): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.evaluate(searchInPage, { queries: QUERIES, shown: RESULTS_PER_PAGE });
    const timed = await page.evaluate(searchInPage, { queries: QUERIES, shown: RESULTS_PER_PAGE });
    return timed.map((query) => query.ms);
  } finally {
    await context.close();
  }
}

/** Rounds of query timing when indexes are compared: each round times every index once. */
const QUERY_ROUNDS = 4;

type QueryTimes = Pick<SearchFigures, 'medianQueryMs' | 'queries'>;

/**
 * The median query time of each index (a page to open, at its origin), timed in turns:
 * QUERY_ROUNDS rounds, each timing every index once, in an order that alternates, so that a
 * busier moment of the machine (a build's files still being written out, another process)
 * falls on all of them alike instead of on whichever ran then. Timed one after the other,
 * the same two indexes differed by 20 % one way or the other from run to run.
 */
async function timeQueriesInTurns(browser: Browser, indexes: readonly { origin: string; path: string }[]): Promise<QueryTimes[]> {
  const times = indexes.map((): number[] => []);
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    const order = indexes.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) times[index].push(...(await timeQueries(browser, indexes[index].origin, indexes[index].path)));
  }
  return times.map((all) => ({ medianQueryMs: median(all), queries: all.length }));
}

function searchFigures(firstSearches: FirstSearchFigures[], queryTimes: QueryTimes): SearchFigures {
  const bytes = firstSearches.map((first) => first.bytes);
  const typed = firstSearches.flatMap((first) => (first.typed ? [first.typed.bytes] : []));
  return {
    firstSearches,
    firstSearchMedianBytes: median(bytes),
    firstSearchMaxBytes: Math.max(...bytes),
    ...(typed.length > 0 && { typedMedianBytes: median(typed), typedMaxBytes: Math.max(...typed) }),
    ...queryTimes,
  };
}

/** The site's first searches, through the search page itself. */
async function measureFirstSearches(browser: Browser, origin: string): Promise<FirstSearchFigures[]> {
  const firstSearches: FirstSearchFigures[] = [];
  for (const query of FIRST_SEARCHES) {
    const { search, results, ms } = await measureFirstSearch(browser, origin, query);
    const typed = await measureTypedSearch(browser, origin, query);
    firstSearches.push({
      query,
      results,
      bytes: search.total,
      files: search.transfers.length,
      ms,
      typed: { bytes: typed.search.total, files: typed.search.transfers.length, ms: typed.ms },
    });
  }
  return firstSearches;
}

/**
 * Pagefind alone (see scripts/bare-pages.ts): the same first searches through its JS API on
 * an empty page, counting everything the search fetches.
 */
async function measureBareFirstSearches(browser: Browser, origin: string): Promise<FirstSearchFigures[]> {
  const firstSearches: FirstSearchFigures[] = [];
  for (const query of FIRST_SEARCHES) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const recorder = recordTransfers(page, origin);
      const [{ results }] = await page.evaluate(searchInPage, { queries: [query], shown: RESULTS_PER_PAGE });
      await recorder.idle();
      const transfers = recorder.transfers();
      firstSearches.push({ query, results, bytes: sumWire(transfers), files: transfers.length });
    } finally {
      await context.close();
    }
  }
  return firstSearches;
}

async function weighPages(browser: Browser, origin: string, paths: Record<string, string>): Promise<Record<string, PageWeight>> {
  const weights: Record<string, PageWeight> = {};
  for (const [type, path] of Object.entries(paths)) {
    const context = await browser.newContext({ baseURL: origin });
    weights[type] = await weighPage(await context.newPage(), origin, path);
    await context.close();
  }
  return weights;
}

/** One page of each type; every type but the case page lists cases, so its size may grow with them. */
const pageTypes = (casePath: string): Record<string, string> => ({
  home: homeUrl(),
  category: categoryUrl(CATEGORIES[0].id),
  case: casePath,
  about: aboutUrl(),
  search: searchUrl(),
  compare: compareUrl(),
  themes: themesUrl(),
  theme: themeUrl(THEMES[0].id),
  glossary: glossaryUrl(),
});

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
async function runLighthouse(origin: string, path: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium({ shell: false }),
      chromeFlags: ['--headless', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
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

async function benchSite(browser: Browser, scratch: string, withLighthouse: boolean, repeat: number) {
  const outDir = join(scratch, 'site');
  const builds: Run[] = [];
  for (let i = 0; i < repeat; i += 1) {
    builds.push(await build(undefined, outDir));
    log(`site build ${i + 1}/${repeat}: ${s(builds.at(-1)!.wallMs)}`);
  }
  const casePath = firstCasePath(outDir);
  return withPreview(outDir, async (origin) => {
    const pages = await weighPages(browser, origin, pageTypes(casePath));
    const firstSearches = await measureFirstSearches(browser, origin);
    const [queryTimes] = await timeQueriesInTurns(browser, [{ origin, path: searchUrl() }]);
    const search = searchFigures(firstSearches, queryTimes);
    const lighthouse: LighthouseFigures[] = [];
    if (withLighthouse) {
      log('Lighthouse …');
      for (const path of [homeUrl(), casePath, searchUrl(LIGHTHOUSE_QUERY)]) lighthouse.push(await runLighthouse(origin, path));
    }
    return {
      buildMs: median(builds.map((b) => b.wallMs)),
      buildRuns: builds.map((b) => Math.round(b.wallMs)),
      peakRssMb: Math.round(Math.max(...builds.map((b) => b.peakRssMb))),
      pages: Object.fromEntries(Object.entries(pages).map(([type, weight]) => [type, { path: weight.path, bytes: weight.total, js: weight.js }])),
      search,
      lighthouse,
      dist: folderSize(outDir),
      pagefind: folderSize(join(outDir, 'pagefind')),
    };
  });
}

/**
 * Pagefind alone (scripts/bare-pages.ts) on the texts the site's index holds, or on the case
 * texts only, written to `outDir`: its index time and its first searches.
 */
async function benchPagefindAlone(browser: Browser, cases: GeneratedCase[], outDir: string, texts: BareTexts) {
  const pages = writeBarePages(cases, outDir, texts);
  // The same run as the build's own index step, so the two differ only in the pages.
  const started = performance.now();
  const { pageCount } = await writeSearchIndex(outDir);
  const indexMs = Math.round(performance.now() - started);
  if (pageCount !== pages) throw new Error(`Pagefind indexed ${pageCount} bare pages, not ${pages}`);
  const firstSearches = await withPreview(outDir, (origin) => measureBareFirstSearches(browser, origin));
  return { indexMs, firstSearches };
}

/** How the build ran search: the index chunks' size and whether the search page uses the worker (from its log). */
function searchMode(output: string): { indexKb: number; worker: boolean } | undefined {
  const match = /([\d.]+) kB of index chunks, searched (in a worker|on the main thread)/.exec(output);
  return match ? { indexKb: Number(match[1]), worker: match[2] === 'in a worker' } : undefined;
}

async function benchScale(browser: Browser, scratch: string, count: number, repeat: number) {
  const casesDir = join(scratch, `cases-${count}`);
  const outDir = join(scratch, `dist-${count}`);
  const cases = generateCases(casesDir, count);
  const runs: Run[] = [];
  for (let i = 0; i < (count >= REPEAT_FROM ? repeat : 1); i += 1) {
    log(`${count} cases: building (${i + 1}) …`);
    runs.push(await build(casesDir, outDir));
    log(`${count} cases: built in ${s(runs.at(-1)!.wallMs)}`);
  }
  // The median build (of one, or of `repeat`) is the one reported; the last one is served.
  const result = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
  const figures = await withPreview(outDir, async (origin) => ({
    pages: await weighPages(browser, origin, pageTypes(firstCasePath(outDir))),
    firstSearches: await measureFirstSearches(browser, origin),
  }));
  log(`${count} cases: Pagefind alone …`);
  const aloneDir = join(scratch, `bare-${count}`);
  const alone = await benchPagefindAlone(browser, cases, aloneDir, 'indexed');
  log(`${count} cases: Pagefind alone, case texts only …`);
  const caseTextsDir = join(scratch, `bare-text-${count}`);
  const caseTexts = await benchPagefindAlone(browser, cases, caseTextsDir, 'case-text');
  log(`${count} cases: query time, the three indexes in turns …`);
  const [siteQueries, aloneQueries, caseTextsQueries] = await withPreviews([outDir, aloneDir, caseTextsDir], ([site, bare, caseTextsOnly]) =>
    timeQueriesInTurns(browser, [
      { origin: site, path: searchUrl() },
      { origin: bare, path: homeUrl() },
      { origin: caseTextsOnly, path: homeUrl() },
    ]),
  );
  const scaleResult = {
    cases: count,
    wallMs: Math.round(result.wallMs),
    buildRuns: runs.map((run) => Math.round(run.wallMs)),
    msPerCase: result.wallMs / count,
    phases: buildPhases(result.output),
    peakRssMb: Math.round(Math.max(...runs.map((run) => run.peakRssMb))),
    searchMode: searchMode(result.output),
    dist: folderSize(outDir),
    pagefind: folderSize(join(outDir, 'pagefind')),
    pages: Object.fromEntries(Object.entries(figures.pages).map(([type, weight]) => [type, weight.total])),
    search: searchFigures(figures.firstSearches, siteQueries),
    pagefindAlone: { indexMs: alone.indexMs, search: searchFigures(alone.firstSearches, aloneQueries) },
    caseTextsAlone: { indexMs: caseTexts.indexMs, search: searchFigures(caseTexts.firstSearches, caseTextsQueries) },
  };
  for (const dir of [outDir, aloneDir, caseTextsDir, casesDir]) rmSync(dir, { recursive: true, force: true });
  return scaleResult;
}

// ---------------------------------------------------------------- report

const percent = (site: number, alone: number) => `${site >= alone ? '+' : '−'}${Math.abs((site / alone - 1) * 100).toFixed(1)} %`;
/** A set of first searches as the report gives it: "375.0 kB (713.8 kB)", the median and the largest. */
const firstSearchBytes = (search: SearchFigures) => `${kB(search.firstSearchMedianBytes)} (${kB(search.firstSearchMaxBytes)})`;
/** The site's first searches against another index's: "+0.1 %, +1.0 %", the medians and the largest. */
const firstSearchVersus = (site: SearchFigures, other: SearchFigures) =>
  `${percent(site.firstSearchMedianBytes, other.firstSearchMedianBytes)}, ${percent(site.firstSearchMaxBytes, other.firstSearchMaxBytes)}`;

/** The issue's table: the site and Pagefind alone side by side, each size, with Starlight's fixed reference. */
function sideBySide(scale: ScaleResult[], site: SiteResult | undefined): string[] {
  const medianFiles = (search: SearchFigures) => median(search.firstSearches.map((first) => first.files));
  return [
    '',
    '### The site and Pagefind alone, side by side',
    '',
    'First searches: the median (largest) of the searches above, loaded as `/search/?q=…` and typed into `/search/`; requests: the median of the loaded ones.',
    '',
    '| cases | index chunks | worker | site, loaded | site, typed | requests | Pagefind alone | loaded vs alone (median, largest) | median query: site | alone | site vs alone | build ms a case | peak memory | Pagefind alone, case texts only | loaded vs case texts only |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scale.map(({ cases, search, pagefindAlone: { search: alone }, caseTextsAlone: { search: caseTexts }, searchMode: mode, msPerCase, peakRssMb }) =>
      [
        '',
        cases.toLocaleString('en-US'),
        mode ? `${mode.indexKb.toLocaleString('en-US')} kB` : '–',
        mode ? (mode.worker ? 'yes' : 'no') : '–',
        firstSearchBytes(search),
        search.typedMedianBytes === undefined ? '–' : `${kB(search.typedMedianBytes)} (${kB(search.typedMaxBytes!)})`,
        String(medianFiles(search)),
        firstSearchBytes(alone),
        firstSearchVersus(search, alone),
        `${search.medianQueryMs.toFixed(1)} ms`,
        `${alone.medianQueryMs.toFixed(1)} ms`,
        percent(search.medianQueryMs, alone.medianQueryMs),
        msPerCase.toFixed(1),
        `${peakRssMb} MB`,
        firstSearchBytes(caseTexts),
        firstSearchVersus(search, caseTexts),
        '',
      ].join(' | ').trim(),
    ),
    '',
    `Reference at 4 cases: Starlight's example site, first search for "party", ${kB(STARLIGHT_REFERENCE.bytes)} in ${STARLIGHT_REFERENCE.requests} requests ` +
      `(measured ${STARLIGHT_REFERENCE.measured}, Pagefind ${STARLIGHT_REFERENCE.pagefind}; fixed, not rebuilt by the bench).` +
      (site
        ? ` This site's four cases: "party" loaded ${kB(site.search.firstSearches[0].bytes)} in ${site.search.firstSearches[0].files} requests, ` +
          `median of all first searches ${kB(site.search.firstSearchMedianBytes)} (largest ${kB(site.search.firstSearchMaxBytes)}).`
        : ''),
    '',
  ];
}

const log = (message: string) => console.error(`[bench] ${message}`);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type SiteResult = Awaited<ReturnType<typeof benchSite>>;
type ScaleResult = Awaited<ReturnType<typeof benchScale>>;

/** The first searches and query time; beside them, when given, Pagefind alone on the same texts. */
function firstSearchTable(search: SearchFigures, alone?: SearchFigures): string[] {
  const aloneColumns = (index: number) => {
    const first = alone?.firstSearches[index];
    return first ? ` ${first.results.toLocaleString('en-US')} | ${kB(first.bytes)} |` : '';
  };
  return [
    `| first search, \`/search/?q=…\` | results | bytes | files | to results on screen | typed (${TYPING_DELAY_MS} ms a key): bytes | files | last key to results |${alone ? ' Pagefind alone: results | bytes |' : ''}`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${alone ? ' ---: | ---: |' : ''}`,
    ...search.firstSearches.map(
      (first, index) =>
        `| ${first.query} | ${first.results.toLocaleString('en-US')} | ${kB(first.bytes)} | ${first.files} | ${first.ms} ms | ` +
        `${first.typed ? `${kB(first.typed.bytes)} | ${first.typed.files} | ${first.typed.ms} ms` : '– | – | –'} |${aloneColumns(index)}`,
    ),
    '',
    `Median query (Pagefind's JS API, index warm, with the fragments of the first ${RESULTS_PER_PAGE} results): ${search.medianQueryMs.toFixed(1)} ms over ${search.queries} queries in ${QUERY_ROUNDS} rounds` +
      (alone ? `, timed in turns with Pagefind alone: ${alone.medianQueryMs.toFixed(1)} ms.` : '.'),
    '',
  ];
}

function report(site: SiteResult | undefined, scale: ScaleResult[], machine: string): string {
  const lines: string[] = [`# Benchmark (${new Date().toISOString()})`, '', machine, ''];
  if (site) {
    lines.push('## This site', '');
    lines.push(`Build: ${s(site.buildMs)} (median of ${site.buildRuns.map(s).join(', ')}); peak memory ${site.peakRssMb} MB.`);
    lines.push(`dist/: ${site.dist.files} files, ${kB(site.dist.bytes)}; dist/pagefind/: ${site.pagefind.files} files, ${kB(site.pagefind.bytes)}.`, '');
    lines.push('| page | path | bytes (gzip 9, all it loads) | of which JS |', '| --- | --- | ---: | ---: |');
    for (const [type, page] of Object.entries(site.pages)) lines.push(`| ${type} | ${page.path} | ${kB(page.bytes)} | ${kB(page.js)} |`);
    lines.push('', ...firstSearchTable(site.search));
    lines.push('Lighthouse (mobile, median of 3):', '', '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of site.lighthouse) {
      lines.push(`| ${row.url} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.lcpMs)} ms | ${Math.round(row.tbtMs)} ms | ${row.cls.toFixed(3)} |`);
    }
    lines.push('');
  }
  if (scale.length > 0) {
    const types = Object.keys(scale[0].pages);
    lines.push('## Scale (synthetic cases, seed 1)', '');
    lines.push('| cases | build | ms/case | peak memory | dist/ | dist/pagefind/ | first search, median (largest) | median query |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of scale) {
      lines.push(
        `| ${row.cases.toLocaleString('en-US')} | ${s(row.wallMs)} | ${row.msPerCase.toFixed(1)} | ${row.peakRssMb} MB | ${row.dist.files} files, ${MB(row.dist.bytes)} | ${row.pagefind.files} files, ${MB(row.pagefind.bytes)} | ${firstSearchBytes(row.search)} | ${row.search.medianQueryMs.toFixed(1)} ms |`,
      );
    }
    const phase = (ms: number | undefined) => (ms === undefined ? '–' : s(ms));
    lines.push(
      '',
      "Where each build's time went, by Astro's log: its phases add up to its own total, which leaves out starting Node and reading the config. The rest is mostly waiting for the search index; beside it, the time Pagefind alone takes to index the same texts.",
      '',
      '| cases | setup (content sync) | bundling (Vite) | rendering | the rest | Astro\'s total | Pagefind alone: index |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...scale.map(
        ({ cases, phases, pagefindAlone }) =>
          `| ${cases.toLocaleString('en-US')} | ${phase(phases?.setupMs)} | ${phase(phases?.bundleMs)} | ${phase(phases?.renderMs)} | ${phase(phases?.restMs)} | ${phase(phases?.totalMs)} | ${s(pagefindAlone.indexMs)} |`,
      ),
    );
    lines.push(
      '',
      "Pagefind alone: the texts the site's search index holds, as bare pages at the site's addresses (each case's title, subtitle and paragraphs; the glossary's terms and explanations, paged as /glossary/ pages them; no filters, sort, metadata, anchors or other pages), indexed by its command and searched through its JS API on an empty page: what Pagefind itself costs on these texts, with nothing of the site around them. Case texts only: the baseline before December 2026, each case's title and paragraphs, without the subtitles and the glossary the site also searches.",
      '',
      '| cases | first search, median (largest) | median query | case texts only: first search, median (largest) | median query |',
      '| ---: | ---: | ---: | ---: | ---: |',
      ...scale.map(
        ({ cases, pagefindAlone: { search }, caseTextsAlone: { search: caseTexts } }) =>
          `| ${cases.toLocaleString('en-US')} | ${firstSearchBytes(search)} | ${search.medianQueryMs.toFixed(1)} ms | ${firstSearchBytes(caseTexts)} | ${caseTexts.medianQueryMs.toFixed(1)} ms |`,
      ),
    );
    lines.push('', 'Page bytes (gzip 9, all it loads):', '', `| cases | ${types.join(' | ')} |`, `| ---: |${' ---: |'.repeat(types.length)}`);
    for (const row of scale) lines.push(`| ${row.cases.toLocaleString('en-US')} | ${types.map((type) => kB(row.pages[type])).join(' | ')} |`);
    for (const row of scale) lines.push('', `### First searches at ${row.cases.toLocaleString('en-US')} cases`, '', ...firstSearchTable(row.search, row.pagefindAlone.search));
    lines.push(...sideBySide(scale, site));
    const at = (count: number) => scale.find((row) => row.cases === count);
    const [thousand, tenThousand] = [at(1_000), at(10_000)];
    if (thousand && tenThousand) {
      lines.push(
        `Build: ${tenThousand.msPerCase.toFixed(1)} ms a case at 10,000 (median of ${tenThousand.buildRuns.map(s).join(', ')}); ` +
          `ratio 10,000 : 1,000 = ${(tenThousand.msPerCase / thousand.msPerCase).toFixed(2)}. Goals: < 20 ms a case, ratio ≤ 1.2.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const browser = await chromium.launch({ executablePath: findChromium({ shell: false }), args: CHROMIUM_ARGS });
  const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average at start ${loadavg().map((load) => load.toFixed(1)).join(' ')}, NODE_OPTIONS \`${process.env.NODE_OPTIONS ?? ''}\`.`;
  try {
    const site = options.site ? await benchSite(browser, scratch, options.lighthouse, options.repeat) : undefined;
    const scale: ScaleResult[] = [];
    for (const count of options.sizes) scale.push(await benchScale(browser, scratch, count, options.repeat));
    const markdown = `${report(site, scale, machine)}\nLoad average at the end: ${loadavg().map((load) => load.toFixed(1)).join(' ')}.\n`;
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
