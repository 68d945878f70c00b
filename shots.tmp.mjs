import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = { home: '/', category: '/categories/rural/', case: '/cases/guangchang-county/', about: '/about/' };
const [,, scheme, width, name, ...offsets] = process.argv;
const ctx = await b.newContext({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
const p = await ctx.newPage();
await p.goto('http://localhost:4333' + pages[name]);
for (const y of offsets) await p.screenshot({ path: `/tmp/trust-shots/c-${name}-${width}-${scheme}-${y}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: 800 } });
await b.close();
