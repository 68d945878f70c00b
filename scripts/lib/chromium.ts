/**
 * Finds a Chromium: `CHROMIUM_PATH`, then Debian's headless shell (the lighter build Playwright
 * itself runs headless), then Debian's `chromium`, then Playwright's own download, which a
 * machine without internet cannot fetch.
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

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** `shell: false` skips the headless shell: the bench measures the browser a reader runs. */
export function findChromium({ shell = true }: { shell?: boolean } = {}): string {
  const playwrightOwn = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  })();
  const candidates = [process.env.CHROMIUM_PATH, shell ? HEADLESS_SHELL : undefined, DEBIAN_CHROMIUM, playwrightOwn];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one with `apt-get install -y chromium-headless-shell chromium` ' +
        '(Debian), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return found;
}
