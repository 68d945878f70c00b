import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

/**
 * The browser tests run against the production build in dist/ (`npm run test:e2e` builds it first),
 * served by `astro preview` on a port the OS hands out. Playwright reads the address from the
 * server's own output (the named group becomes PREVIEW_ORIGIN, the workers' `baseURL`), so nothing
 * else listening on the machine can answer instead. --ignore-lock: a reader's `npm start` may run.
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
      command: 'astro preview --port 0 --ignore-lock',
      wait: { stdout: /Local\s+(?<preview_origin>http:\/\/[^/\s]+)/ },
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    },
  ],
});
