import { describe, expect, it } from 'vitest';
import { allowedDistance, buildVocabulary, editDistance, hasCjk, nearestWord, suggestQuery } from '../../src/lib/search/suggest.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours, one each', () => {
    expect(editDistance('guangchang', 'guangchang')).toBe(0);
    expect(editDistance('guanchang', 'guangchang')).toBe(1); // a letter left out
    expect(editDistance('guangcchang', 'guangchang')).toBe(1); // one too many
    expect(editDistance('guangchanq', 'guangchang')).toBe(1); // one wrong
    expect(editDistance('guangcahng', 'guangchang')).toBe(1); // two swapped
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('weifang', 'baotou')).toBeGreaterThan(allowedDistance('weifang'));
  });
  it('is symmetric', () => {
    for (const [a, b] of [['baotou', 'boatou'], ['fangzi', 'fang'], ['lianxin', 'lianxiang']]) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('the vocabulary and its suggestions', () => {
  const vocabulary = buildVocabulary([
    'Guangchang County, Jiangxi Province',
    'Baotou, Inner Mongolia',
    'Fangzi District, Weifang City',
    '“Lianxin Post Stations”',
    'Lianxiang Red Riders',
    '15-minute convenient living circle',
  ]);
  it('holds the names’ distinct words of four letters or more, numbers left out', () => {
    expect(vocabulary).toContain('Guangchang');
    expect(vocabulary).toContain('Lianxin');
    expect(vocabulary).not.toContain('Red');
    expect(vocabulary).not.toContain('15');
    expect(vocabulary).toContain('15-minute'); // a hyphenated name is one word
    expect(new Set(vocabulary.map((word) => word.toLowerCase())).size).toBe(vocabulary.length);
  });
  it('offers the nearest name for a near miss, in its own spelling', () => {
    expect(nearestWord('Guanchang', vocabulary)).toBe('Guangchang');
    expect(nearestWord('weifeng', vocabulary)).toBe('Weifang');
    expect(nearestWord('Boatou', vocabulary)).toBe('Baotou');
    expect(nearestWord('lianxn', vocabulary)).toBe('Lianxin');
  });
  it('offers nothing for a word it knows, a short word, or a word far from every name', () => {
    expect(nearestWord('guangchang', vocabulary)).toBeUndefined();
    expect(nearestWord('Rod', vocabulary)).toBeUndefined();
    expect(nearestWord('zeppelin', vocabulary)).toBeUndefined();
  });
  it('rewrites only the words that missed', () => {
    expect(suggestQuery('Guanchang riders', vocabulary)).toBe('Guangchang riders');
    expect(suggestQuery('"Lianxin Post Staions"', vocabulary)).toBe('"Lianxin Post Stations"');
    expect(suggestQuery('zeppelin', vocabulary)).toBeNull();
    expect(suggestQuery('', vocabulary)).toBeNull();
  });
  it('tells Chinese, Japanese and Korean from the English texts', () => {
    expect(hasCjk('包头')).toBe(true);
    expect(hasCjk('党建 party')).toBe(true);
    expect(hasCjk('カタカナ')).toBe(true);
    expect(hasCjk('한국')).toBe(true);
    expect(hasCjk('Guangchang 108,800 “quotes” — Ünïcode')).toBe(false);
  });
});
