/**
 * Runs Astro's build in a process of its own, for scripts/build.ts, into the folder that
 * `OUT_DIR` names (a fresh staging folder), and reports how it ended on file descriptor 3,
 * as one line of JSON: `{"ok":true}`, or `{"ok":false,"message":"…"}` with the error as a
 * reader needs it. A process that ends without reporting did not finish, whatever its exit
 * code: something in the build called `process.exit()`.
 */
import { writeSync } from 'node:fs';
import { build } from 'astro';
import { describeBuildError } from '../src/lib/build/build-errors.ts';

const REPORT_FD = 3;
const root = process.cwd();

try {
  await build({ root });
  writeSync(REPORT_FD, `${JSON.stringify({ ok: true })}\n`);
} catch (error) {
  writeSync(REPORT_FD, `${JSON.stringify({ ok: false, message: describeBuildError(error, root) })}\n`);
  process.exitCode = 1;
}
