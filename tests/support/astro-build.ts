/**
 * Runs a real build over a folder of cases into a folder of output, as the build tests need:
 * `npm run build`'s own script (all or nothing, with its lock), for the local address on purpose.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function astroBuild(casesDir: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--local'], {
    cwd: ROOT,
    env: { ...process.env, CASES_DIR: casesDir, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Colour codes stripped, so lines can be matched as an editor reads them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
