/** The data files' fields are documented where they are defined, and every one of them is. */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { CASE_RECORD_FIELDS, CSV_COLUMNS, csvColumnMeanings, toCaseRecord } from '../../src/lib/data/export.ts';
import { readContentFiles } from '../support/content';

describe('data file fields', () => {
  const [file] = readContentFiles();
  const record = toCaseRecord({ id: file.slug, data: caseSchema.parse(file.data) });

  it('document every field of a /cases.json record, in its order', () => {
    expect(Object.keys(CASE_RECORD_FIELDS)).toEqual(Object.keys(record));
    for (const meaning of Object.values(CASE_RECORD_FIELDS)) expect(meaning.trim()).not.toBe('');
  });

  it('document every /cases.csv column: its own meaning, or that of the JSON field it is', () => {
    const meanings = csvColumnMeanings();
    expect(meanings.map(([header]) => header)).toEqual(CSV_COLUMNS.map(([header]) => header));
    for (const [header, meaning] of meanings) expect(meaning?.trim(), header).toBeTruthy();
    expect(Object.fromEntries(meanings).summary).toBe(CASE_RECORD_FIELDS.summary);
  });
});
