/**
 * Finds a Chromium for the browser tests: `CHROMIUM_PATH`, then Debian's
 * `/usr/bin/chromium`, then Playwright's own download. Playwright cannot
 * download browsers on machines without internet, so the system one comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium from calling home, which a closed network refuses noisily. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const playwrightOwn = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightOwn];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
        '(Debian), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
