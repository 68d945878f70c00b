/**
 * Waits until a page is ready to judge, by what it says, never by the clock: loaded, and on the
 * search page the search its address asks for on screen (src/scripts/search-page.ts marks it done).
 */
import type { Page } from '@playwright/test';

/** Generous enough for a 2-core machine at load 30. */
export const SETTLE_TIMEOUT_MS = 60_000;

export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load', { timeout: SETTLE_TIMEOUT_MS });
  if ((await page.locator('[data-search-status]').count()) > 0) {
    await page.locator('[data-search-status][data-search-state="done"]').waitFor({ state: 'attached', timeout: SETTLE_TIMEOUT_MS });
  }
}
