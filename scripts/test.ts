/**
 * `npm test`: runs every stage, each as soon as the stages it follows have ended, so stages
 * that do not depend on each other run at the same time; shows each one's output
 * as it comes, every line led by its stage's name; then a table of every stage: passed or
 * failed, its counts and its wall time. The exit code is 1 if any stage failed or could not
 * run. A failing stage never hides the others: only a stage that needs another's output
 * (the browser tests need the production build) is skipped, and says why.
 *
 * Each stage is an npm script (`npm run test:unit` … runs one alone); this file adds the
 * reports it reads the counts from.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Stage {
  name: string;
  /** The npm script, and what to add to its command line (`report` is a file for a JSON report). */
  script: string;
  args?: (report: string) => string[];
  env?: (report: string) => Record<string, string>;
  /** The name of a stage whose output this one needs: it runs only if that one passed. */
  needs?: string;
  /** Stages that must have ended, passed or not, before this one starts. */
  after?: string[];
  /** The stage's counts, from its JSON report or its output; undefined if it left none. */
  counts: (report: string, output: string) => string | undefined;
}

const readJson = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

/** Vitest's JSON report: `146 passed, 1 failed, 2 skipped`. */
function vitestCounts(report: string): string | undefined {
  const json = readJson(report);
  if (!json) return undefined;
  return counted([
    [json.numPassedTests, 'passed'],
    [json.numFailedTests, 'failed'],
    [json.numPendingTests + json.numTodoTests, 'skipped'],
  ]);
}

/** Playwright's JSON report. */
function playwrightCounts(report: string): string | undefined {
  const stats = readJson(report)?.stats;
  if (!stats) return undefined;
  return counted([
    [stats.expected, 'passed'],
    [stats.unexpected, 'failed'],
    [stats.flaky, 'flaky'],
    [stats.skipped, 'skipped'],
  ]);
}

/** `astro check`'s summary: `Result (130 files): - 0 errors - 0 warnings - 0 hints`. */
function checkCounts(output: string): string | undefined {
  const result = /Result \((\d+) files?\):\s*-\s*(\d+) errors?\s*-\s*(\d+) warnings?\s*-\s*(\d+) hints?/.exec(output);
  if (!result) return undefined;
  const [, files, errors, warnings, hints] = result;
  return `${files} files: ${errors} errors, ${warnings} warnings, ${hints} hints`;
}

/** `astro build`'s `24 page(s) built in 2.44s`. */
const buildCounts = (output: string) => /(\d+) page\(s\) built/.exec(output)?.[1]?.concat(' pages');

/** `146 passed, 1 failed`: the non-zero counts, and `passed` always. */
const counted = (counts: [number, string][]) =>
  counts
    .filter(([count, what]) => count > 0 || what === 'passed')
    .map(([count, what]) => `${count} ${what}`)
    .join(', ');

const STAGES: Stage[] = [
  {
    name: 'unit',
    script: 'test:unit',
    args: (report) => ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    counts: vitestCounts,
  },
  { name: 'type check', script: 'check', counts: (_, output) => checkCounts(output) },
  // After the type check: both write the generated types in .astro/.
  { name: 'production build', script: 'build', args: () => ['--local'], after: ['type check'], counts: (_, output) => buildCounts(output) },
  {
    name: 'build tests',
    script: 'test:build',
    // Every build in this checkout takes its lock, and one test plants a stale lock: never
    // beside the production build. After the unit tests, so only two stages share the cores.
    after: ['unit', 'production build'],
    args: (report) => ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    counts: vitestCounts,
  },
  {
    name: 'browser',
    script: 'test:e2e',
    needs: 'production build',
    args: () => ['--reporter=list,json'],
    env: (report) => ({ PLAYWRIGHT_JSON_OUTPUT_FILE: report }),
    counts: playwrightCounts,
  },
];

interface Outcome {
  stage: Stage;
  result: 'passed' | 'failed' | 'not run';
  counts?: string;
  ms: number;
  note?: string;
}

/** The children running now, to stop if the runner is interrupted. */
const running = new Set<ReturnType<typeof spawn>>();
const LABEL_WIDTH = Math.max(...STAGES.map((stage) => stage.name.length));

/**
 * Runs `npm run <script>`, passing its output through a line at a time, each line led by the
 * stage's name (two stages may be writing at once), and keeping a copy.
 */
function runScript(stage: Stage, report: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', stage.script, '--', ...(stage.args?.(report) ?? [])], {
      env: { ...process.env, ...stage.env?.(report), ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
      stdio: ['inherit', 'pipe', 'pipe'],
    });
    running.add(child);
    const label = `${stage.name.padEnd(LABEL_WIDTH)} │ `;
    let output = '';
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      // Decoded as a stream, so a character split between two chunks stays whole.
      from.setEncoding('utf8');
      let partial = '';
      from.on('data', (chunk: string) => {
        output += chunk;
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        if (lines.length > 0) to.write(lines.map((line) => label + line + '\n').join(''));
      });
      from.on('end', () => partial && to.write(`${label}${partial}\n`));
    }
    child.on('error', (error) => (output += `\n${error.message}`));
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output: stripVTControlCharacters(output) });
    });
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

const time = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);
const load = () => loadavg()[0].toFixed(2);

const reports = mkdtempSync(join(tmpdir(), 'npm-test-'));
const started = performance.now();
const loadAtStart = load();
/** Each stage's outcome, by its name. */
const outcomes = new Map<string, Outcome>();
const stageNamed = (name: string): Stage => STAGES.find((stage) => stage.name === name)!;

/** Runs one stage, or records why it cannot run. */
async function runStage(stage: Stage): Promise<void> {
  const needed = stage.needs === undefined ? undefined : outcomes.get(stage.needs);
  if (needed && needed.result !== 'passed') {
    outcomes.set(stage.name, { stage, result: 'not run', ms: 0, note: `the ${needed.stage.name} ${needed.result === 'failed' ? 'failed' : 'did not run'}` });
    return;
  }
  console.log(`\n━━ ${stage.name}: npm run ${stage.script}\n`);
  const report = join(reports, `${stage.script.replace(/\W/g, '-')}.json`);
  const stageStarted = performance.now();
  const { code, output } = await runScript(stage, report);
  outcomes.set(stage.name, {
    stage,
    result: code === 0 ? 'passed' : 'failed',
    counts: stage.counts(report, output),
    ms: performance.now() - stageStarted,
    note: code === 0 ? undefined : `exit code ${code}`,
  });
  console.log(`\n━━ ${stage.name}: ${code === 0 ? 'passed' : 'FAILED'}\n`);
}

/** Each stage's run, started once every stage it follows (or needs) has ended. */
const runs = new Map<string, Promise<void>>();
const runOf = (stage: Stage): Promise<void> => {
  let run = runs.get(stage.name);
  if (!run) {
    const before = [...(stage.after ?? []), ...(stage.needs ? [stage.needs] : [])].map((name) => runOf(stageNamed(name)));
    run = Promise.all(before).then(() => runStage(stage));
    runs.set(stage.name, run);
  }
  return run;
};
try {
  await Promise.all(STAGES.map(runOf));
} finally {
  rmSync(reports, { recursive: true, force: true });
}

const rows = STAGES.map((stage) => outcomes.get(stage.name)!).map(({ stage, result, counts, ms, note }) => [
  stage.name,
  result === 'passed' ? 'passed' : result.toUpperCase(),
  [counts, note && `(${note})`].filter(Boolean).join(' ') || '–',
  result === 'not run' ? '–' : time(ms),
]);
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
console.log(`\n━━ npm test: ${time(performance.now() - started)}, load average ${loadAtStart} → ${load()}\n`);
for (const row of rows) console.log(`  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell.padStart(9))).join('  ')}`);
const failed = [...outcomes.values()].filter((outcome) => outcome.result !== 'passed');
console.log(failed.length === 0 ? '\nEvery stage passed.' : `\n${failed.map((outcome) => outcome.stage.name).join(', ')}: not passed.`);
process.exitCode = failed.length === 0 ? 0 : 1;
