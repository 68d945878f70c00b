/**
 * `npm run build`: the complete static site in `dist/`, all or nothing (scripts/site-build.ts).
 *
 *   SITE_URL=https://cases.example.org npm run build    # for publishing: the public address
 *   npm run build -- --local                            # for this machine (npm start, the tests)
 *   npm run build -- --no-wait                          # refuse, rather than wait, if a build runs
 *
 * A publishing build refuses to start without a public address, before touching anything.
 * `OUT_DIR` builds elsewhere than `dist/`; `CASES_DIR` reads another folder of cases.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, BuildLockedError, describeHolder } from '../src/lib/build/lock.ts';
import { siteAddress } from '../src/lib/site/address.ts';
import { BuildFailure, buildLockPath, buildSite } from './site-build.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OPTIONS = ['--local', '--no-wait'];
const USAGE = 'usage: [SITE_URL=https://…] npm run build [-- --local] [-- --no-wait]';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = args.find((arg) => !OPTIONS.includes(arg));
if (unknown) {
  console.error(`build: unknown option ${unknown} (${USAGE})`);
  process.exit(2);
}
const local = args.includes('--local');
const address = siteAddress({ local, override: process.env.SITE_URL });
if ('error' in address) {
  console.error(address.error);
  process.exit(2);
}

const outDir = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
const shownOut = `${relative(process.cwd(), outDir).startsWith('..') ? outDir : relative(process.cwd(), outDir) || '.'}/`;
const lockPath = buildLockPath(ROOT);
mkdirSync(dirname(lockPath), { recursive: true });

let release: () => void;
try {
  release = await acquireLock(lockPath, {
    wait: !args.includes('--no-wait'),
    command: `npm run build${args.length ? ` -- ${args.join(' ')}` : ''}`,
    onWait: (holder) => console.log(`Another build is running in this checkout (${describeHolder(holder)}); waiting for it to finish…`),
    onStale: (holder) => console.log(`Removed the lock of a build that is no longer running (pid ${holder.pid}, since ${holder.since}).`),
  });
} catch (error) {
  if (!(error instanceof BuildLockedError)) throw error;
  console.error(`Not building: ${error.message}.`);
  process.exit(1);
}

console.log(local ? `Building for this machine, ${address.url} (--local): not for publishing.` : `Building for ${address.url}.`);
const hadOutput = existsSync(outDir);
try {
  const { files } = await buildSite({ root: ROOT, outDir, address: { url: address.url, local } });
  console.log(`Built ${files} files for ${address.url} into ${shownOut}`);
} catch (error) {
  if (!(error instanceof BuildFailure)) throw error;
  const kept = hadOutput ? `${shownOut} is unchanged` : `nothing was written to ${shownOut}`;
  const details = error.message.split('\n').map((line) => `  ${line}`).join('\n');
  const log = error.log ? `\n(Astro's full output: ${relative(process.cwd(), error.log)})` : '';
  console.error(`\nThe build failed; ${kept}:\n${details}${log}`);
  process.exitCode = 1;
} finally {
  release();
}
