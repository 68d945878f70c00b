/** The site's small pure parts: addresses, dates, formats, pagination, page kinds, the feed's cases. */
import { describe, expect, it } from 'vitest';
import { latestCases } from '../../src/lib/data/export.ts';
import { fieldName, shownPath } from '../../src/lib/content/problems.ts';
import { formatDate, isoDay, isRealDateOrMonth, isRealDay, parseCalendarDate } from '../../src/lib/format/dates.ts';
import { median } from '../../src/lib/format/numbers.ts';
import { compoundParts, formatPlace } from '../../src/lib/format/text.ts';
import { hasOwnSearch, pageKind } from '../../src/lib/site/page-kinds.ts';
import { listSentence, pageLinks, pagedTitle } from '../../src/lib/site/pagination.ts';
import { absoluteUrl, caseParagraphUrl, categoryUrl, compareUrl, searchUrl } from '../../src/lib/site/urls.ts';
import { t } from '../../src/lib/site/words.ts';

describe('addresses', () => {
  it('give page 1 of a list the list’s own address, a paragraph its fragment, a search its encoded query', () => {
    expect([categoryUrl('rural'), categoryUrl('rural', 1), categoryUrl('rural', 2), compareUrl(12)]).toEqual([
      '/categories/rural/',
      '/categories/rural/',
      '/categories/rural/2/',
      '/compare/12/',
    ]);
    expect([caseParagraphUrl('baotou', 2), caseParagraphUrl('baotou')]).toEqual(['/cases/baotou/#p-2', '/cases/baotou/']);
    expect(searchUrl('a&b c', 'rural')).toBe('/search/?q=a%26b%20c&category=rural');
    expect(absoluteUrl('/cases/baotou/', 'https://example.org/base/')).toBe('https://example.org/cases/baotou/');
  });
});

describe('dates', () => {
  it('read a day or a month, and nothing the calendar lacks', () => {
    expect(parseCalendarDate('2025-05-16')).toEqual({ date: new Date(Date.UTC(2025, 4, 16)), precision: 'day' });
    expect(parseCalendarDate('2024-10')).toEqual({ date: new Date(Date.UTC(2024, 9, 1)), precision: 'month' });
    for (const value of ['2025-02-30', '2023-02-29', '2025-13', '2025-00-10', '2025-5-16', '16 May 2025', '2025-05-16T00:00', '']) {
      expect(isRealDateOrMonth(value), value).toBe(false);
    }
    expect([isRealDay('2024-02-29'), isRealDay('2025-02-29'), isRealDay('2024-10')]).toEqual([true, false, false]);
  });

  it('are written in each style only as precisely as they are known, whatever the time zone', () => {
    expect(['2025-05-16', '2024-10'].map((date) => formatDate(date))).toEqual(['16 May 2025', 'October 2024']);
    expect(['2025-05-16', '2024-10'].map((date) => formatDate(date, 'month-day-year'))).toEqual(['May 16, 2025', 'October 2024']);
    expect(['2025-05-16', '2024-10'].map((date) => formatDate(date, 'year-month-day'))).toEqual(['2025, May 16', '2024, October']);
    expect(() => formatDate('2025-02-30')).toThrow(/not a date/);
    expect(isoDay(new Date('2026-01-31T23:59:59-05:00'))).toBe('2026-02-01');
  });
});

describe('formats', () => {
  it('join a place, name a field as an editor writes it', () => {
    expect(formatPlace({ name: 'Baotou', region: 'Inner Mongolia', country: 'China' })).toBe('Baotou, Inner Mongolia, China');
    expect(fieldName(['keyFigures', 0, 'quote'])).toBe('keyFigures[0].quote');
  });

  it('show a path from the checkout as found there, one outside it whole, a sibling folder included', () => {
    expect(shownPath('/tmp/site/content/cases/a.mdx', '/tmp/site')).toBe('content/cases/a.mdx');
    expect(shownPath('/tmp/site', '/tmp/site')).toBe('.');
    expect(shownPath('/tmp/scratch/cases/a.mdx', '/tmp/site')).toBe('/tmp/scratch/cases/a.mdx');
    expect(shownPath('/elsewhere/a.mdx', '/tmp/site')).toBe('/elsewhere/a.mdx');
  });

  it('set hyphenated compounds apart, to be kept on one line, the text as it was', () => {
    const text = 'Party Building in State-owned Enterprises: High-quality, 2024-10 and a dash - alone';
    const parts = compoundParts(text);
    expect(parts.filter((part) => part.compound).map((part) => part.text)).toEqual(['State-owned', 'High-quality', '2024-10']);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('take the median of numbers, leaving them as they were', () => {
    const values = [5, 1, 3];
    expect([median(values), median([4, 1, 3, 2])]).toEqual([3, 2.5]);
    expect(values).toEqual([5, 1, 3]);
  });
});

describe('list pages', () => {
  it('show the first, last, current and neighbouring page numbers, a gap never hiding a single page', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageLinks(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageLinks(7, 20)).toEqual([1, 'gap', 6, 7, 8, 'gap', 20]);
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageLinks(17, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
    for (const current of [1, 2, 500, 999, 1000]) expect(pageLinks(current, 1000).length).toBeLessThanOrEqual(7);
  });

  it('name a later page, and the slice of the list it holds', () => {
    expect(pagedTitle('Rural', { currentPage: 1, lastPage: 7 })).toBe('Rural');
    expect(pagedTitle('Rural', { currentPage: 2, lastPage: 7 })).toBe(t('list.pagedTitle', { title: 'Rural', page: 2, pages: 7 }));
    expect(listSentence('list.count', { start: 20, end: 39, lastPage: 7 }, { cases: 'x' })).toBe(t('list.countPaged', { cases: 'x', first: 21, last: 40 }));
    expect(listSentence('list.count', { start: 0, end: 3, lastPage: 1 }, { cases: 'x' })).toBe(t('list.count', { cases: 'x' }));
  });

  it('the feed carries the newest cases, last in chapter order first', () => {
    const all = Array.from({ length: 120 }, (_, index) => index + 1);
    expect(latestCases(all, 50)).toEqual(all.slice(70).reverse());
    expect(latestCases(all.slice(0, 4), 50)).toEqual([4, 3, 2, 1]);
  });
});

describe('page kinds', () => {
  it('tell every address the site serves by its shape, and nothing else', () => {
    const kinds: [string, string | undefined][] = [
      ['/', 'home'],
      ['/categories/urban/2/', 'category'],
      ['/cases/baotou/', 'case'],
      ['/search/?category=rural', 'search'],
      ['/search/?category=rural&q=service', 'search-results'],
      ['/themes/', 'themes'],
      ['/themes/digital-platforms/', 'theme'],
      ['/glossary/2/', 'glossary'],
      ['/compare/', 'compare'],
      ['/about/', 'about'],
      ['/accessibility/', 'accessibility'],
      ['/404.html', 'not-found'],
      ['/cases/baotou/extra/', undefined],
      ['/cases.json', undefined],
    ];
    for (const [path, kind] of kinds) expect(pageKind(path), path).toBe(kind);
    expect(['/', '/search/', '/search/?q=a', '/cases/baotou/', '/404.html'].map(hasOwnSearch)).toEqual([true, true, true, false, false]);
  });
});
