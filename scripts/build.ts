/**
 * `npm run build`: the complete static site in `dist/`, all or nothing (how: docs/architecture.md,
 * "Building"). `OUT_DIR` builds elsewhere than `dist/`; `CASES_DIR` reads another folder of cases.
 */
import { fork } from 'node:child_process';
import { accessSync, constants, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import lockfile from 'proper-lockfile';
import { PAGEFIND_DIR, writeSearchIndex } from '../src/integrations/pagefind.ts';
import { NGINX_CONFIG_FILE } from '../src/lib/build/nginx.ts';
import { shownPath } from '../src/lib/content/problems.ts';
import { printable } from '../src/lib/content/validation.ts';
import { siteAddress } from '../src/lib/site/address.ts';
import { casesCsvUrl, casesJsonUrl, rssUrl } from '../src/lib/site/urls.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.astro');
/** The lock (proper-lockfile's folder) and who holds it, for a build that waits. */
const LOCK = join(CACHE, 'build.lock');
const HOLDER = join(CACHE, 'build-lock-holder.json');
const LOG = join(CACHE, 'last-build.log');
/** Set in a forked process only: the folder it builds into, and its step. */
const STAGING_ENV = 'BUILD_STAGING_DIR';
const STEP_ENV = 'BUILD_STEP';
/** Set when this process stalled past the lock's staleness: another build may have taken it. */
let lost: Error | undefined;
const USAGE = 'usage: [SITE_URL=https://…] npm run build [-- --local] [-- --no-wait]';

/** Files every complete build writes, besides every page its sitemap lists. */
const REQUIRED_FILES = ['index.html', '404.html', '_headers', NGINX_CONFIG_FILE, 'sitemap-index.xml', rssUrl(), casesJsonUrl(), casesCsvUrl(), `${PAGEFIND_DIR}/pagefind.js`, `${PAGEFIND_DIR}/pagefind-entry.json`].map(
  (file) => file.replace(/^\//, ''),
);

/** Colour codes, dropped from what is shown. */
const SGR = /\x1b\[[0-9;]*m/g;
/** Text safe for a terminal: colours dropped, other control characters escaped, so nothing rewrites the lines around it. */
const safe = (text: string): string => printable(text.replace(SGR, '')).replace(/\r/g, '\\r');

class BuildFailure extends Error {}

/** The shape of the errors Astro, Vite and Rolldown throw, as far as one message needs it. */
interface BuildErrorLike {
  message?: string;
  /** Astro: the page whose rendering failed. */
  id?: string;
  loc?: { file?: string; line?: number; column?: number };
  /** The content checks' errors (src/lib/content/problems.ts): already one line per problem, each naming its file. */
  problems?: unknown[];
  /** Rolldown: one per error of a failed bundle. */
  errors?: BuildErrorLike[];
}

/** A failed build's error as the lines a reader needs: file:line:column where known, and what; no stack trace. */
export function describeBuildError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const failure = error as BuildErrorLike;
  if (failure.errors?.length) return failure.errors.map(describeBuildError).join('\n');
  const message = (failure.message ?? String(error)).replace(SGR, '');
  if (failure.problems || (error as Error).name === 'SearchIndexError') return message;
  const file = failure.loc?.file ?? failure.id;
  const path = file && isAbsolute(file) ? shownPath(file, ROOT) : file;
  const place = path ? [path, failure.loc?.line, failure.loc?.column].filter(Boolean).join(':') : '';
  // The first line that says what is wrong, without a compiler's own `12:5: ` or an `Error: ` prefix.
  const what = message.split('\n').find((line) => line.trim() && !/^\s/.test(line))?.replace(/^(\w*Error: )?(\d+:\d+: )?/, '') ?? '';
  return place && !what.startsWith(place) ? `${place}: ${what}` : what;
}

/** The build's steps, each in a process of its own: Pagefind starts once Astro's memory is freed. */
type Step = 'astro' | 'search-index';

/** In a forked process: one step on the staging folder, reported to the parent. */
async function runStep(step: Step, outDir: string): Promise<void> {
  let report: { ok: boolean; message?: string };
  try {
    if (step === 'astro') {
      // Node's compile cache, as `astro build` turns it on outside CI (astro/bin/astro.mjs) and Astro's build() leaves to its
      // caller: a rebuild skips compiling the modules of the pages that have not changed.
      if (!process.env.CI) enableCompileCache();
      const { build } = await import('astro');
      await build({ root: ROOT, outDir });
    } else {
      const started = performance.now();
      const pages = await writeSearchIndex(outDir);
      console.log(`Search index written: ${pages} pages (those with data-pagefind-body) in ${((performance.now() - started) / 1000).toFixed(2)}s.`);
    }
    report = { ok: true };
  } catch (error) {
    report = { ok: false, message: describeBuildError(error) };
  }
  await new Promise((done) => process.send!(report, done));
}

/** Takes the checkout's build lock, waiting for a running build (saying for which) unless `wait` is false. */
export async function lockCheckout(wait: boolean, command: string): Promise<() => Promise<void>> {
  mkdirSync(CACHE, { recursive: true });
  const options = { lockfilePath: LOCK, realpath: false, onCompromised: (error: Error) => (lost = error) };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(ROOT, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    let holder = 'a build';
    try {
      const { command: by, pid, since } = JSON.parse(readFileSync(HOLDER, 'utf8'));
      holder = `\`${by}\`, pid ${pid}, since ${since}`;
    } catch {
      // Its holder has not said who it is yet.
    }
    const running = `another build is running in this checkout (${safe(holder)})`;
    if (!wait) throw new BuildFailure(`Not building: ${running}.`);
    console.log(`${running[0].toUpperCase()}${running.slice(1)}; waiting for it to finish (a build that was killed frees it within seconds)…`);
    release = await lockfile.lock(ROOT, { ...options, retries: { forever: true, factor: 1, minTimeout: 500 } });
  }
  writeFileSync(HOLDER, JSON.stringify({ command, pid: process.pid, since: new Date().toISOString() }));
  return release;
}

/**
 * Puts back the output a killed build had renamed aside (the newest, if several) and removes
 * what killed builds left beside it. Only under the lock, so no build running now left them.
 */
function recover(outDir: string): void {
  const parent = dirname(outDir);
  const left = readdirSync(parent).filter((name) => name.startsWith(`.${basename(outDir)}.`) && /\.(old|staging)-\d+$/.test(name)).sort();
  const newestOld = left.filter((name) => name.includes('.old-')).at(-1);
  if (!existsSync(outDir) && newestOld) {
    renameSync(join(parent, newestOld), outDir);
    console.log(`Put ${safe(shownPath(outDir))}/ back from ${newestOld}: a build was stopped while replacing it.`);
  }
  for (const name of left) rmSync(join(parent, name), { recursive: true, force: true });
}

/** What a complete build must have written that `dir` lacks: the fixed files, then every page of the sitemap. */
function missingFiles(dir: string): string[] {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) return missing;
  const locations = (file: string) => [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  return locations('sitemap-index.xml')
    .flatMap((sitemap) => locations(sitemap.slice(1)))
    .map((path) => decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path).slice(1))
    .filter((file) => !existsSync(join(dir, file)));
}

/** Runs a step in a forked process on `staging`; resolves when that process has ended, however it ended. */
function runForked(step: Step, staging: string, address: { url: string; local: boolean }): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, [STAGING_ENV]: staging, [STEP_ENV]: step };
  delete env.SITE_LOCAL;
  delete env.SITE_URL;
  Object.assign(env, address.local ? { SITE_LOCAL: '1' } : { SITE_URL: address.url });
  const child = fork(fileURLToPath(import.meta.url), { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const log = createWriteStream(LOG, { flags: step === 'astro' ? 'w' : 'a' });
  // Progress shows as it comes; stderr goes to the log, shown after a success (a failure quotes its last line).
  let lastOutput = '';
  createInterface({ input: child.stdout! }).on('line', (line) => {
    log.write(`${line}\n`);
    console.log(safe(line));
    if (line.trim()) lastOutput = line.trim();
  });
  const warnings: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    log.write(`${line}\n`);
    warnings.push(safe(line));
  });
  let report: { ok: boolean; message?: string } | undefined;
  child.on('message', (message: typeof report) => (report = message));
  return new Promise((done, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      log.end();
      if (report?.ok) {
        if (warnings.length > 0) console.error(warnings.join('\n'));
        done();
      } else if (report) {
        reject(new BuildFailure(report.message));
      } else {
        // Exit code 13: Node found nothing left to run while the build still waited (an integration's process gone, say).
        const ending = signal
          ? `was stopped by ${signal} before it finished`
          : code === 13
            ? 'stopped before it finished (exit code 13): something it waited for can never finish'
            : `ended (exit code ${code}) before it finished, without an error: something in the build (a page, a component or an integration) called process.exit()`;
        const lastError = warnings.findLast((line) => line.trim())?.trim();
        const cause = warnings.some((line) => line.includes('heap out of memory'))
          ? 'Node ran out of memory: NODE_OPTIONS=--max-old-space-size=8192 npm run build gives it 8 GB'
          : lastError && `last error output: ${lastError}`;
        reject(new BuildFailure([`the build ${ending}`, lastOutput && `last output: ${lastOutput}`, cause].filter(Boolean).join('\n')));
      }
    });
  });
}

/** Moves `staging` into `outDir`'s place; the old output is renamed aside first, and removed once the new one is in place. */
function swapIn(staging: string, outDir: string): void {
  const old = join(dirname(outDir), `.${basename(outDir)}.old-${Date.now()}`);
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, old);
  // For the crash test only (tests/build/atomic-build.test.ts): stop here, between the two renames, to be killed.
  if (process.env.BUILD_STOP_BETWEEN_RENAMES === '1') {
    console.log('Stopped between the renames (BUILD_STOP_BETWEEN_RENAMES=1).');
    process.kill(process.pid, 'SIGSTOP');
  }
  renameSync(staging, outDir);
  if (!hadOutput) return;
  try {
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    console.error(`The new site is in place; the old one could not be removed from ${safe(shownPath(old))} (${safe((error as Error).message)}).`);
  }
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) return console.log(USAGE);
  const unknown = args.find((arg) => arg !== '--local' && arg !== '--no-wait');
  if (unknown) throw new BuildFailure(`build: unknown option ${safe(unknown)} (${USAGE})`);
  const local = args.includes('--local');
  const address = siteAddress({ local, override: process.env.SITE_URL });
  if ('error' in address) throw new BuildFailure(address.error);
  // Astro's telemetry would ask the network at every build.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';

  const outDir = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
  const name = `${safe(shownPath(outDir))}/`;
  const release = await lockCheckout(!args.includes('--no-wait'), `npm run build${args.length ? ` -- ${args.join(' ')}` : ''}`);
  try {
    const parent = dirname(outDir);
    try {
      mkdirSync(parent, { recursive: true });
      accessSync(parent, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BuildFailure(`cannot write beside ${name}: ${safe(shownPath(parent))}/ is read-only (${code}); the new site is built there before it replaces the old. Make it writable or build elsewhere with OUT_DIR=…`);
    }
    recover(outDir);
    try {
      if (existsSync(outDir)) accessSync(outDir, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new BuildFailure(`${name} is read-only (${code}): a build replaces it as a whole. Make it writable (chmod -R u+w ${name}) or build elsewhere with OUT_DIR=…`);
    }
    console.log(local ? `Building for this machine, ${address.url} (--local): not for publishing.` : `Building for ${address.url}.`);
    // An ordinary folder, so the umask decides its mode: it becomes the output, which a web server running as another user must read.
    const staging = join(parent, `.${basename(outDir)}.staging-${Date.now()}`);
    mkdirSync(staging);
    const kept = existsSync(outDir) ? `${name} is unchanged` : `nothing was written to ${name}`;
    try {
      for (const step of ['astro', 'search-index'] as const) await runForked(step, staging, { url: address.url, local });
      const missing = missingFiles(staging);
      if (missing.length > 0) throw new BuildFailure(`the build reported success but did not write ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
      if (lost) throw new BuildFailure(`the build lost its lock (${lost.message}), so another build may have run at the same time`);
      swapIn(staging, outDir);
    } catch (error) {
      if (!(error instanceof BuildFailure)) throw error;
      const lines = error.message.split(/\r?\n/).map((line) => `  ${safe(line)}`).join('\n');
      throw new BuildFailure(`\nThe build failed; ${kept}:\n${lines}\n(Astro's full output: ${shownPath(LOG)})`);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
    console.log(`Built ${files} files for ${address.url} into ${name}`);
  } finally {
    await release();
  }
}

if (process.env[STAGING_ENV] && process.send) {
  await runStep(process.env[STEP_ENV] as Step, process.env[STAGING_ENV]);
} else if (import.meta.main) {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
