/**
 * The sources' checks as the build reads them (content/source-checks.json): its schema, the
 * warnings for stale or gone links, what a page says; the archived-copy field of a case; the
 * data files' new fields.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, zodProblems } from '../../src/lib/content/errors.ts';
import { caseSchema, isArchiveUrl } from '../../src/lib/content/schema.ts';
import {
  describeCheck,
  parseSourceChecks,
  STALE_AFTER_DAYS,
  sourceCheckWarnings,
  type SourceCheck,
} from '../../src/lib/content/source-checks.ts';
import { CSV_COLUMNS, toCaseRecord, toCasesCsv } from '../../src/lib/data/export.ts';
import { parseCsv } from '../support/csv';
import { readContentFiles } from '../support/content';

const FILE = 'content/source-checks.json';
const URL_A = 'http://example.org/a.html';

describe('the checks file', () => {
  it('parses into a map by address', () => {
    const checks = parseSourceChecks(JSON.stringify({ checks: { [URL_A]: { checked: '2026-12-01', outcome: 'answers', status: 200 } } }), FILE);
    expect(checks.get(URL_A)).toEqual({ checked: '2026-12-01', outcome: 'answers', status: 200 });
  });
  it('is refused with one line per problem, naming the file and the field', () => {
    const bad = JSON.stringify({ checks: { [URL_A]: { checked: '2026-02-30', outcome: 'dead' } } });
    expect(() => parseSourceChecks(bad, FILE)).toThrow(
      [`${FILE}: checks.${URL_A}.checked: must be a real date as YYYY-MM-DD`, `${FILE}: checks.${URL_A}.outcome: must be one of answers, redirected, gone, failing, unreachable`].join('\n'),
    );
    expect(() => parseSourceChecks('{ "checks": ', FILE)).toThrow(new RegExp(`^${FILE}: \\(JSON\\): `));
  });
});

describe('build warnings', () => {
  const sources = [{ filePath: 'content/cases/a.mdx', url: URL_A }];
  const check = (fields: Partial<SourceCheck>) => new Map([[URL_A, { checked: '2026-01-01', outcome: 'answers' as const, ...fields }]]);
  it(`warn once per source whose check is older than ${STALE_AFTER_DAYS} days, naming the case and what to do`, () => {
    expect(sourceCheckWarnings(sources, check({ checked: '2026-06-30' }), '2026-12-28').map(formatProblem)).toEqual([
      `content/cases/a.mdx: source.url: last checked 2026-06-30, more than ${STALE_AFTER_DAYS} days ago: run npm run check-sources`,
    ]);
    expect(sourceCheckWarnings(sources, check({ checked: '2026-06-30' }), '2026-12-27')).toEqual([]);
  });
  it('warn where the last check found the page gone', () => {
    const [warning] = sourceCheckWarnings(sources, check({ checked: '2026-12-01', outcome: 'gone', status: 410 }), '2026-12-02');
    expect(formatProblem(warning)).toMatch(/^content\/cases\/a\.mdx: source\.url: gone \(HTTP 410, checked 2026-12-01\): find .*\(source\.archived\)/);
  });
  it('say nothing of a source never checked', () => {
    expect(sourceCheckWarnings(sources, new Map(), '2030-01-01')).toEqual([]);
  });
});

describe('what a case page says of the last check', () => {
  it('"Link checked 1 December 2026." when it answered', () => {
    expect(describeCheck({ checked: '2026-12-01', outcome: 'answers', status: 200 })).toEqual({ state: 'answering', text: 'Link checked 1 December 2026.' });
  });
  it('a plain statement of what happened and when, when it did not', () => {
    expect(describeCheck({ checked: '2026-12-01', outcome: 'gone', status: 404 }).text).toBe(
      'The original page no longer answers (checked 1 December 2026: not found, HTTP 404).',
    );
    expect(describeCheck({ checked: '2026-12-01', outcome: 'unreachable', detail: 'timeout' }).text).toBe(
      'The original site could not be reached when checked on 1 December 2026.',
    );
    expect(describeCheck({ checked: '2026-12-01', outcome: 'failing', status: 503 }).state).toBe('not-answering');
  });
});

describe('source.archived', () => {
  const [baotou] = readContentFiles();
  const parse = (archived: string) => caseSchema.safeParse({ ...baotou.data, source: { ...baotou.data.source, archived } });
  it('accepts an http(s) snapshot on an archive host', () => {
    for (const url of ['https://web.archive.org/web/20250601000000/http://example.org/', 'https://archive.ph/AbCdE', 'https://perma.cc/ABCD-1234']) {
      expect(isArchiveUrl(url), url).toBe(true);
      expect(parse(url).success, url).toBe(true);
    }
  });
  it('refuses any other address with a message naming the field and the archives', () => {
    const result = parse('https://example.org/copy.html');
    expect(result.success).toBe(false);
    expect(zodProblems('a.mdx', result.error!).map(formatProblem)).toEqual([
      'a.mdx: source.archived: must be an http(s) address of a snapshot on a web archive, such as web.archive.org, archive.ph or perma.cc (got "https://example.org/copy.html")',
    ]);
    expect(isArchiveUrl('ftp://web.archive.org/x')).toBe(false);
    expect(isArchiveUrl('https://notweb.archive.org.evil.example/x')).toBe(false);
  });
});

describe('the data files carry the last check and the archived copy', () => {
  const files = readContentFiles();
  const entry = (slug: string) => {
    const file = files.find((f) => f.slug === slug)!;
    return { id: slug, data: caseSchema.parse(file.data) };
  };
  const baotou = entry('baotou');
  const archived = { ...baotou, data: { ...baotou.data, source: { ...baotou.data.source!, archived: 'https://web.archive.org/web/2025/x' } } };
  const checks = new Map([[baotou.data.source!.url, { checked: '2026-12-01', outcome: 'gone' as const, status: 404 }]]);
  it('/cases.json: sourceCheck (checked, outcome), null where never checked; source.archived where named', () => {
    expect(toCaseRecord(baotou, checks).sourceCheck).toEqual({ checked: '2026-12-01', outcome: 'gone' });
    expect(toCaseRecord(baotou).sourceCheck).toBeNull();
    expect(toCaseRecord(entry('fangzi-district'), checks).sourceCheck).toBeNull();
    expect(toCaseRecord(archived).source?.archived).toBe('https://web.archive.org/web/2025/x');
  });
  it('/cases.csv: the same in new columns', () => {
    const [header, row] = parseCsv(toCasesCsv([archived], checks));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(CSV_COLUMNS.map(([name]) => name)).toEqual(header);
    expect(cell('sourceCheck.checked')).toBe('2026-12-01');
    expect(cell('sourceCheck.outcome')).toBe('gone');
    expect(cell('source.archived')).toBe('https://web.archive.org/web/2025/x');
  });
});
