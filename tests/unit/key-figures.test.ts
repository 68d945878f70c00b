import { describe, expect, it } from 'vitest';
import { groupFiguresByQuote } from '../../src/lib/content/key-figures.ts';
import { readContentFiles } from '../support/content';

const figure = (value: string, quote: string) => ({ value, label: `label of ${value}`, quote });

describe('groupFiguresByQuote', () => {
  it('shows a sentence once under every figure it states, in the order of first appearance', () => {
    const groups = groupFiguresByQuote([figure('985', 'A.'), figure('108,800', 'B.'), figure('184,600', 'B.'), figure('3', 'C.'), figure('5,800', 'B.')]);
    expect(groups).toEqual([
      { quote: 'A.', figures: [{ value: '985', label: 'label of 985' }] },
      {
        quote: 'B.',
        figures: [
          { value: '108,800', label: 'label of 108,800' },
          { value: '184,600', label: 'label of 184,600' },
          { value: '5,800', label: 'label of 5,800' },
        ],
      },
      { quote: 'C.', figures: [{ value: '3', label: 'label of 3' }] },
    ]);
  });
  it('keeps every figure of the real cases, each sentence once; Baotou’s three figures of one sentence share it', () => {
    expect(groupFiguresByQuote([])).toEqual([]);
    for (const { slug, data } of readContentFiles()) {
      const groups = groupFiguresByQuote(data.keyFigures);
      expect(groups.flatMap((group) => group.figures).length, slug).toBe(data.keyFigures.length);
      expect(new Set(groups.map((group) => group.quote)).size, slug).toBe(groups.length);
      if (slug === 'baotou') expect(groups.map((group) => group.figures.length)).toContain(3);
    }
  });
});
