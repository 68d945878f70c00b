/** The sources' checks as the build reads them: the file's schema, the build's warnings, what a page says. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { describeCheck, parseSourceChecks, STALE_AFTER_DAYS, sourceCheckWarnings, type SourceCheck } from '../../src/lib/content/source-checks.ts';
import { t } from '../../src/lib/site/words.ts';

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
      [`${FILE}: checks.${URL_A}.checked: must be a real date as YYYY-MM-DD`, `${FILE}: checks.${URL_A}.outcome: must be one of answers, redirected, gone, failing, unreachable, refused`].join('\n'),
    );
    const redirected = (finalUrl: string) => JSON.stringify({ checks: { [URL_A]: { checked: '2026-12-01', outcome: 'redirected', finalUrl } } });
    expect(() => parseSourceChecks(redirected('http://example.org/b?token=1'), FILE)).toThrow(`${FILE}: checks.${URL_A}.finalUrl: must be an origin and path only, without ? or #`);
    expect(parseSourceChecks(redirected('http://example.org/b'), FILE).get(URL_A)?.finalUrl).toBe('http://example.org/b');
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
  it('warn where the link check refused to follow the link, with its reason', () => {
    const [warning] = sourceCheckWarnings(sources, check({ checked: '2026-12-01', outcome: 'refused', detail: 'redirect 1: not http(s) (file:)' }), '2026-12-02');
    expect(formatProblem(warning)).toMatch(/^content\/cases\/a\.mdx: source\.url: refused by the link check \(redirect 1: not http\(s\) \(file:\), checked 2026-12-01\): /);
  });
  it('say nothing of a source never checked', () => {
    expect(sourceCheckWarnings(sources, new Map(), '2030-01-01')).toEqual([]);
  });
});

describe('what a case page says of the last check', () => {
  const day = '1 December 2026';
  const checked = '2026-12-01';
  it('says the link was checked when it answered', () => {
    expect(describeCheck({ checked, outcome: 'answers', status: 200 })).toEqual({ state: 'answering', text: t('source.answers', { day }) });
  });
  it('names where a redirect led, and says so where the rest of that address was left out', () => {
    expect(describeCheck({ checked, outcome: 'redirected', finalUrl: 'https://example.org/b' }).text).toBe(t('source.redirected', { day, to: 'https://example.org/b' }));
    expect(describeCheck({ checked, outcome: 'redirected', finalUrl: 'https://example.org/b', trimmed: true }).text).toBe(t('source.redirectedTrimmed', { day, to: 'https://example.org/b' }));
  });
  it('a plain statement of what happened and when, when it did not', () => {
    expect(describeCheck({ checked, outcome: 'gone', status: 404 }).text).toBe(t('source.gone', { day, status: 404 }));
    expect(describeCheck({ checked, outcome: 'unreachable', detail: 'timeout' }).text).toBe(t('source.unreachable', { day }));
    expect(describeCheck({ checked, outcome: 'failing', status: 503 }).state).toBe('not-answering');
  });
  it('says a refused link could not be checked, never where it led', () => {
    const check = describeCheck({ checked, outcome: 'refused', detail: 'redirect 1: not a public address (loopback)' });
    expect(check).toEqual({ state: 'not-answering', text: t('source.refused', { day }) });
  });
});
