/** The collection's indexes (src/lib/content/indexes.ts), built once a build for every page. */
import { describe, expect, it } from 'vitest';
import { buildCaseIndex, RELATED_LIMIT, termAnchor, type Case } from '../../src/lib/content/indexes.ts';
import { THEME_IDS, type ThemeId } from '../../src/lib/site/themes.ts';

/** A case at `order`, showing `themes` in paragraph 2 and marking `terms` in paragraph 1. */
const entry = (id: string, order: number, themes: ThemeId[] = [], terms: string[] = [], category = 'urban'): Case =>
  ({
    id,
    data: { order, category },
    annotations: {
      themes: themes.map((theme) => ({ id: theme, quote: `${id} shows ${theme}.`, paragraph: 2 })),
      terms: terms.map((term) => ({ term, explanation: `${term} in ${id}.`, paragraph: 1 })),
    },
  }) as unknown as Case;

describe('the case index', () => {
  it('keeps chapter order, each category’s cases in it (every category present), and neighbours', () => {
    const index = buildCaseIndex([entry('c', 3), entry('a', 1, [], [], 'rural'), entry('b', 2)]);
    expect(index.all.map((each) => each.id)).toEqual(['a', 'b', 'c']);
    expect(index.byCategory.get('urban')!.map((each) => each.id)).toEqual(['b', 'c']);
    expect(index.byCategory.get('state-owned-enterprises')).toEqual([]);
    expect(index.neighbours('a')).toEqual({ previous: undefined, next: index.get('b') });
    expect(index.neighbours('c').next).toBeUndefined();
    expect(index.neighbours('missing')).toEqual({});
  });

  it('lists every theme with its cases in chapter order, each with the paragraph of its sentence', () => {
    const index = buildCaseIndex([entry('b', 2, ['service-teams']), entry('a', 1, ['service-teams', 'digital-platforms'])]);
    expect([...index.byTheme.keys()]).toEqual(THEME_IDS);
    expect(index.byTheme.get('service-teams')!.map((use) => [use.entry.id, use.quote, use.paragraph])).toEqual([
      ['a', 'a shows service-teams.', 2],
      ['b', 'b shows service-teams.', 2],
    ]);
    expect(index.byTheme.get('norms-and-lists')).toEqual([]);
  });

  it('relates cases by shared themes, most shared first, then the nearest in the chapter; never itself, at most the limit', () => {
    const index = buildCaseIndex([
      entry('a', 1, ['service-teams', 'digital-platforms']),
      entry('b', 2, ['service-teams']),
      entry('c', 3, ['service-teams', 'digital-platforms']),
      entry('d', 4, ['norms-and-lists']),
    ]);
    expect(index.related('a').map((each) => each.id)).toEqual(['c', 'b']);
    expect(index.related('d')).toEqual([]);
    const many = buildCaseIndex(Array.from({ length: 50 }, (_, i) => entry(`x${i}`, i + 1, ['service-teams'])));
    expect(many.related('x25').map((each) => each.id)).toEqual(['x24', 'x26', 'x23', 'x27', 'x22', 'x28'].slice(0, RELATED_LIMIT));
  });

  it('gathers the glossary: alphabetically, numbers in their order, one entry a term across cases, each with its own anchor', () => {
    const index = buildCaseIndex([entry('a', 1, [], ['Red Teams', '10 classes', '4:30 classes']), entry('b', 2, [], ['Red Teams', 'red teams'])]);
    expect(index.glossary.map((term) => term.term)).toEqual(['4:30 classes', '10 classes', 'Red Teams', 'red teams']);
    expect(index.glossary[2].uses.map((use) => [use.entry.id, use.paragraph])).toEqual([['a', 1], ['b', 1]]);
    expect(index.glossary.map((term) => term.anchor)).toEqual(['term-4-30-classes', 'term-10-classes', 'term-red-teams', 'term-red-teams-2']);
    expect(termAnchor('“Électric Mule,”')).toBe('term-electric-mule');
    expect(termAnchor('包头')).toBe('term-x');
  });
});
