/** Reading the dictionary of sentences; that no template writes words of its own is `npm run lint`'s. */
import { describe, expect, it } from 'vitest';
import { fill, translator } from '../../src/lib/site/translate.ts';
import { sentences, t } from '../../src/lib/site/words.ts';
import dictionary from '../../src/translations/en.json' with { type: 'json' };

describe('the dictionary', () => {
  const say = translator({ 'count.cases_one': '{count} case', 'count.cases_other': '{count} cases', 'list.pageOf': 'Page {page} of {pages}' });

  it('fills a sentence’s placeholders, in the plural form its count asks for', () => {
    expect(say('list.pageOf', { page: 2, pages: 7 })).toBe('Page 2 of 7');
    expect([0, 1, 2].map((count) => say('count.cases', { count }))).toEqual(['0 cases', '1 case', '2 cases']);
  });

  it('leaves a placeholder without a value for the markup that fills it, and names a missing sentence', () => {
    expect(fill('{link} show each case, {n} times.', { n: 3 })).toBe('{link} show each case, 3 times.');
    expect(() => say('list.missing')).toThrow('No sentence "list.missing" in the dictionary');
  });

  it('hands a page script the sentences it asks for, both forms of a counted one, and no other', () => {
    expect(sentences(['search.nothing', 'count.cases'])).toEqual({
      'count.cases_one': dictionary['count.cases_one'],
      'count.cases_other': dictionary['count.cases_other'],
      'search.nothing': dictionary['search.nothing'],
    });
    expect(translator(sentences(['count.cases']))('count.cases', { count: 4 })).toBe(t('count.cases', { count: 4 }));
  });
});
