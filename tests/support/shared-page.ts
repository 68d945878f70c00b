/**
 * One page a worker, for the tests that visit every built page and only read it. Loading a
 * page replaces everything the last one held (the site stores nothing in the browser), so a
 * fresh browser context per test, a new renderer process each, buys nothing but CPU: about
 * half a CPU-second a test on a 2-core machine, where the suite is CPU-bound.
 *
 * Each test still starts clean: the emulated media are reset and the viewport set to the
 * file's own; after a failed test Playwright starts a new worker, so a broken page never
 * reaches the next test. Context options go through `test.use({ sharedPageContext })`:
 * `test.use({ viewport })` and its like configure the context this page replaces.
 */
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

interface SharedPageOptions {
  /** The context every test of the file would otherwise get (`test.use({ sharedPageContext })`). */
  sharedPageContext: BrowserContextOptions;
}

interface SharedPage {
  page: Page;
  /** The viewport the context opened with, which every test starts from. */
  viewport: { width: number; height: number };
}

export const test = base.extend<{ page: Page }, SharedPageOptions & { sharedPage: SharedPage }>({
  sharedPageContext: [{}, { scope: 'worker', option: true }],
  sharedPage: [
    async ({ browser, sharedPageContext }, use) => {
      // The address the config gives `baseURL` (a worker fixture cannot read that test option).
      const context = await browser.newContext({ baseURL: process.env.PREVIEW_ORIGIN, ...sharedPageContext });
      const page = await context.newPage();
      await use({ page, viewport: page.viewportSize()! });
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage: { page, viewport } }, use) => {
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await page.setViewportSize(viewport);
    await use(page);
  },
});
