import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium';
import { PREVIEW_ADDRESS, PREVIEW_ARGS } from './scripts/lib/preview';

/**
 * The browser tests run against the production build in dist/ (`npm run test:e2e` builds it first),
 * served by `astro preview` on a port the operating system hands out. Playwright reads the
 * address from the server's own output (`wait.stdout`; the named group becomes the
 * environment variable PREVIEW_ORIGIN) before it starts the workers, which load this file
 * again and so see it as `baseURL`. Nothing else listening on the machine can answer instead.
 *
 * Another server (a host's own, say) is one more `webServer` entry printing its address and
 * one more project whose `baseURL` reads it.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  // Generous enough for a 2-core machine at load 30; a failure says what it waited for.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    navigationTimeout: 60_000,
  },
  projects: [{ name: 'astro-preview', use: { baseURL: process.env.PREVIEW_ORIGIN } }],
  webServer: [
    {
      name: 'astro preview',
      command: `astro ${PREVIEW_ARGS.join(' ')}`,
      wait: { stdout: PREVIEW_ADDRESS },
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    },
  ],
});
