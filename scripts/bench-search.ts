/**
 * Measures the first search in a real browser against the built site (`npm run build`
 * first): the bytes fetched from /pagefind/ (as served, and gzip-compressed as a
 * compressing host would send them) and the time from the last keystroke to the
 * results on screen. Run: `npm run bench:search` (BENCH_PORT, default 4330).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';

const port = Number(process.env.BENCH_PORT ?? 4330);
const origin = `http://localhost:${port}`;
const queries = ['lianxin', 'riders', '46.11 million kilowatts', 'party'];

const server = spawn('npx', ['astro', 'preview', '--port', String(port)], { stdio: 'ignore', detached: true });
const stopServer = () => process.kill(-server.pid!, 'SIGTERM');

async function waitForServer() {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no server at ${origin}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const query of queries) {
    // A fresh context each time: nothing cached, as for a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { path: string; bytes: number; gzip: number }[] = [];
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      const { responseBodySize } = await request.sizes();
      const file = readFileSync(`dist${url.pathname}`);
      // pf_* chunks and the .pagefind WebAssembly are stored gzip-compressed already.
      const gzip = /\.(js|json)$/.test(url.pathname) ? gzipSync(file, { level: 9 }).length : file.length;
      // Chromium reports no size for the worker's script: 0 there means "not reported".
      fetched.push({ path: url.pathname, bytes: responseBodySize, gzip });
    });
    await page.goto(`${origin}/search/`);
    await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
    const input = page.locator('#search-query');
    await input.focus();
    await page.keyboard.type(query, { delay: 40 });
    const typed = Date.now();
    await page.locator('[data-search-status]').filter({ hasText: `“${query}”` }).waitFor();
    const elapsed = Date.now() - typed;
    await page.waitForLoadState('networkidle');
    const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
    const totalGzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
    console.log(`\n“${query}”: results ${elapsed} ms after the last keystroke (200 ms of it is the debounce)`);
    console.log(`  /pagefind/ bytes: ${total} as served by astro preview, ${totalGzip} gzip-compressed`);
    for (const f of fetched) console.log(`    ${f.path.padEnd(48)} ${String(f.bytes).padStart(7)} ${String(f.gzip).padStart(7)}`);
    await context.close();
  }
  await browser.close();
} finally {
  stopServer();
}
