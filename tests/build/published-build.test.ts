/**
 * Publishing builds (issues 18 and 19): two `npm run build`s of the same commit started at
 * once, for a public address, each into its own folder. The second waits for the first (one
 * build at a time in a checkout); both finish; their folders are byte-identical (reproducible:
 * with BUILD_DATE fixed nothing may differ, not even `_headers`); and no file of either says
 * `localhost`, compressed files (Pagefind's) included.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildLockPath } from '../../scripts/site-build.ts';
import { ROOT } from '../../scripts/lib/astro-build';
import { folderSnapshot } from '../support/folder-snapshot';
import { scratchForFile } from '../support/scratch';

const PUBLIC_URL = 'https://cases.example.org/';
const BUILD_DATE = '2026-01-31';
/**
 * What may differ between two builds of one commit. Nothing: the build date is the only input
 * that changes from day to day (citations give it as the access date), and it is fixed here.
 */
const MAY_DIFFER: string[] = [];

function publish(outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: PUBLIC_URL, BUILD_DATE, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' };
    // The project's own cases, whatever the environment says.
    delete env.CASES_DIR;
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A file's text, unpacked when it is gzip-compressed (Pagefind's index and WebAssembly). */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

/** The pid of a process that has ended. */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  return new Promise((resolve) => child.once('close', () => resolve(child.pid!)));
}

describe('two publishing builds at once', () => {
  const scratch = scratchForFile('published-build-');
  const [first, second] = [join(scratch, 'a/dist'), join(scratch, 'b/dist')];
  let runs: { code: number | null; output: string }[] = [];

  it('both finish, one after the other, a lock left by a killed build removed', async () => {
    // A build killed earlier left its lock behind.
    writeFileSync(buildLockPath(ROOT), JSON.stringify({ pid: await deadPid(), host: hostname(), since: '2026-01-01T00:00:00.000Z', command: 'npm run build' }));
    const started = Date.now();
    runs = await Promise.all([publish(first), publish(second)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    const all = runs.map((run) => run.output).join('\n');
    expect(all).toContain('Removed the lock of a build that is no longer running');
    // The second may find the first's lock complete or still being written: both are waits.
    expect(all).toMatch(/Another build is running in this checkout \((pid \d+, `npm run build`, since [^)]+|its lock file is being written)\); waiting for it to finish…/);
    for (const run of runs) expect(run.output).toContain(`Building for ${PUBLIC_URL}.`);
    console.log(`two publishing builds, one waiting for the other: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);

  it('are byte-identical, _headers included', () => {
    const [a, b] = [folderSnapshot(first), folderSnapshot(second)];
    // Modification times differ by nature; the bytes may not.
    const content = (snapshot: Record<string, string>) =>
      Object.fromEntries(Object.entries(snapshot).map(([path, entry]) => [path, entry.replace(/^(file \d+ \d+) [\d.]+ /, '$1 ')]));
    expect(Object.keys(a)).toContain('_headers');
    const differing = Object.keys({ ...a, ...b }).filter((path) => content(a)[path] !== content(b)[path]);
    expect(differing).toEqual(MAY_DIFFER);
  });

  it('say localhost in no file, and give the public address', () => {
    const files = (readdirSync(first, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(40);
    const local = files.filter((file) => /localhost|127\.0\.0\.1/.test(textOf(file)));
    expect(local.map((file) => file.slice(first.length + 1))).toEqual([]);
    expect(textOf(join(first, 'cases/baotou/index.html'))).toContain(`<link rel="canonical" href="${PUBLIC_URL}cases/baotou/"`);
    expect(textOf(join(first, 'sitemap-0.xml'))).toContain(`<loc>${PUBLIC_URL}cases/baotou/</loc>`);
  });
});
