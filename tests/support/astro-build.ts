/** A real `npm run build` (scripts/build.ts, all or nothing) of a folder of cases, for the build tests. */
import { spawn } from 'node:child_process';
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
  /** Kills the build (SIGKILL) once its output says this. */
  killWhen?: string;
}

/**
 * Builds `casesDir` (undefined: content/cases/) into `outDir`, for the local address unless `env`
 * gives SITE_URL (one in this process's environment is not passed on).
 */
export function astroBuild(casesDir: string | undefined, outDir: string, env: Record<string, string> = {}, { cwd = ROOT, prefix = [], args = [], killWhen }: BuildOptions = {}): Promise<BuildResult> {
  const { SITE_URL: _, ...inherited } = process.env;
  const [command, ...commandArgs] = [...prefix, process.execPath, join(cwd, 'scripts/build.ts'), ...('SITE_URL' in env ? [] : ['--local']), ...args];
  const child = spawn(command, commandArgs, {
    cwd,
    env: { ...inherited, ...env, ...(casesDir && { CASES_DIR: casesDir }), OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let [stdout, stderr] = ['', ''];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (killWhen && stdout.includes(killWhen)) child.kill('SIGKILL');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
