/**
 * One page a worker for tests that only read pages: the site stores nothing in the browser, so a context
 * per test buys nothing but CPU. Each test starts with media reset; context options: `test.use({ sharedPageContext })`.
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
