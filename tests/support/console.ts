/** Collects console errors and uncaught exceptions while a test runs, for it to assert none. */
import type { Page } from '@playwright/test';

export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
