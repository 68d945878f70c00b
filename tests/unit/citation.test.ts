/** The page's own citation rules where citeproc-js cannot judge (tests/unit/citeproc.test.ts holds the rest). */
import { describe, expect, it } from 'vitest';
import { resolveBuildDate } from '../../src/lib/build/build-date.ts';
import { apa, chicagoBibliography, chicagoNote, citeCase, pinCites, plainText } from '../../src/lib/cite/citation.ts';
import { caseRecords, type CaseInput } from '../../src/lib/cite/csl.ts';
import { headlineCase, sentenceCase } from '../../src/lib/cite/text-case.ts';
import { readContentFiles } from '../support/content';

const files = readContentFiles();
const input = (slug: string, changes: Partial<CaseInput['data']> = {}): CaseInput => ({
  slug,
  data: { ...(files.find((file) => file.slug === slug)!.data as CaseInput['data']), ...changes },
  url: `https://cases.example.org/cases/${slug}/`,
  accessed: '2026-12-01',
});
const texts = (entries: ReturnType<typeof apa>) => entries.map(plainText);

describe('capitalisation', () => {
  it('APA 7 §6.17 sentence case: first word, first word after a colon and proper nouns capitalised', () => {
    expect(texts(apa(caseRecords(input('baotou'))))[0]).toMatch(/^Baotou, Inner Mongolia: Upgrading Party and mass services to new levels\./);
    expect(sentenceCase('Serving Inner Mongolia Well', ['Inner Mongolia'])).toBe('Serving Inner Mongolia well');
  });
  it('CMOS 17 §8.159 headline style: prepositions, articles, conjunctions and "to" lower case, first and last words capitalised', () => {
    expect(headlineCase('guided by quality building to ensure development')).toBe('Guided by Quality Building to Ensure Development');
    expect(headlineCase('to the point of')).toBe('To the Point Of');
  });
  it('CMOS 17 §8.161: both parts of a hyphenated compound capitalised, but not after a prefix', () => {
    expect(headlineCase('Cases of the Primary-level Party Building')).toBe('Cases of the Primary-Level Party Building');
    expect(headlineCase('joint construction and co-building')).toBe('Joint Construction and Co-building');
  });
});

describe('a title that ends with a mark of its own keeps it in place of the style’s', () => {
  const records = caseRecords(input('fangzi-district', { subtitle: 'Who Serves?' }));
  it('APA: no full stop after the question mark', () => expect(texts(apa(records))[0]).toMatch(/: Who serves\? \(n\.d\.\)/));
  it('Chicago note: no comma after it', () => expect(plainText(chicagoNote(records)[0])).toMatch(/: Who Serves\?” Cases/));
  it('Chicago bibliography: no full stop after it', () => expect(plainText(chicagoBibliography(records)[0])).toMatch(/: Who Serves\?” Cases/));
});

describe('an untitled report is described, never titled', () => {
  const [, report] = caseRecords(input('baotou'));
  it('its record has a description and no title, its date of access and its language', () => {
    expect(report).toMatchObject({ genre: 'Original report on Baotou, Inner Mongolia', accessed: { 'date-parts': [[2026, 12, 1]] }, language: 'zh' });
    expect(report!.title).toBeUndefined();
  });
  it('its note says what the editors read from its address', () => {
    expect(report!.note).toBe('Read by the editors from the report’s address: the publisher, the date, and the language.');
  });
  it('no record where the document names no report', () => expect(caseRecords(input('fangzi-district'))).toHaveLength(1));
});

describe('citing one paragraph', () => {
  const records = caseRecords(input('baotou'));
  const pins = pinCites(records, 'https://cases.example.org/cases/baotou/#p-3', 3);
  it('GB/T 7714 has no paragraph locator: the entry gives the paragraph’s own address', () =>
    expect(plainText(pins.gbt7714)).toContain('[EB/OL]. [2026-12-01]. https://cases.example.org/cases/baotou/#p-3.'));
  it('LaTeX: the paragraph in the postnote of the citation command', () => {
    expect(plainText(pins.biblatex)).toBe('\\autocite[para.~3]{PartyBuildingCases:baotou}');
    expect(plainText(pins.bibtex)).toBe('\\cite[para.~3]{PartyBuildingCases:baotou}');
  });
});

describe('the citations of a page', () => {
  it('one block a style, Chicago’s note and bibliography together; every date of access marked for the reader’s day', () => {
    const citations = citeCase(caseRecords(input('baotou')));
    expect(citations.map((citation) => [citation.style, citation.forms.length])).toEqual([
      ['apa', 1],
      ['chicago', 2],
      ['gbt7714', 1],
      ['biblatex', 1],
      ['bibtex', 1],
    ]);
    for (const citation of citations.filter(({ style }) => style !== 'apa')) {
      const parts = citation.forms.flatMap((form) => form.entries.flat());
      expect(parts.some((part) => typeof part === 'object' && 'accessed' in part), citation.style).toBe(true);
    }
  });
});

describe('build date', () => {
  it('is the UTC day of the build, or the BUILD_DATE override', () => {
    expect(resolveBuildDate(undefined, new Date('2026-03-04T23:30:00-05:00'))).toBe('2026-03-05');
    expect(resolveBuildDate('2025-12-31', new Date())).toBe('2025-12-31');
  });
  it('refuses an override that is not a real day', () => {
    expect(() => resolveBuildDate('2025-02-30', new Date())).toThrow(/BUILD_DATE must be a real date/);
    expect(() => resolveBuildDate('2025-12', new Date())).toThrow(/BUILD_DATE/);
  });
});
