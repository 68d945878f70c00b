/**
 * The collection's reference files, written by Citation.js, read back by parsers that did not
 * write them, at the scale the collection is built for: BibLaTeX with @retorquere/bibtex-parser
 * (Better BibTeX's parser), RIS and CSL-JSON with biblatex-csl-converter (Fidus Writer's
 * importer, a separate code base from Citation.js). Every case must come back, with its fields.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parseCSL, parseRIS } from 'biblatex-csl-converter';
import { describe, expect, it } from 'vitest';
import { collectionRecords } from '../../src/lib/cite/case-citations.ts';
import { citationKey, reportKey } from '../../src/lib/cite/citation.ts';
import { toBiblatex, toCslJson, toRis } from '../../src/lib/cite/formats.ts';
import type { CaseData } from '../../src/lib/content/schema.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { readContentFiles } from '../support/content';

const SITE_URL = 'https://cases.example.org/';
const ACCESSED = '2026-12-01';
/** Thousands of cases: the real four, then variations with the characters that break formats. */
const CASE_COUNT = 2_500;
/** Writing and parsing thousands of entries takes seconds, and on a loaded 2-core machine ten times that. */
const PARSE_TIMEOUT = 180_000;

type Entry = { id: string; data: Pick<CaseData, 'title' | 'subtitle' | 'place' | 'source'> };
const real = readContentFiles().map((file) => ({ id: file.slug, data: file.data as Entry['data'] }));
const awkward = ['R&D 50% {braces} #1 a_b ~ ^ \\', '“Quoted” and ‘single’ – dashes — here', 'Ünïcödé 党建 Ελληνικά', 'Colon: and; semicolon, comma'];
const entries: Entry[] = Array.from({ length: CASE_COUNT }, (_, index) => {
  const base = real[index % real.length];
  if (index < real.length) return base;
  return {
    id: `${base.id}-${index}`,
    data: {
      ...base.data,
      subtitle: `${base.data.subtitle} ${awkward[index % awkward.length]} ${index}`,
      source: base.data.source && { ...base.data.source, url: `${base.data.source.url}?case=${index}&x=%20#top` },
    },
  };
});
const records = collectionRecords(entries, SITE_URL, ACCESSED);
const pageUrl = (id: string) => `${SITE_URL}cases/${id}/`;
const title = (entry: Entry) => `${entry.data.title}: ${entry.data.subtitle}`;
const withSource = entries.filter((entry) => entry.data.source);

describe(`reference files at ${CASE_COUNT} cases`, () => {
  it('CSL-JSON: one record per page and per original report, keys unique', () => {
    expect(records).toHaveLength(entries.length + withSource.length);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
  }, PARSE_TIMEOUT);

  it('BibLaTeX (/cases.bib) reads back with every case: key, title, organization, url, urldate; reports with date', () => {
    // Fields as the file writes them: the parser's sentence-casing, which a BibTeX style
    // applies, is checked on the real titles below.
    const library = parseBibtex(toBiblatex(records), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    const byKey = new Map(library.entries.map((entry) => [entry.key, entry]));
    expect(byKey.size).toBe(records.length);
    for (const entry of entries) {
      const page = byKey.get(citationKey(entry.id));
      expect(page, entry.id).toBeDefined();
      expect(page!.type).toBe('online');
      expect(page!.fields.title).toBe(title(entry));
      expect(page!.fields.url).toBe(pageUrl(entry.id));
      expect(page!.fields.urldate).toBe(ACCESSED);
      expect(page!.fields.organization).toEqual([SITE.publisher.name]);
      if (entry.data.source) {
        const report = byKey.get(reportKey(entry.id))!;
        expect(report.fields.url).toBe(entry.data.source.url);
        expect(report.fields.date).toBe(entry.data.source.published);
        expect(report.fields.organization).toEqual([entry.data.source.publisher]);
      }
    }
  }, PARSE_TIMEOUT);

  it('BibLaTeX: the real titles keep their capitals through a sentence-casing import (citation-js braces them)', () => {
    const library = parseBibtex(toBiblatex(collectionRecords(real, SITE_URL, ACCESSED)));
    const titles = library.entries.filter((entry) => entry.type === 'online' && !entry.key.endsWith(':report'));
    expect(titles.map((entry) => entry.fields.title)).toEqual(real.map(title));
  }, PARSE_TIMEOUT);

  it('RIS (/cases.ris) reads back with every case: title, publisher, url, unbroken; reports with their year', () => {
    const ris = toRis(records);
    const parsed = parseRIS(ris);
    expect(parsed.errors).toEqual([]);
    const found = Object.values(parsed.entries);
    expect(found).toHaveLength(records.length);
    const textOf = (nodes: unknown) => (nodes as { text: string }[]).map((node) => node.text).join('');
    const byUrl = new Map(found.map((entry) => [entry.fields.url as string, entry]));
    for (const entry of entries) {
      const page = byUrl.get(pageUrl(entry.id));
      expect(page, entry.id).toBeDefined();
      expect(textOf(page!.fields.title)).toBe(title(entry));
      expect(textOf((page!.fields.publisher as unknown[])[0])).toBe(SITE.publisher.name);
      if (entry.data.source) {
        const report = byUrl.get(entry.data.source.url)!;
        expect(report, entry.data.source.url).toBeDefined();
        expect(report.fields.date).toBe(entry.data.source.published.slice(0, 4));
      }
    }
    // Each line one tag: Citation.js's own writer broke values after 70 characters.
    for (const line of ris.split('\r\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  }, PARSE_TIMEOUT);

  it('CSL-JSON (/cases.csl.json) reads back with every case: title, URL, date of access; reports with their date', () => {
    const parsed = parseCSL(JSON.parse(toCslJson(records)));
    const found = Object.values(parsed);
    expect(found).toHaveLength(records.length);
    const textOf = (nodes: unknown) => (nodes as { text: string }[]).map((node) => node.text).join('');
    const byUrl = new Map(found.map((entry) => [entry.fields.url as string, entry]));
    for (const entry of entries) {
      const page = byUrl.get(pageUrl(entry.id))!;
      expect(page, entry.id).toBeDefined();
      expect(textOf(page.fields.title)).toBe(title(entry));
      expect(page.fields.urldate).toBe(ACCESSED);
      if (entry.data.source) expect(byUrl.get(entry.data.source.url)!.fields.date).toBe(entry.data.source.published);
    }
  }, PARSE_TIMEOUT);
});
