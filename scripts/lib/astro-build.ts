/**
 * Runs a real `astro build` of a folder of cases into a folder of output: for the build
 * tests, which build into scratch folders, and `npm run screenshots`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the cases in `casesDir` (undefined: the real ones in content/cases/) into `outDir`. */
export function astroBuild(casesDir: string | undefined, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, ...(casesDir && { CASES_DIR: casesDir }), OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Colour codes stripped, so lines can be matched as an editor reads them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
