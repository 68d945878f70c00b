/**
 * `npm run check-sources`: visits every case's source address and records, per address, the
 * day, what happened and where the link ended, in content/source-checks.json (one line per
 * source and a summary on the console). Without a network it changes nothing, says so in one
 * line, and exits 0. Options: `--timeout <ms>` (default 15000); `CASES_DIR` and
 * `SOURCE_CHECKS` point it at other files, as they do the build.
 */
import { parseArgs } from 'node:util';
import { casesDir } from '../src/lib/content/loader.ts';
import { sourceChecksPath } from '../src/lib/content/source-checks.ts';
import { readCaseSources, runChecks, userAgent } from './source-checker.ts';

const { values } = parseArgs({ options: { timeout: { type: 'string', default: '15000' } } });
const timeoutMs = Number(values.timeout);
if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
  console.error(`check-sources: --timeout must be a whole number of milliseconds (got "${values.timeout}")`);
  process.exit(1);
}

const { lines } = await runChecks(readCaseSources(casesDir()), sourceChecksPath(), {
  timeoutMs,
  userAgent: userAgent(),
  today: new Date().toISOString().slice(0, 10),
});
for (const line of lines) console.log(line);
