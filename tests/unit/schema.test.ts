import { describe, expect, it } from 'vitest';
import { isRealDateOrMonth } from '../../src/lib/format/dates.ts';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { zodProblems } from '../../src/lib/content/errors.ts';
import { readContentFiles } from '../support/content';

const cases = readContentFiles();
const valid = cases[0].data;

/** The readable lines the loader would print for this data. */
function problems(data: unknown): string[] {
  const result = caseSchema.safeParse(data);
  if (result.success) return [];
  return zodProblems('x.mdx', result.error).map((p) => `${p.field}: ${p.message}`);
}

describe('case schema', () => {
  it('accepts the four real entries', () => {
    expect(cases).toHaveLength(4);
    for (const { slug, data } of cases) {
      expect(problems(data), slug).toEqual([]);
    }
  });

  it.each([
    ['unknown category', { ...valid, category: 'suburban' }, /^category: must be one of urban, rural, emerging-fields, state-owned-enterprises \(got "suburban"\)$/],
    ['category with a capital', { ...valid, category: 'Urban' }, /^category: .*got "Urban"/],
    ['javascript: source URL', { ...valid, source: { ...valid.source, url: 'javascript:alert(1)' } }, /^source\.url: must be an absolute http:\/\/ or https:\/\/ address/],
    ['ftp: source URL', { ...valid, source: { ...valid.source, url: 'ftp://example.org/a' } }, /^source\.url: /],
    ['relative source URL', { ...valid, source: { ...valid.source, url: '/n1/2025/0516.html' } }, /^source\.url: /],
    ['missing title', { ...valid, title: undefined }, /^title: is required$/],
    ['empty subtitle', { ...valid, subtitle: '   ' }, /^subtitle: must not be empty$/],
    ['summary over 300 characters', { ...valid, summary: 'a'.repeat(301) }, /^summary: must be at most 300 characters \(has 301\)$/],
    ['unknown key', { ...valid, author: 'someone' }, /^author: unknown field/],
    ['unknown key inside place', { ...valid, place: { ...valid.place, city: 'x' } }, /^place\.city: unknown field/],
    ['order as text', { ...valid, order: 'one' }, /^order: must be a whole number \(got "one"\)$/],
    ['order zero', { ...valid, order: 0 }, /^order: must be 1 or more$/],
    ['impossible date', { ...valid, source: { ...valid.source, published: '2025-02-30' } }, /^source\.published: must be a real date/],
    ['key figure without a quote', { ...valid, keyFigures: [{ value: '1', label: 'x' }] }, /^keyFigures\[0\]\.quote: is required$/],
  ])('rejects %s, naming the field', (_name, data, expected) => {
    const lines = problems(data);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(expected);
  });

  it('accepts a case without a source, as the rural case is', () => {
    const { source: _omitted, ...withoutSource } = valid;
    expect(problems(withoutSource)).toEqual([]);
  });

  it('accepts a source dated only by month', () => {
    expect(problems({ ...valid, source: { ...valid.source, published: '2024-10' } })).toEqual([]);
  });
});

describe('isRealDateOrMonth', () => {
  it.each(['2025-05-16', '2024-10', '2024-02-29', '2000-12-31'])('accepts %s', (value) => {
    expect(isRealDateOrMonth(value)).toBe(true);
  });
  it.each(['2025-02-30', '2023-02-29', '2024-13', '2024-00', '2024-1-5', '16 May 2025', ''])(
    'rejects %s',
    (value) => {
      expect(isRealDateOrMonth(value)).toBe(false);
    },
  );
});
