/**
 * Serves a built folder with `astro preview` while `body` runs, then stops the server:
 * for the build tests and `npm run bench`, which build into scratch folders of their own.
 * The browser tests' server is Playwright's `webServer` instead.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function withPreview<T>(outDir: string, port: number, body: (origin: string) => Promise<T>): Promise<T> {
  const origin = `http://localhost:${port}`;
  // --ignore-lock: Astro tracks one preview per project, and a reader's `npm start` may be running.
  const server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--ignore-lock'], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${origin}/`).then((response) => response.ok, () => false))) {
      if (Date.now() > deadline) throw new Error(`astro preview did not answer on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await body(origin);
  } finally {
    const closed = new Promise((resolve) => server.once('close', resolve));
    server.kill();
    await closed;
  }
}
