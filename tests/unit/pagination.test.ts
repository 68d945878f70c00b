/**
 * The pure parts of bounded list pages: which page numbers a pagination bar shows,
 * the addresses of later pages, titles and counts, and which cases the feed carries.
 */
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, latestCases } from '../../src/lib/data/export.ts';
import { onThisPage, pageLinks, pagedTitle } from '../../src/lib/site/pagination.ts';
import { categoryUrl, compareUrl, glossaryUrl, themeUrl } from '../../src/lib/site/urls.ts';

describe('pageLinks', () => {
  it('lists every page of a short list', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, last, current and neighbouring pages, and marks the gaps', () => {
    expect(pageLinks(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageLinks(7, 20)).toEqual([1, 'gap', 6, 7, 8, 'gap', 20]);
    expect(pageLinks(20, 20)).toEqual([1, 'gap', 19, 20]);
  });

  it('shows a single left-out page instead of a gap standing for it', () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageLinks(17, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
  });

  it('stays short however long the list', () => {
    for (const current of [1, 2, 500, 999, 1000]) expect(pageLinks(current, 1000).length).toBeLessThanOrEqual(7);
  });
});

describe('paged addresses and titles', () => {
  it('gives page 1 the list’s own address and later pages a number', () => {
    expect(categoryUrl('rural', 1)).toBe('/categories/rural/');
    expect(categoryUrl('rural', 2)).toBe('/categories/rural/2/');
    expect(themeUrl('service-teams', 3)).toBe('/themes/service-teams/3/');
    expect(compareUrl()).toBe('/compare/');
    expect(compareUrl(12)).toBe('/compare/12/');
    expect(glossaryUrl()).toBe('/glossary/');
    expect(glossaryUrl(2)).toBe('/glossary/2/');
  });

  it('names the page after the first, and the slice of the list it holds', () => {
    expect(pagedTitle('Rural Party Building', { currentPage: 1, lastPage: 7 })).toBe('Rural Party Building');
    expect(pagedTitle('Rural Party Building', { currentPage: 2, lastPage: 7 })).toBe('Rural Party Building, page 2 of 7');
    expect(onThisPage({ start: 20, end: 39, lastPage: 7 })).toBe('; 21–40 on this page');
    expect(onThisPage({ start: 0, end: 3, lastPage: 1 })).toBe('');
  });
});

describe('the feed’s cases', () => {
  const all = Array.from({ length: 120 }, (_, index) => ({ order: index + 1 }));

  it('are the newest, last in chapter order first', () => {
    const latest = latestCases(all);
    expect(latest).toHaveLength(FEED_SIZE);
    expect(latest[0].order).toBe(120);
    expect(latest.at(-1)!.order).toBe(120 - FEED_SIZE + 1);
  });

  it('are every case, newest first, while there are fewer than the feed holds', () => {
    expect(latestCases(all.slice(0, 4)).map((entry) => entry.order)).toEqual([4, 3, 2, 1]);
    expect(latestCases([])).toEqual([]);
  });
});
