/** Runs a real `astro build` over a folder of cases into a folder of output, as the build tests need. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function astroBuild(casesDir: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync('astro', ['build'], {
    cwd: ROOT,
    env: { ...process.env, CASES_DIR: casesDir, OUT_DIR: outDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // Colour codes stripped, so lines can be matched as an editor reads them.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
