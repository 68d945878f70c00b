/**
 * Runs a real build of a folder of cases into a folder of output, for the build tests, which
 * build into scratch folders, and `npm run screenshots`: `npm run build`'s own script (all or
 * nothing, with its lock), for the local address on purpose, unless `env` gives a public one
 * (`SITE_URL`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the cases in `casesDir` (undefined: the real ones in content/cases/) into `outDir`.
 * `env` adds to the environment, e.g. `SITE_URL` (a publishing build) or `SOURCE_CHECKS`.
 */
export function astroBuild(
  casesDir: string | undefined,
  outDir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const args = env.SITE_URL ? [] : ['--local'];
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...(casesDir && { CASES_DIR: casesDir }), OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Colour codes stripped, so lines can be matched as an editor reads them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
