/**
 * Runs a real build of a folder of cases into a folder of output, for the build tests, which
 * build into scratch folders, and `npm run screenshots`: `npm run build`'s own script (all or
 * nothing, with its lock), for the local address on purpose, unless `env` gives a public one
 * (`SITE_URL`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface BuildResult {
  status: number | null;
  /** stdout and stderr, colour codes stripped, so lines can be matched as an editor reads them. */
  output: string;
}

/** The command line and options of a build of `casesDir` (undefined: content/cases/) into `outDir`. */
function buildInvocation(casesDir: string | undefined, outDir: string, env: Record<string, string>) {
  const args = ['scripts/build.ts', ...(env.SITE_URL ? [] : ['--local'])];
  const options = {
    cwd: ROOT,
    env: { ...process.env, ...env, ...(casesDir && { CASES_DIR: casesDir }), OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  };
  return { args, options };
}

const plain = (stdout: string, stderr: string) => `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Builds the cases in `casesDir` (undefined: the real ones in content/cases/) into `outDir`.
 * `env` adds to the environment, e.g. `SITE_URL` (a publishing build) or `SOURCE_CHECKS`.
 */
export function astroBuild(casesDir: string | undefined, outDir: string, env: Record<string, string> = {}): BuildResult {
  const { args, options } = buildInvocation(casesDir, outDir, env);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { status: result.status, output: plain(result.stdout, result.stderr) };
}

/** The same build, without blocking: several can be started at once. */
export function startAstroBuild(casesDir: string | undefined, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { args, options } = buildInvocation(casesDir, outDir, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, options);
    let [stdout, stderr] = ['', ''];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: plain(stdout, stderr) }));
  });
}
