/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3,2]`: the site's build against its floor, bare
 * Astro + @astrojs/mdx and Pagefind alone on the same cases (scripts/bare-pages.ts), at the real
 * cases and at generated sizes; a shorter --runs list repeats its last. Builds start cold and take
 * turns, so a busier moment of the machine falls on both alike. A Markdown report on stdout.
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import pidtree from 'pidtree';
import pidusage from 'pidusage';
import { median } from '../src/lib/format/numbers.ts';
import { RESULTS_PER_PAGE } from '../src/lib/search/state.ts';
import { writeFloorProject } from './bare-pages.ts';
import { buildPhases, type BuildPhases } from './build-phases.ts';
import { generateCases } from './generate-cases.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';
import { measureFirstSearch, recordTransfers, sumWire, weighPage } from './lib/page-weight.ts';
import { startPreview } from './lib/preview.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const QUERY = 'party';
const SAMPLE_MS = 200;

/** A list of whole numbers, `1000,10_000`. */
function counts(text: string): number[] {
  const values = text.split(',').map((value) => Number(value.replace(/_/g, '')));
  if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`usage: npm run bench [-- --sizes 1000,10000] [--runs 3,2] (got ${text})`);
  return values;
}

interface Run {
  wallMs: number;
  /** User and system time of the process tree, Pagefind's own process included, as sampled. */
  cpuMs: number;
  /** The largest sum of resident memory over the process tree, as sampled. */
  peakMb: number;
  output: string;
}

/** `root` and its descendants: resident memory summed, each one's CPU time; sampled, as Pagefind is never waited for. */
async function sampleTree(root: number): Promise<{ rssBytes: number; cpu: [number, number][] }> {
  const usage = Object.values(await pidusage([root, ...(await pidtree(root))]));
  return { rssBytes: usage.reduce((sum, { memory }) => sum + memory, 0), cpu: usage.map(({ pid, ctime }) => [pid, ctime]) };
}

/** Runs a command, sampling its process tree; throws with its output's end on failure. */
function measure(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env } });
    let peakBytes = 0;
    const cpuMs = new Map<number, number>();
    const sample = () =>
      sampleTree(child.pid!).then(({ rssBytes, cpu }) => {
        peakBytes = Math.max(peakBytes, rssBytes);
        for (const [pid, used] of cpu) cpuMs.set(pid, used);
      }, () => {}); // the tree changed while it was read: the next sample counts
    const sampler = setInterval(sample, SAMPLE_MS);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
      resolve({ wallMs, cpuMs: [...cpuMs.values()].reduce((sum, used) => sum + used, 0), peakMb: peakBytes / 2 ** 20, output });
    });
  });
}

/** `npm run build -- --local` of `casesDir` (undefined: content/cases/) into `outDir`, from a cold cache and, as the floor, no earlier output. */
function buildSite(casesDir: string | undefined, outDir: string): Promise<Run> {
  for (const folder of [join(ROOT, 'node_modules/.astro'), outDir]) rmSync(folder, { recursive: true, force: true });
  return measure(process.execPath, ['scripts/build.ts', '--local'], ROOT, { OUT_DIR: outDir, ...(casesDir && { CASES_DIR: casesDir }) });
}

/** The floor's two steps, one after the other: its own pages, then Pagefind alone on them. */
async function buildFloor(floor: string, casesDir: string) {
  for (const folder of ['cache', 'dist']) rmSync(join(floor, folder), { recursive: true, force: true });
  const astro = await measure(process.execPath, [ASTRO, 'build'], floor, { CASES_DIR: casesDir });
  const pagefind = await measure(process.execPath, ['pagefind-alone.mjs', 'dist'], floor, {});
  return { astro, pagefind, wallMs: astro.wallMs + pagefind.wallMs, cpuMs: astro.cpuMs + pagefind.cpuMs, peakMb: Math.max(astro.peakMb, pagefind.peakMb) };
}

/** A first search on the floor: from an empty page, Pagefind's JS API loads, searches and fetches a page of results. */
async function floorFirstSearch(browser: Browser, origin: string): Promise<{ bytes: number; results: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const recorder = recordTransfers(page, origin);
    const results = await page.evaluate(
      async ({ script, query, shown }) => {
        const pagefind = (await import(/* @vite-ignore */ script)) as { search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
        return search.results.length;
      },
      { script: '/pagefind/pagefind.js', query: QUERY, shown: RESULTS_PER_PAGE },
    );
    await recorder.idle();
    return { bytes: sumWire(recorder.transfers()), results };
  } finally {
    await context.close();
  }
}

/** Site and floor served side by side: the first search for QUERY on each, and the weight of the site's first case page. */
async function weigh(browser: Browser, siteOut: string, floorOut: string) {
  const { cases } = JSON.parse(readFileSync(join(siteOut, 'cases.json'), 'utf8')) as { cases: { url: string }[] };
  const [site, floor] = await Promise.all([siteOut, floorOut].map(startPreview));
  try {
    const context = await browser.newContext({ baseURL: site.origin });
    const casePage = await weighPage(await context.newPage(), site.origin, cases[0].url);
    await context.close();
    const siteSearch = await measureFirstSearch(browser, site.origin, QUERY);
    return {
      casePage: { path: casePage.path, bytes: casePage.total },
      search: { site: { bytes: siteSearch.search.total, results: siteSearch.results }, floor: await floorFirstSearch(browser, floor.origin) },
    };
  } finally {
    await Promise.all([site.stop(), floor.stop()]);
  }
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const s = (ms: number) => (ms / 1000).toFixed(1);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');
const version = (name: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

async function benchSize(browser: Browser, scratch: string, floor: string, cases: number, casesDir: string | undefined, runs: number) {
  const label = casesDir ? cases.toLocaleString('en-US') : `${cases} (real)`;
  const siteOut = join(scratch, 'site');
  const site: Run[] = [];
  const floors: Awaited<ReturnType<typeof buildFloor>>[] = [];
  const builds = [
    async (i: number) => {
      log(`${label}: site build ${i}/${runs} (load ${load()})`);
      site.push(await buildSite(casesDir, siteOut));
      log(`${label}: site took ${s(site.at(-1)!.wallMs)} s`);
    },
    async (i: number) => {
      log(`${label}: floor build ${i}/${runs} (load ${load()})`);
      floors.push(await buildFloor(floor, casesDir ?? join(ROOT, 'content/cases')));
      log(`${label}: floor took ${s(floors.at(-1)!.wallMs)} s`);
    },
  ];
  for (let i = 1; i <= runs; i += 1) {
    // Each pair in the other order: a machine that speeds up or slows down over minutes favours neither.
    for (const build of i % 2 ? builds : builds.toReversed()) await build(i);
  }
  const weights = await weigh(browser, siteOut, join(floor, 'dist'));
  const middle = <T extends { wallMs: number }>(all: T[]) => [...all].sort((a, b) => a.wallMs - b.wallMs)[(all.length - 1) >> 1];
  return {
    label,
    cases,
    site: { runs: site.map((run) => run.wallMs), wallMs: median(site.map((run) => run.wallMs)), cpuMs: median(site.map((run) => run.cpuMs)), peakMb: Math.max(...site.map((run) => run.peakMb)), phases: buildPhases(middle(site).output) },
    floor: {
      runs: floors.map((run) => run.wallMs),
      wallMs: median(floors.map((run) => run.wallMs)),
      cpuMs: median(floors.map((run) => run.cpuMs)),
      peakMb: Math.max(...floors.map((run) => run.peakMb)),
      pagefindMs: median(floors.map((run) => run.pagefind.wallMs)),
      phases: buildPhases(middle(floors).astro.output),
    },
    // What a reader of the build's output sees: warnings, counted by their first words.
    warnings: site.at(-1)!.output.split('\n').filter((line) => /\bwarn/i.test(line)),
    ...weights,
  };
}

type Result = Awaited<ReturnType<typeof benchSize>>;

function report(results: Result[], machine: string[]): string {
  const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const ratio = (a: number, b: number) => `**${times(a, b)}**`;
  const runs = (all: number[]) => all.map(s).join(', ');
  const phase = (phases: BuildPhases | undefined) => (phases ? [phases.setupMs, phases.bundleMs, phases.renderMs, phases.restMs].map(s).join(' | ') : '– | – | – | –');
  return [
    ...machine,
    '',
    '| cases | site build, s (runs) | floor: bare build + Pagefind alone, s (runs) | time ratio | site peak memory | floor peak memory | memory ratio | ms a case, site / floor | CPU s, site / floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      ({ label, cases, site, floor }) =>
        `| ${label} | ${s(site.wallMs)} (${runs(site.runs)}) | ${s(floor.wallMs)} (${runs(floor.runs)}) | ${ratio(site.wallMs, floor.wallMs)} | ${Math.round(site.peakMb)} MB | ${Math.round(floor.peakMb)} MB | ${ratio(site.peakMb, floor.peakMb)} | ` +
        `${(site.wallMs / cases).toFixed(1)} / ${(floor.wallMs / cases).toFixed(1)} | ${s(site.cpuMs)} / ${s(floor.cpuMs)} |`,
    ),
    '',
    ...results.map(({ label, site, floor }) => `Each pair of builds at ${label}, site / floor: ${site.runs.map((ms, i) => times(ms, floor.runs[i])).join(', ')}.`),
    '',
    "Where the time goes, by Astro's log (the median build): setup is content sync and types, bundling is Vite, the rest is what follows the pages in Astro's build (the site's integrations); on both, Pagefind runs after Astro's process has ended.",
    '',
    '| cases | build | setup | bundling | rendering | the rest | Pagefind |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap(({ label, site, floor }) => [`| ${label} | site | ${phase(site.phases)} | ${site.phases?.searchIndexMs === undefined ? '–' : s(site.phases.searchIndexMs)} |`, `| ${label} | floor | ${phase(floor.phases)} | ${s(floor.pagefindMs)} |`]),
    '',
    `First search for “${QUERY}” (everything it fetches, gzip 9; a page of ${RESULTS_PER_PAGE} results): the site's \`/search/?q=${QUERY}\` against Pagefind's JS API on the floor's pages; and the site's first case page, all it loads.`,
    '',
    '| cases | site: first search (results) | floor: first search (results) | site: case page |',
    '| --- | ---: | ---: | --- |',
    ...results.map(({ label, search: { site, floor }, casePage }) => `| ${label} | ${kB(site.bytes)} (${site.results}) | ${kB(floor.bytes)} (${floor.results}) | ${kB(casePage.bytes)} (${casePage.path}) |`),
    '',
    ...results.map(({ label, warnings }) => `Warnings in the site's build output at ${label}: ${warnings.length}${warnings.length ? ` (the first: \`${warnings[0].trim()}\`)` : ''}.`),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3,2' } } });
  const [sizes, runs] = [counts(values.sizes), counts(values.runs)];
  // The browser first: a machine without one leaves no scratch folder behind.
  const browser = await chromium.launch({ executablePath: findChromium({ shell: false }), args: CHROMIUM_ARGS });
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const floor = join(scratch, 'floor');
  // `astro build` and `npm run build` both keep Node's compiled modules outside CI. Every build this run spawns shares one
  // empty folder for them: each side's first build of a size compiles its pages, and no earlier run's cache helps either side.
  process.env.NODE_COMPILE_CACHE = join(scratch, 'compile-cache');
  try {
    const started = new Date();
    const machine = [
      `Run ${started.toISOString()} at commit ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}; ` +
        `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB; load average at the start ${load()}.`,
      `Node ${process.version}, astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, @astrojs/markdown-satteri ${version('@astrojs/markdown-satteri')}, pagefind ${version('pagefind')}, Chromium ${browser.version()}; NODE_OPTIONS \`${process.env.NODE_OPTIONS ?? ''}\`; ` +
        "Node's compile cache in a folder of the run's own, empty at the start.",
    ];
    writeFloorProject(floor, join(ROOT, 'node_modules'));
    const results = [await benchSize(browser, scratch, floor, readdirSync(join(ROOT, 'content/cases')).filter((name) => name.endsWith('.mdx')).length, undefined, 1)];
    for (const [index, size] of sizes.entries()) {
      const casesDir = join(scratch, 'cases');
      generateCases(casesDir, size);
      results.push(await benchSize(browser, scratch, floor, size, casesDir, runs[Math.min(index, runs.length - 1)]));
    }
    console.log(`${report(results, machine)}\n\nLoad average at the end (${new Date().toISOString()}): ${load()}.`);
  } finally {
    await browser.close();
    pidusage.clear();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
