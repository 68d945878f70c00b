import { describe, expect, it } from 'vitest';
import { checkCase, checkCollection, checkSlug } from '../../src/lib/content/checks.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { readContentFiles } from '../support/content';

const entry = (overrides: Partial<Parameters<typeof checkCase>[0]> = {}) => ({
  id: 'a',
  filePath: 'content/cases/a.mdx',
  data: { order: 1, keyFigures: [{ value: '26', label: 'stations', quote: 'It built 26 stations.' }] },
  body: 'Intro.\n\nIt built 26\nstations. More.',
  ...overrides,
});

describe('checkCase', () => {
  it('finds a quote across line breaks in the text', () => {
    expect(checkCase(entry())).toEqual([]);
  });

  it('names the file and the key figure whose quote is not in the text', () => {
    const problems = checkCase(entry({ body: 'It built 25 stations.' }));
    expect(problems.map(formatProblem)).toEqual([
      'content/cases/a.mdx: keyFigures[0].quote: not found verbatim in the case text: "It built 26 stations."',
    ]);
  });

  it('rejects an empty text', () => {
    const problems = checkCase(entry({ body: ' \n\n ', data: { order: 1, keyFigures: [] } }));
    expect(problems.map((p) => p.field)).toEqual(['body']);
  });

  it('passes the real cases: every key-figure quote is in its text', () => {
    for (const file of readContentFiles()) {
      const problems = checkCase({ id: file.slug, filePath: file.slug, data: file.data as never, body: file.body });
      expect(problems, file.slug).toEqual([]);
    }
  });
});

describe('checkCollection', () => {
  it('rejects two cases at one position, naming each file and the other', () => {
    const problems = checkCollection([entry({ id: 'b', filePath: 'content/cases/b.mdx' }), entry()]);
    expect(problems.map(formatProblem)).toEqual([
      'content/cases/a.mdx: order: 1 is also the position of content/cases/b.mdx; each case needs its own position',
      'content/cases/b.mdx: order: 1 is also the position of content/cases/a.mdx; each case needs its own position',
    ]);
  });

  it('accepts distinct positions', () => {
    const second = entry({ id: 'b', filePath: 'b.mdx', data: { order: 2, keyFigures: [] } });
    expect(checkCollection([entry(), second])).toEqual([]);
  });
});

describe('checkSlug', () => {
  it.each(['baotou', 'state-grid-hunan', 'case-2'])('accepts %s', (name) => {
    expect(checkSlug(name, `${name}.mdx`)).toEqual([]);
  });
  it.each(['Baotou', 'state_grid', 'two--hyphens', '-leading', 'space name'])('rejects %s', (name) => {
    expect(checkSlug(name, `${name}.mdx`)[0].field).toBe('file name');
  });
});
