import { describe, expect, it } from 'vitest';
import { chapterOrders, inChapterOrder, usesWorker, WORKER_THRESHOLD_BYTES } from '../../src/lib/search/engine.ts';
import { FAVICON_URL } from '../../src/lib/site/favicon.ts';

describe('how the build sets up search', () => {
  it('uses the worker from the threshold on, and the main thread below it', () => {
    expect(usesWorker(8_000)).toBe(false);
    expect(usesWorker(WORKER_THRESHOLD_BYTES - 1)).toBe(false);
    expect(usesWorker(WORKER_THRESHOLD_BYTES)).toBe(true);
    expect(usesWorker(2_750_000)).toBe(true);
  });

  it('lists each category’s pages by their chapter order, as numbers, leaving out pages without one', () => {
    const orders = chapterOrders([
      { id: 'en_c', meta: { category: 'rural', order: '10' } },
      { id: 'en_a', meta: { category: 'urban', order: '2' } },
      { id: 'en_b', meta: { category: 'rural', order: '9' } },
      { id: 'en_g', meta: { category: 'glossary' } },
    ]);
    expect(Object.fromEntries(orders)).toEqual({ rural: ['en_b', 'en_c'], urban: ['en_a'] });
  });

  it('puts results in a chapter order, and any it does not list after those it does', () => {
    const results = [{ id: 'x' }, { id: 'c' }, { id: 'a' }, { id: 'b' }];
    expect(inChapterOrder(results, ['a', 'b', 'c']).map((result) => result.id)).toEqual(['a', 'b', 'c', 'x']);
  });

  it('writes the icon into the page as a data: address that needs no request', () => {
    expect(FAVICON_URL).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    expect(decodeURIComponent(FAVICON_URL.slice('data:image/svg+xml,'.length))).toContain('</svg>');
  });
});
