import { describe, expect, it } from 'vitest';
import { buildCaseIndex } from '../../src/lib/content/case-index.ts';
import { CATEGORIES, CATEGORY_IDS, getCategory, isCategoryId } from '../../src/lib/site/categories.ts';
import { fieldName } from '../../src/lib/content/errors.ts';
import { escapeMarkup } from '../../src/lib/format/escape.ts';
import { toCaseRecord } from '../../src/lib/data/export.ts';
import { formatDate } from '../../src/lib/format/dates.ts';
import { median } from '../../src/lib/format/numbers.ts';
import { compoundParts, formatPlace } from '../../src/lib/format/text.ts';
import { countWords } from '../../src/lib/site/words.ts';
import { absoluteUrl, caseUrl, categoryUrl, searchUrl } from '../../src/lib/site/urls.ts';
import { readContentFiles } from '../support/content';

describe('categories', () => {
  it('are the chapter’s four, in order, with their published labels', () => {
    expect(CATEGORY_IDS).toEqual(['urban', 'rural', 'emerging-fields', 'state-owned-enterprises']);
    expect(CATEGORIES.map((c) => c.label)).toEqual(['Urban', 'Rural', 'Emerging Fields', 'State-owned Enterprises']);
  });
  it('look up by id and reject others', () => {
    expect(getCategory('rural').heading).toBe('Rural Party Building');
    expect(isCategoryId('rural')).toBe(true);
    expect(isCategoryId('Rural')).toBe(false);
  });
});

describe('escapeMarkup', () => {
  it('escapes what would end text or a double-quoted attribute, and leaves the rest', () => {
    expect(escapeMarkup('"A" & <b>’s')).toBe('&quot;A&quot; &amp; &lt;b&gt;’s');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });
});

describe('urls', () => {
  it('end in a slash and encode queries', () => {
    expect(caseUrl('baotou')).toBe('/cases/baotou/');
    expect(categoryUrl('emerging-fields')).toBe('/categories/emerging-fields/');
    expect(searchUrl('a&b c')).toBe('/search/?q=a%26b%20c');
    expect(absoluteUrl('/cases/baotou/', 'https://example.org')).toBe('https://example.org/cases/baotou/');
  });
});

describe('format', () => {
  it('shows a full date, or only the month when that is all the source gives', () => {
    expect(formatDate('2025-05-16')).toBe('16 May 2025');
    expect(formatDate('2025-02-17')).toBe('17 February 2025');
    expect(formatDate('2024-10')).toBe('October 2024');
  });
  it('joins a place and counts nouns', () => {
    expect(formatPlace({ name: 'Baotou', region: 'Inner Mongolia', country: 'China' })).toBe('Baotou, Inner Mongolia, China');
    expect(countWords.cases(1)).toBe('1 case');
    expect(countWords.caseStudies(4)).toBe('4 case studies');
  });
  it('names fields as an editor writes them', () => {
    expect(fieldName(['keyFigures', 0, 'quote'])).toBe('keyFigures[0].quote');
    expect(fieldName(['source', 'url'])).toBe('source.url');
  });
});

describe('case index', () => {
  const entries = [
    { id: 'c', data: { category: 'urban' as const, order: 3 } },
    { id: 'a', data: { category: 'rural' as const, order: 1 } },
    { id: 'b', data: { category: 'urban' as const, order: 2 } },
  ];
  const index = buildCaseIndex(entries);
  it('sorts by chapter order and groups by category, every category present', () => {
    expect(index.all.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(index.byCategory.get('urban')?.map((e) => e.id)).toEqual(['b', 'c']);
    expect(index.byCategory.get('state-owned-enterprises')).toEqual([]);
  });
  it('gives neighbours in chapter order, none past the ends', () => {
    expect(index.neighbours('a')).toEqual({ previous: undefined, next: entries[2] });
    expect(index.neighbours('c').next).toBeUndefined();
    expect(index.neighbours('missing')).toEqual({});
  });
});

describe('cases.json records', () => {
  const files = readContentFiles();
  it('carry the published fields, with source null where the document gives none', () => {
    const rural = files.find((f) => f.data.category === 'rural')!;
    const record = toCaseRecord({ id: rural.slug, data: rural.data as never });
    expect(Object.keys(record)).toEqual([
      'slug', 'url', 'title', 'subtitle', 'category', 'categoryLabel', 'order', 'place', 'summary', 'source', 'keyFigures', 'themes', 'sourceCheck',
    ]);
    expect(record.source).toBeNull();
    expect(record.url).toBe(`/cases/${rural.slug}/`);
    expect(record.categoryLabel).toBe('Rural');
  });
});

describe('compoundParts', () => {
  it('sets hyphenated compounds apart, to be kept on one line, and leaves the text as it was', () => {
    const text = 'Party Building in State-owned Enterprises: High-quality, 2024-10 and a dash - alone';
    const parts = compoundParts(text);
    expect(parts.filter((part) => part.compound).map((part) => part.text)).toEqual(['State-owned', 'High-quality', '2024-10']);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(compoundParts('Baotou')).toEqual([{ text: 'Baotou', compound: false }]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, and leaves its input alone', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
