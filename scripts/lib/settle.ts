/**
 * Waiting for a page to be ready to judge, by what the page says, never by the clock:
 * everything it loads has loaded, and on the search page the search its address asks for
 * is on screen (src/scripts/search-page.ts marks its status `data-search-state="done"`).
 * For pages with JavaScript on; without it the search page has nothing to finish.
 */
import type { Page } from '@playwright/test';

/** Generous enough for a 2-core machine at load 30. */
export const SETTLE_TIMEOUT_MS = 60_000;

const SEARCH_STATUS = '[data-search-status]';
const SEARCH_DONE = `${SEARCH_STATUS}[data-search-state="done"]`;

export async function settle(page: Page, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
  await page.waitForLoadState('load', { timeout });
  if ((await page.locator(SEARCH_STATUS).count()) > 0) {
    // Waiting for this selector names what was awaited if it never comes.
    await page.locator(SEARCH_DONE).waitFor({ state: 'attached', timeout });
  }
}
