/**
 * `npm start`: builds the site for this machine's address (`npm run build -- --local`) and
 * serves `dist/` at http://localhost:4321 with search working (Astro's `preview`). If something
 * already answers there (an earlier `npm start`), it says so and stops, before building.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import isPortReachable from 'is-port-reachable';
import { LOCAL_PORT, LOCAL_URL } from '../src/lib/site/address.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Checked again after the build, which may have waited for an earlier `npm start`'s. */
async function refuseIfServed(): Promise<void> {
  if (!(await isPortReachable(LOCAL_PORT, { host: 'localhost' }))) return;
  console.error(`Something already answers at ${LOCAL_URL} (an earlier npm start?): open it there, or stop it first.`);
  process.exit(1);
}

await refuseIfServed();
const built = spawnSync(process.execPath, ['scripts/build.ts', '--local'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await refuseIfServed();
Object.assign(process.env, { SITE_LOCAL: '1', ASTRO_TELEMETRY_DISABLED: '1' });
const { preview } = await import('astro');
await preview({ root: ROOT, server: { port: LOCAL_PORT } });
