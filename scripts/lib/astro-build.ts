/**
 * Runs a real build of a folder of cases into a folder of output, for the build tests, which
 * build into scratch folders, and `npm run screenshots`: `npm run build`'s own script (all or
 * nothing, with its lock), for the local address on purpose, unless `env` gives a public one
 * (`SITE_URL`; one in this process's environment is not passed on).
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr, colour codes stripped, so lines can be matched as an editor reads them. */
  output: string;
}

export interface BuildOptions {
  /** The project to build (default: this checkout). */
  cwd?: string;
  /** A command the build runs under (`strace …`, `setpriv …`). */
  prefix?: string[];
  /** More options for scripts/build.ts (`--no-wait`). */
  args?: string[];
  /** Kills the build (SIGKILL) once its output says this (not waiting for it to end). */
  killWhen?: string;
}

/** The command line and options of a build of `casesDir` (undefined: content/cases/) into `outDir`. */
function buildInvocation(casesDir: string | undefined, outDir: string, env: Record<string, string>, { cwd = ROOT, prefix = [], args = [] }: BuildOptions) {
  const { SITE_URL: _, ...inherited } = process.env;
  const [command, ...commandArgs] = [...prefix, process.execPath, join(cwd, 'scripts/build.ts'), ...('SITE_URL' in env ? [] : ['--local']), ...args];
  const options = {
    cwd,
    env: { ...inherited, ...env, ...(casesDir && { CASES_DIR: casesDir }), OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  };
  return { command, commandArgs, options };
}

const result = (status: number | null, stdout: string, stderr: string): BuildResult => ({
  status,
  stdout,
  stderr,
  output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
});

/**
 * Builds the cases in `casesDir` (undefined: the real ones in content/cases/) into `outDir`.
 * `env` adds to the environment, e.g. `SITE_URL` (a publishing build) or `SOURCE_CHECKS`.
 */
export function astroBuild(casesDir: string | undefined, outDir: string, env: Record<string, string> = {}, options: BuildOptions = {}): BuildResult {
  const { command, commandArgs, options: spawnOptions } = buildInvocation(casesDir, outDir, env, options);
  const { status, stdout, stderr } = spawnSync(command, commandArgs, { ...spawnOptions, encoding: 'utf8' });
  return result(status, stdout, stderr);
}

/** The same build, without blocking: several can be started at once. */
export function startAstroBuild(casesDir: string | undefined, outDir: string, env: Record<string, string> = {}, options: BuildOptions = {}): Promise<BuildResult> {
  const { command, commandArgs, options: spawnOptions } = buildInvocation(casesDir, outDir, env, options);
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, spawnOptions);
    let [stdout, stderr] = ['', ''];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.killWhen && stdout.includes(options.killWhen)) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve(result(status, stdout, stderr)));
  });
}
