/** The build behind a real nginx configured only by the `_nginx.conf` it wrote: what depends on the host. */
import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { BUILD_ONLY_FILES, CACHE_HASHED, CACHE_OTHER, HASHED_FILES, publishedType } from '../../src/lib/build/nginx.ts';
import { caseUrl, categoryUrl } from '../../src/lib/site/urls.ts';
import { settle } from '../../scripts/lib/settle.ts';
import { DIST, hostHeaders, readBuilt } from '../support/built-site.ts';
import { watchConsole, watchPolicy } from '../support/console.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';

const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    async ({}, use) => {
      const nginx = await startNginx(DIST);
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
});

function expectSecurityHeaders(headers: Headers, what: string) {
  for (const [name, value] of Object.entries(hostHeaders())) expect(headers.get(name), `${name} on ${what}`).toBe(value);
}

const notFoundPage = () => readBuilt('404.html');

/** Every file of the build, as a path on the site. */
function publishedFiles(): string[] {
  return (readdirSync(DIST, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => `/${join(entry.parentPath, entry.name).slice(DIST.length + 1)}`)
    .filter((path) => !BUILD_ONLY_FILES.some((file) => path === `/${file}`))
    .sort();
}

test('every published file: 200, its type with a charset, the security headers, caching by name', async ({ nginx }) => {
  const hashed = new RegExp(HASHED_FILES);
  const files = publishedFiles();
  expect(files.length).toBeGreaterThan(40);
  for (const path of files) {
    const response = await fetch(`${nginx.origin}${encodeURI(path)}`);
    expect(response.status, path).toBe(200);
    expect(publishedType(path), `${path}: a kind of file _nginx.conf does not type`).toBeDefined();
    expect(response.headers.get('content-type'), path).toBe(publishedType(path));
    expectSecurityHeaders(response.headers, path);
    expect(response.headers.get('cache-control'), path).toBe(hashed.test(path) ? CACHE_HASHED : CACHE_OTHER);
    await response.arrayBuffer();
  }
  // Both kinds of caching were met.
  expect(files.some((path) => hashed.test(path))).toBe(true);
});

test('unknown paths and build-only files: 404 with the site\'s 404 page and every header', async ({ nginx }) => {
  for (const path of ['/no/such/page/', '/cases/no-such-case/', '/_astro/missing.js', ...BUILD_ONLY_FILES.map((file) => `/${file}`)]) {
    const response = await fetch(`${nginx.origin}${path}`);
    expect(response.status, path).toBe(404);
    expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response.headers, `404 ${path}`);
    expect(response.headers.get('cache-control'), path).toBe(CACHE_OTHER);
    expect(await response.text(), path).toBe(notFoundPage());
  }
});

test('a folder without its slash redirects to it, by path, with the headers', async ({ nginx }) => {
  for (const path of [categoryUrl('urban'), caseUrl('baotou')]) {
    const bare = path.slice(0, -1);
    const response = await fetch(`${nginx.origin}${bare}`, { redirect: 'manual' });
    expect(response.status, bare).toBe(301);
    expect(response.headers.get('location'), bare).toBe(path);
    expectSecurityHeaders(response.headers, `redirect ${bare}`);
    expect((await fetch(`${nginx.origin}${bare}`)).url).toBe(`${nginx.origin}${path}`);
  }
});

test('a long search address is answered (header buffers of 32 kB)', async ({ nginx }) => {
  const response = await fetch(`${nginx.origin}/search/?q=${'a'.repeat(10_000)}`);
  expect(response.status).toBe(200);
});

test('search works behind nginx, with no policy violation, console error or request elsewhere', async ({ nginx, page }) => {
  const violations = await watchPolicy(page);
  const errors = watchConsole(page);
  const foreign: string[] = [];
  page.on('request', (request) => !request.url().startsWith(nginx.origin) && !/^(data|blob):/.test(request.url()) && foreign.push(request.url()));
  await page.goto(`${nginx.origin}/search/?q=service`);
  const firstResult = page.locator('[data-search-results] > li h2 a').first();
  await firstResult.click();
  await expect(page).toHaveURL(/\/cases\/[a-z0-9-]+\/\?highlight=/);
  // The highlighter, which the case page loads only for such an address, has run.
  await expect(page.locator('.case-text mark').first()).toBeVisible();
  await settle(page);
  expect(await violations()).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('another site cannot frame it', async ({ nginx, page }) => {
  // A page on another origin (another port) framing the site, and, as the control, a page of its own origin.
  const framer: Server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(
      request.url === '/own'
        ? '<!doctype html><title>own</title><p id="own">framed fine</p>'
        : `<!doctype html><title>framer</title><iframe id="site" src="${nginx.origin}/"></iframe><iframe id="own" src="/own"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  try {
    const framerOrigin = `http://127.0.0.1:${(framer.address() as { port: number }).port}`;
    const refused: string[] = [];
    page.on('console', (message) => /frame-ancestors|X-Frame-Options/i.test(message.text()) && refused.push(message.text()));
    await page.goto(`${framerOrigin}/`);
    await page.waitForLoadState('load');
    // The control frame shows its page: framing itself works here.
    await expect(page.frameLocator('#own').locator('#own')).toHaveText('framed fine');
    // The site's frame was refused: it holds none of the site, and the browser said why.
    const siteFrame = await (await page.locator('#site').elementHandle())!.contentFrame();
    expect(siteFrame!.url()).not.toBe(`${nginx.origin}/`);
    await expect.poll(() => refused.length, { message: 'the browser says it refused the frame' }).toBeGreaterThan(0);
    expect(refused.join('\n')).toMatch(/frame-ancestors 'none'/);
  } finally {
    await new Promise((resolve) => framer.close(resolve));
  }
});
