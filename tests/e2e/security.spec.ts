/** The security policy at work, enforced from each page's <meta> and from the `_headers` a host sends. */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { metaPolicy, parsePolicy, REFERRER_POLICY } from '../../src/lib/build/security.ts';
import { hostHeaders, htmlFiles, pagesToVisit, readBuilt } from '../support/built-site.ts';
import { settle } from '../../scripts/lib/settle.ts';
import { watchConsole, watchPolicy } from '../support/console.ts';

interface Watch {
  violations: () => Promise<string[]>;
  consoleErrors: string[];
  requests: string[];
}

/** Serves every page with the host's headers added, and records violations, console errors and every request. */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const headers = hostHeaders();
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { violations: await watchPolicy(page), consoleErrors: watchConsole(page), requests };
}

const test = base.extend<{ watched: Watch }>({
  watched: async ({ context, page }, use) => {
    await use(await watch(context, page));
    // A response still in flight at the end (search prefetches) would reach a closed context's route.
    await context.unrouteAll({ behavior: 'wait' });
  },
});

/** Everything went to the site itself (data: and blob: addresses never leave the browser). */
function foreign(requests: readonly string[], baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== own);
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const path of pagesToVisit()) {
  test(`${path}: strict policy, no violation, no third party, with every button pressed`, async ({ watched, page, baseURL }) => {
    await page.goto(path);
    await settle(page);

    const policy = parsePolicy(
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '',
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', REFERRER_POLICY);

    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
          .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`),
      ),
    );
    expect(handlers, 'inline event handlers or javascript: addresses').toEqual([]);
    // Nor style attributes: the policy allows no 'unsafe-inline' styles.
    await expect(page.locator('[style]')).toHaveCount(0);

    // Every button that acts in place (print, copy, …); submitting the search form is the search test's.
    const pressed = await page.locator('button, [role="button"]').evaluateAll((controls) =>
      controls
        .filter((control) => !(control instanceof HTMLButtonElement && control.type === 'submit'))
        .filter((control) => control.checkVisibility())
        .map((control, index) => control.setAttribute('data-press', String(index))).length,
    );
    for (let index = 0; index < pressed; index += 1) {
      await page.locator(`[data-press="${index}"]`).click();
      await settle(page);
    }
    test.info().annotations.push({ type: 'buttons pressed', description: String(pressed) });

    expect(await watched.violations()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(foreign(watched.requests, baseURL!)).toEqual([]);
    expect(watched.requests.length).toBeGreaterThan(0);
  });
}

test('a search from the home page’s form: no violation, no third party', async ({ watched, page, baseURL }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox').first();
  await box.fill('service');
  await box.press('Enter');
  await page.waitForURL(/\/search\/\?q=service/);
  await settle(page);
  expect(await watched.violations()).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(foreign(watched.requests, baseURL!)).toEqual([]);
});

// The visits above show each page's hashes suffice; this shows they are no more than its own.
test('each page\'s policy allows no more inline code than the page holds', () => {
  for (const file of htmlFiles()) {
    const html = readBuilt(file);
    const policy = parsePolicy(metaPolicy(html) ?? '');
    const hashes = (name: string) => (policy.get(name) ?? []).filter((source) => source.startsWith("'sha"));
    const inlineScripts = html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [];
    const inlineStyles = html.match(/<style[\s>]/g) ?? [];
    expect(hashes('script-src').length, `${file}: script hashes`).toBeLessThanOrEqual(inlineScripts.length);
    expect(hashes('style-src').length, `${file}: style hashes`).toBeLessThanOrEqual(inlineStyles.length);
  }
});

test('_headers gives hosts the pages\' policy as real headers, with frame-ancestors', () => {
  const headers = hostHeaders();
  const header = parsePolicy(headers['Content-Security-Policy']);
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers['Referrer-Policy']).toBe(REFERRER_POLICY);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  // The header allows everything each page's own policy allows, so it never blocks what the page needs.
  for (const file of htmlFiles()) {
    const meta = metaPolicy(readBuilt(file));
    expect(meta, `${file} has a policy <meta>`).toBeDefined();
    for (const [name, sources] of parsePolicy(meta!)) {
      expect(header.get(name), `${file}: ${name}`).toEqual(expect.arrayContaining(sources));
    }
  }
});
