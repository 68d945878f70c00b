/** Serves built folders (Astro's preview, on ports the OS hands out) and opens Chromium, for a build test file. */
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts';
import { startPreview, type Preview } from '../../scripts/lib/preview.ts';

/** Starts once the file's earlier hooks (its builds) have run; everything ends with the file. */
export function serveBuilds(outDirs: () => string[]): { origins: string[]; browser: Browser } {
  const served = { origins: [] as string[], browser: undefined as unknown as Browser };
  let previews: Preview[] = [];
  beforeAll(async () => {
    previews = await Promise.all(outDirs().map(startPreview));
    served.origins = previews.map((preview) => preview.origin);
    served.browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await served.browser?.close();
    await Promise.all(previews.map((preview) => preview.stop()));
  });
  return served;
}
