/**
 * Serves a built folder with `astro preview` on a port the operating system hands out, for
 * the build tests and `npm run bench`, which build into scratch folders of their own. The
 * address is read from the server's own output, so whatever else listens on this machine
 * (a reader's `npm start`, another checkout's tests) is never mistaken for it. The browser
 * tests start the same command through Playwright's `webServer` (playwright.config.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `astro preview` on port 0, so the OS picks a free one. --ignore-lock: Astro tracks one
 * preview per project, and a reader's `npm start` may be running.
 */
export const PREVIEW_ARGS = ['preview', '--port', '0', '--ignore-lock'];

/**
 * The line `astro preview` prints once it listens, `┃ Local    http://localhost:40123/`; the
 * group's name is also the environment variable Playwright stores it in (PREVIEW_ORIGIN).
 */
export const PREVIEW_ADDRESS = /Local\s+(?<preview_origin>http:\/\/[^/\s]+)/;

/** Generous: a loaded 2-core machine may take many seconds to start Node and Vite. */
const START_TIMEOUT_MS = 120_000;

export interface Preview {
  /** `http://localhost:<port>`, the origin of this server and no other. */
  origin: string;
  stop(): Promise<void>;
}

/** Starts `astro preview` over `outDir` and resolves once it has said where it listens. */
export function startPreview(outDir: string): Promise<Preview> {
  const server = spawn(join(ROOT, 'node_modules/.bin/astro'), PREVIEW_ARGS, {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
    await closed;
  };
  let output = '';
  return new Promise<Preview>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`astro preview of ${outDir} ${why}; its output:\n${output}`)));
    };
    const exitedEarly = (code: number | null, signal: string | null) => fail(`exited before listening (${signal ?? `code ${code}`})`);
    const timer = setTimeout(() => fail(`did not say where it listens within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = PREVIEW_ADDRESS.exec(output);
      if (!address) return;
      clearTimeout(timer);
      server.off('exit', exitedEarly);
      // Whatever it prints from now on is drained unread, so its pipe never fills.
      server.stdout.off('data', read).resume();
      server.stderr.removeAllListeners('data').resume();
      resolve({ origin: address.groups!.preview_origin, stop });
    };
    server.stdout.on('data', read);
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('error', (error) => fail(`could not start (${error.message})`));
    server.once('exit', exitedEarly);
  });
}

/** Serves each folder while `body` runs with their origins, in the same order, then stops the servers. */
export async function withPreviews<T>(outDirs: readonly string[], body: (origins: string[]) => Promise<T>): Promise<T> {
  const started = await Promise.allSettled(outDirs.map(startPreview));
  const previews = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  try {
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    return await body(previews.map((preview) => preview.origin));
  } finally {
    await Promise.all(previews.map((preview) => preview.stop()));
  }
}

/** Serves `outDir` while `body` runs, then stops the server. */
export function withPreview<T>(outDir: string, body: (origin: string) => Promise<T>): Promise<T> {
  return withPreviews([outDir], ([origin]) => body(origin));
}
