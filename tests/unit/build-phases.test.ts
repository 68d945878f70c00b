/**
 * The bench splits each build's time by the lines Astro and scripts/build.ts print; the log below
 * is a real 2,000-case build's, shortened where it lists its pages.
 */
import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../scripts/build-phases';

const LOG = `02:54:50 [content] Syncing content
02:54:57 [content] Synced content
02:54:57 [types] Generated 8.71s
02:54:57 [build] output: "static"
02:54:57 [build] mode: "static"
02:54:57 [build] directory: /tmp/out2k/
02:54:57 [build] Collecting build info...
02:54:57 [build] ✓ Completed in 8.91s.
02:54:57 [build] Building static entrypoints...
02:55:09 [vite] ✓ built in 12.43s
02:55:10 [vite] ✓ built in 76ms
02:55:11 [build] Rearranging server assets...

 generating static routes 
02:55:11 ▶ src/pages/cases/[slug].astro
02:55:11   ├─ /cases/anan-district-646/index.html (+37ms) 
02:55:25 ✓ Completed in 14.83s.

02:55:28 [security-headers] _headers written: the policy of 2610 pages
02:55:28 [build] ✓ Completed in 30.83s.
02:55:39 [build] 2610 page(s) built in 51.26s
02:55:39 [build] Complete!
Search index written: 2047 pages (those with data-pagefind-body) in 7.12s.
`;

describe('build phases', () => {
  it("splits a build into setup, bundling, rendering and the rest, which add up to the build's total", () => {
    const phases = buildPhases(LOG);
    expect(phases).toEqual({ setupMs: 8_910, bundleMs: 12_430, renderMs: 14_830, restMs: expect.closeTo(15_090, 6), totalMs: 51_260, searchIndexMs: 7_120 });
  });

  it('reads minutes, and ignores colour codes', () => {
    const long = LOG.replace('✓ Completed in 14.83s.', '\u001b[32m✓ Completed in 1m 4s.\u001b[39m').replace('built in 51.26s', 'built in 3m 54s');
    expect(buildPhases(long)).toMatchObject({ renderMs: 64_000, totalMs: 234_000 });
  });

  it('gives nothing, rather than a wrong split, when a line is missing', () => {
    expect(buildPhases(LOG.replace(/.*\[vite\].*\n/g, ''))).toBeUndefined();
    expect(buildPhases('')).toBeUndefined();
  });
});
