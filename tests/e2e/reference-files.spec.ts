/**
 * The reference-manager files of the production build, read back by parsers that did not
 * write them (@retorquere/bibtex-parser for BibLaTeX; biblatex-csl-converter, Fidus Writer's
 * importer, for RIS and CSL-JSON), agree with /cases.json case by case: every case, its
 * title, its page's public address, and its original report's address, publisher and date.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseCSL, parseRIS } from 'biblatex-csl-converter';
import { SITE } from '../../src/lib/site/identity.ts';

interface JsonCase {
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  source: { url: string; publisher: string; published: string } | null;
}

/** A built file's text. (Its media type is the host's to set, by extension: README, "Deploying".) */
async function fetched(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

async function expectations(request: APIRequestContext) {
  const { cases } = (await (await request.get('/cases.json')).json()) as { cases: JsonCase[] };
  // The page's public address as the build gives it: its canonical link.
  const page = await fetched(request, '/');
  const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(page)![1]).origin;
  return cases.map((entry) => ({ ...entry, address: `${origin}${entry.url}`, fullTitle: `${entry.title}: ${entry.subtitle}` }));
}

const textOf = (nodes: unknown) => (nodes as { text: string }[]).map((node) => node.text).join('');

test('/cases.bib (BibLaTeX) and each case’s .bib read back with every case of /cases.json', async ({ request }) => {
  const cases = await expectations(request);
  const check = (text: string, expected: typeof cases) => {
    const library = parseBibtex(text, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    for (const entry of expected) {
      const online = library.entries.find((e) => e.fields.url === entry.address);
      expect(online, entry.slug).toBeDefined();
      expect(online!.type).toBe('online');
      expect(online!.fields.title).toBe(entry.fullTitle);
      expect(online!.fields.organization).toEqual([SITE.publisher.name]);
      expect(online!.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.source) {
        const report = library.entries.find((e) => e.fields.url === entry.source!.url)!;
        expect(report, entry.source.url).toBeDefined();
        expect(report.fields.organization).toEqual([entry.source.publisher]);
        expect(report.fields.date).toBe(entry.source.published);
      }
    }
    return library.entries.length;
  };
  expect(check(await fetched(request, '/cases.bib'), cases)).toBe(cases.length + cases.filter((c) => c.source).length);
  for (const entry of cases) check(await fetched(request, `/cases/${entry.slug}.bib`), [entry]);
});

test('/cases.ris and each case’s .ris read back with every case of /cases.json', async ({ request }) => {
  const cases = await expectations(request);
  const check = (text: string, expected: typeof cases) => {
    const parsed = parseRIS(text);
    expect(parsed.errors).toEqual([]);
    const found = Object.values(parsed.entries);
    for (const entry of expected) {
      const online = found.find((e) => e.fields.url === entry.address);
      expect(online, entry.slug).toBeDefined();
      expect(textOf(online!.fields.title)).toBe(entry.fullTitle);
      expect(textOf((online!.fields.publisher as unknown[])[0])).toBe(SITE.publisher.name);
      if (entry.source) {
        const report = found.find((e) => e.fields.url === entry.source!.url)!;
        expect(report, entry.source.url).toBeDefined();
        expect(textOf((report.fields.publisher as unknown[])[0])).toBe(entry.source.publisher);
        expect(report.fields.date).toBe(entry.source.published.slice(0, 4));
      }
    }
  };
  check(await fetched(request, '/cases.ris'), cases);
  for (const entry of cases) check(await fetched(request, `/cases/${entry.slug}.ris`), [entry]);
});

test('/cases.csl.json reads back with every case of /cases.json', async ({ request }) => {
  const cases = await expectations(request);
  const records = JSON.parse(await fetched(request, '/cases.csl.json'));
  const found = Object.values(parseCSL(records));
  for (const entry of cases) {
    const online = found.find((e) => e.fields.url === entry.address);
    expect(online, entry.slug).toBeDefined();
    expect(textOf(online!.fields.title)).toBe(entry.fullTitle);
    if (entry.source) expect(found.find((e) => e.fields.url === entry.source!.url)!.fields.date).toBe(entry.source.published);
  }
});
