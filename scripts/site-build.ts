/**
 * An all-or-nothing build, for `npm run build`, `npm start` and the tests (scripts/build.ts,
 * scripts/start.ts). Astro empties its output folder before it bundles, so a failure after
 * content sync used to leave `dist/` empty or half written. Here Astro builds into a fresh
 * folder beside the output (same file system), its own process reports whether it finished
 * (scripts/build-runner.ts), the expected files are checked, and only then is the new folder
 * moved into place. On any failure the staging folder is removed and the previous output is
 * left exactly as it was.
 *
 * The caller holds the checkout's build lock (src/lib/build/lock.ts) around it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { PAGEFIND_DIR } from '../src/integrations/pagefind.ts';
import { isRunning } from '../src/lib/build/lock.ts';
import { NGINX_CONFIG_FILE } from '../src/lib/build/nginx.ts';
import { casesCsvUrl, casesJsonUrl, rssUrl } from '../src/lib/site/urls.ts';

/** Thrown with the message a reader needs; the output folder is as it was before. */
export class BuildFailure extends Error {
  /** Astro's whole output, when Astro ran. */
  log?: string;
  constructor(message: string) {
    super(message);
    this.name = 'BuildFailure';
  }
}

export interface SiteBuild {
  /** The project folder. */
  root: string;
  /** The output folder, absolute. */
  outDir: string;
  /** The address the site is built for; `local` when on purpose for this machine. */
  address: { url: string; local: boolean };
  /** Astro's progress lines go here as they come (default: this process's stdout). */
  progress?: NodeJS.WritableStream;
}

/** Files every complete build writes, besides every page its sitemap lists. */
export const REQUIRED_FILES = [
  'index.html',
  '404.html',
  '_headers',
  NGINX_CONFIG_FILE,
  'sitemap-index.xml',
  rssUrl().slice(1),
  casesJsonUrl().slice(1),
  casesCsvUrl().slice(1),
  `${PAGEFIND_DIR}/pagefind.js`,
  `${PAGEFIND_DIR}/pagefind-entry.json`,
];

/** Where a failed build's whole output is kept: Astro's own words, stack traces included. */
export const buildLogPath = (root: string): string => join(root, 'node_modules/.astro/last-build.log');

/**
 * The checkout's build lock, in Astro's cache folder: what two builds at once would corrupt
 * is that cache (and their shared output). A scratch copy of the project whose node_modules
 * is a link to this one's shares the cache, and so the lock.
 */
export const buildLockPath = (root: string): string => join(root, 'node_modules/.astro/build.lock');

const shown = (root: string, path: string): string => {
  const relativePath = relative(root, path);
  return relativePath.startsWith('..') ? path : relativePath || '.';
};

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Fails early, before a minute of building, when the output could not be replaced: a
 * read-only output folder (the build replaces it as a whole, and could not remove the old one)
 * or a read-only folder around it (where the new one is built).
 */
function checkWritable(root: string, outDir: string): void {
  const parent = dirname(outDir);
  const name = shown(root, outDir);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw new BuildFailure(`cannot create ${shown(root, parent)}/ for ${name}/ (${errorCode(error)}: ${(error as Error).message})`);
  }
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) throw new BuildFailure(`${name} is a file, not a folder; move it away or build elsewhere with OUT_DIR=…`);
  const probe = join(outDir, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    if (!READ_ONLY.has(errorCode(error) ?? '')) throw error;
    throw new BuildFailure(
      `${name}/ is read-only (${errorCode(error)}): a build replaces it as a whole. Make it writable (chmod -R u+w ${name}) or build elsewhere with OUT_DIR=…`,
    );
  }
}

/** Staging and replaced folders of builds that were killed before they could remove them. */
function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  const pattern = new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|old)-(\\d+)-`);
  for (const name of readdirSync(parent)) {
    const pid = Number(pattern.exec(name)?.[2]);
    if (pid && pid !== process.pid && !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * A fresh folder beside the output, on the same file system, so that moving it into place is a
 * rename. Made as an ordinary folder (the umask decides its mode, 755 as a rule), not with
 * mkdtemp's 700: it becomes dist/, which a web server running as another user must read.
 */
function makeStaging(root: string, outDir: string): string {
  const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    mkdirSync(staging);
    return staging;
  } catch (error) {
    if (!READ_ONLY.has(errorCode(error) ?? '')) throw error;
    const parent = relative(root, dirname(outDir)) === '' ? dirname(outDir) : shown(root, dirname(outDir));
    throw new BuildFailure(
      `cannot write beside ${shown(root, outDir)}/: ${parent}/ is read-only (${errorCode(error)}); the new site is built there before it replaces the old. Make it writable or build elsewhere with OUT_DIR=…`,
    );
  }
}

interface RunnerReport {
  ok: boolean;
  message?: string;
}

/** Runs Astro's build into `staging`; resolves when its process has ended, however it ended. */
function runAstro(options: SiteBuild, staging: string): Promise<{ report?: RunnerReport; code: number | null; signal: NodeJS.Signals | null }> {
  const { root, address, progress = process.stdout } = options;
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: staging };
  // The address is said explicitly either way: the config (src/lib/site/address.ts) refuses a build with none.
  delete env.SITE_LOCAL;
  delete env.SITE_URL;
  if (address.local) env.SITE_LOCAL = '1';
  else env.SITE_URL = address.url;
  mkdirSync(dirname(buildLogPath(root)), { recursive: true });
  const log = createWriteStream(buildLogPath(root));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build-runner.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop).once('SIGTERM', stop);
    let reportText = '';
    let warnings = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      progress.write(chunk);
      log.write(chunk);
    });
    // Astro's errors arrive here with their stack traces; the report says what matters. The rest are warnings.
    child.stderr!.on('data', (chunk: Buffer) => {
      warnings += chunk.toString();
      log.write(chunk);
    });
    (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (chunk: string) => (reportText += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      log.end();
      let report: RunnerReport | undefined;
      try {
        report = reportText.trim() ? (JSON.parse(reportText) as RunnerReport) : undefined;
      } catch {
        report = undefined;
      }
      if (report?.ok && code === 0) process.stderr.write(warnings);
      resolve({ report, code, signal });
    });
  });
}

/** What a complete build must have written, that `staging` lacks: the fixed files, then every page of the sitemap. */
export function missingFiles(staging: string): string[] {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(staging, file)));
  if (missing.length > 0) return missing;
  const locations = (file: string) => [...readFileSync(join(staging, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  for (const sitemap of locations('sitemap-index.xml')) {
    for (const path of locations(sitemap.slice(1))) {
      const file = decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path).slice(1);
      if (!existsSync(join(staging, file))) missing.push(file);
    }
  }
  return missing;
}

/**
 * Moves `staging` into `outDir`'s place: the previous output is first renamed aside (in the
 * same folder, so no path inside it changes) and removed only once the new one is in place.
 */
function swapIn(root: string, staging: string, outDir: string): void {
  const previous = existsSync(outDir) ? join(dirname(outDir), `.${basename(outDir)}.old-${process.pid}-${randomBytes(4).toString('hex')}`) : undefined;
  if (previous) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (previous) renameSync(previous, outDir);
    throw error;
  }
  if (previous) {
    try {
      rmSync(previous, { recursive: true, force: true });
    } catch (error) {
      process.stderr.write(`The new site is in place; the previous one could not be removed from ${shown(root, previous)} (${(error as Error).message}).\n`);
    }
  }
}

/** Builds the site into `outDir`, all or nothing; returns how many files it holds. */
export async function buildSite(options: SiteBuild): Promise<{ files: number }> {
  const { root, outDir } = options;
  checkWritable(root, outDir);
  removeLeftovers(outDir);
  const staging = makeStaging(root, outDir);
  try {
    const { report, code, signal } = await runAstro(options, staging).catch((error: Error) => {
      throw new BuildFailure(`could not start the build: ${error.message}`);
    });
    const failure = (message: string) => Object.assign(new BuildFailure(message), { log: buildLogPath(root) });
    if (report && !report.ok) throw failure(report.message ?? 'the build failed');
    if (!report || code !== 0) {
      const ending = signal ? `was stopped by ${signal}` : `ended (exit code ${code})`;
      throw failure(
        `the build ${ending} before it finished, without an error${signal ? '' : ': something in the build (a page, a component or an integration) called process.exit()'}`,
      );
    }
    const missing = missingFiles(staging);
    if (missing.length > 0) {
      throw failure(`the build reported success but did not write ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
    }
    swapIn(root, staging, outDir);
    return { files: readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
