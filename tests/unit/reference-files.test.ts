/** The reference files at scale, read back by parsers that did not write them: nothing in a field forges an entry. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { collectionRecords, type CaseInput } from '../../src/lib/cite/csl.ts';
import { toBiblatex, toBibtex, toRis } from '../../src/lib/cite/formats.ts';
import { readContentFiles } from '../support/content';

const SITE_URL = 'https://cases.example.org/';
const ACCESSED = '2026-12-01';
const CASE_COUNT = 1_000;
/** Writing and parsing thousands of entries takes seconds, and on a loaded 2-core machine ten times that. */
const PARSE_TIMEOUT = 120_000;
/** An address whose query, still braced after `new URL().href`, tries to close the entry and forge two of its own. */
const INJECTION = new URL('https://example.org/a?x}} @preamble{"boom"} @online{Injected:entry, title = {Injected entry}, url = {https://evil.example/').href;

type Entry = { id: string; data: CaseInput['data'] };
const real: Entry[] = readContentFiles().map((file) => ({ id: file.slug, data: file.data as CaseInput['data'] }));
const awkward = ['R&D 50% {braces} #1 a_b ~ ^ \\', 'Line\nbreak\r\nER  - and\u2028more', 'Ünïcödé 党建 Ελληνικά', 'and Co: and; semicolon'];
const entries: Entry[] = Array.from({ length: CASE_COUNT }, (_, index) => {
  const base = real[index % real.length];
  if (index < real.length) return base;
  const words = awkward[index % awkward.length];
  return {
    id: `${base.id}-${index}`,
    data: {
      ...base.data,
      subtitle: `${base.data.subtitle} ${words} ${index}`,
      summary: `${base.data.summary} ${words}`,
      source: base.data.source && { ...base.data.source, publisher: `${base.data.source.publisher} ${words}`, url: index % 3 ? INJECTION : base.data.source.url },
    },
  };
});
const records = collectionRecords(entries, SITE_URL, ACCESSED);

describe(`reference files at ${CASE_COUNT} cases`, () => {
  it('BibLaTeX: every entry and no other, each field as written, the address whole', () => {
    const { entries: parsed, errors } = parseBibtex(toBiblatex(records), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(parsed.map((entry) => entry.key)).toEqual(records.map((record) => record.id));
    parsed.forEach((entry, index) => {
      const record = records[index];
      expect(entry.type).toBe('online');
      // TeX reads any run of white space, a line break too, as one space.
      const spaced = (text?: string) => text?.replace(/\s+/g, ' ');
      expect(spaced(entry.fields.title)).toBe(spaced(record.title));
      expect(spaced(entry.fields.titleaddon)).toBe(spaced(record.genre));
      expect(entry.fields.organization?.map(spaced)).toEqual([spaced(record['container-title'])]);
      expect(spaced(entry.fields.abstract)).toBe(spaced(record.abstract));
      expect(decodeURI(entry.fields.url)).toBe(decodeURI(record.URL));
    });
  }, PARSE_TIMEOUT);

  it('BibTeX: every entry and no other, no @preamble', () => {
    const text = toBibtex(records);
    const { entries: parsed, errors, preamble } = parseBibtex(text, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(preamble ?? []).toEqual([]);
    expect(parsed.map((entry) => entry.key)).toEqual(records.map((record) => record.id));
  }, PARSE_TIMEOUT);

  it('RIS: one tag a line, every record back with its address', () => {
    const text = toRis(records);
    for (const line of text.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const parsed = parseRis(text) as { URL: string; title?: string }[];
    expect(parsed.map((item) => item.URL)).toEqual(records.map((record) => record.URL));
    expect(parsed.map((item) => item.title)).toEqual(records.map((record) => record.title?.replace(/[\r\n\u2028]+/g, ' ')));
  }, PARSE_TIMEOUT);
});

describe('BibLaTeX and BibTeX as their readers expect them', () => {
  const [page, report] = collectionRecords(real.slice(0, 1), SITE_URL, ACCESSED);
  const fields = (text: string) => parseBibtex(text, { sentenceCase: false }).entries.map((entry) => entry.fields);
  it('@online: the site in organization (which biblatex and biblatex-chicago print), not booktitle; langid, urldate', () => {
    const [pageFields, reportFields] = fields(toBiblatex([page, report!]));
    expect(pageFields).toMatchObject({ organization: [page['container-title']], langid: 'english', urldate: ACCESSED });
    expect(pageFields.booktitle).toBeUndefined();
    expect(reportFields).toMatchObject({ date: '2025-05-16', langid: 'chinese' });
  });
  it('titles braced only for proper names: a sentence-casing reader gives APA’s sentence case', () => {
    const [entry] = parseBibtex(toBiblatex([page])).entries;
    expect(entry.fields.title).toBe('Baotou, Inner Mongolia: Upgrading Party and mass services to new levels');
    expect(toBiblatex([page])).toContain('title = {{Baotou}, {Inner} {Mongolia}: Upgrading {Party} and Mass Services to New Levels}');
  });
  it('@misc: the site in howpublished, month as its macro, the day apart', () => {
    const text = toBibtex([page, report!]);
    expect(text).toContain('  month = may,\n  day = {16},');
    expect(fields(text)[1]).toMatchObject({ howpublished: "People's Daily Online", year: '2025', day: '16' });
  });
});
