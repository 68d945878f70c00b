import { chromium } from '@playwright/test';
import { withPreview } from './lib/preview.ts';
import { findChromium, CHROMIUM_ARGS } from './lib/chromium.ts';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
await withPreview(process.argv[2], async (origin) => {
  const page = await browser.newPage();
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(origin + '/search/');
  await page.locator('#search-query').pressSequentially('party members', { delay: 150 });
  await page.waitForTimeout(2000);
  console.log(seen.join('\n'));
});
await browser.close();
