/**
 * `npm start`: builds the site for this machine's address, on purpose (`--local`), and serves
 * `dist/` at http://localhost:4321 with search working. It never rebuilds under a running
 * server: if something already answers on the port (an earlier `npm start`), it says so and
 * stops. The check is made again once the build lock is held, and the lock is kept until the
 * server answers, so that two `npm start`s at once cannot both build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireLock, describeHolder } from '../src/lib/build/lock.ts';
import { LOCAL_PORT, LOCAL_URL } from '../src/lib/site/address.ts';
import { BuildFailure, buildLockPath, buildSite } from './site-build.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const outDir = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** Whether anything accepts a connection on the port at `localhost` (IPv4 or IPv6, whichever it names). */
function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: 'localhost', port, autoSelectFamily: true });
    socket.setTimeout(2_000);
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false));
    socket.once('close', () => socket.destroy());
  }).finally(() => undefined) as Promise<boolean>;
}

async function refuseIfServed(): Promise<void> {
  if (!(await answers(LOCAL_PORT))) return;
  console.error(
    `Something already answers at ${LOCAL_URL} (an earlier npm start?): open it there, or stop it first. Not rebuilding the site under a running server.`,
  );
  process.exit(1);
}

await refuseIfServed();
const lockPath = buildLockPath(ROOT);
mkdirSync(dirname(lockPath), { recursive: true });
const release = await acquireLock(lockPath, {
  wait: true,
  command: 'npm start',
  onWait: (holder) => console.log(`Another build is running in this checkout (${describeHolder(holder)}); waiting for it to finish…`),
});
try {
  await refuseIfServed();
  console.log(`Building for this machine, ${LOCAL_URL}.`);
  await buildSite({ root: ROOT, outDir, address: { url: LOCAL_URL, local: true } });
} catch (error) {
  release();
  if (!(error instanceof BuildFailure)) throw error;
  console.error(`\nThe build failed; nothing is served:\n${error.message.split('\n').map((line) => `  ${line}`).join('\n')}`);
  process.exit(1);
}

const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(LOCAL_PORT)], {
  cwd: ROOT,
  env: { ...process.env, SITE_LOCAL: '1' },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('close', (code) => {
  release();
  process.exit(code ?? 0);
});
// The lock is let go once the server answers: a second npm start then finds it running.
while (!(await answers(LOCAL_PORT))) {
  if (server.exitCode !== null) break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
release();
