/** What reference managers make of the build: Zotero's reading of each page, and every reference file read back. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse as parseRis } from 'astrocite-ris';
import type { CslRecord } from '../../src/lib/cite/csl.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { readContentFiles } from '../support/content';
import { zoteroItem } from '../support/zotero';

const cases = readContentFiles();

async function fetched(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

for (const entry of cases) {
  test(`/cases/${entry.slug}/: Zotero saves a Web Page, its tags and JSON-LD agreeing, no date that is not the page's`, async ({ page, request }) => {
    const records = JSON.parse(await fetched(request, '/cases.csl.json')) as CslRecord[];
    const record = records.find((item) => item.URL.endsWith(`/cases/${entry.slug}/`))!;
    await page.goto(`/cases/${entry.slug}/`);
    expect(await page.evaluate(zoteroItem)).toEqual({
      itemType: 'webpage',
      title: `${entry.data.title}: ${entry.data.subtitle}`,
      websiteTitle: SITE.name,
      date: undefined,
      publisher: SITE.publisher.name,
      url: record.URL,
      language: 'en',
      abstractNote: entry.data.summary,
      creators: [],
    });
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).getAttribute('content');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect([ld.name, await meta('og:title'), await meta('DC.title')]).toEqual([record.title, record.title, record.title]);
    expect([ld.isPartOf.name, await meta('og:site_name')]).toEqual([SITE.name, SITE.name]);
    expect([ld.url, await meta('og:url'), await meta('DC.identifier')]).toEqual([record.URL, record.URL, record.URL]);
    expect([ld.description, await meta('og:description'), await meta('DC.description')]).toEqual([record.abstract, record.abstract, record.abstract]);
    expect([ld.publisher.name, await meta('DC.publisher')]).toEqual([record.publisher, record.publisher]);
    expect([ld.inLanguage, await meta('DC.language')]).toEqual(['en', 'en']);
    expect(ld['@type']).toBe('WebPage');
    expect(ld.datePublished).toBeUndefined();
    expect(ld.isBasedOn?.url).toBe(entry.data.source?.url);
  });
}

/** Records as a reader gets them back, keyed by address, with the fields the site writes. */
const FIELDS = ['title', 'genre', 'container-title', 'publisher', 'URL', 'issued', 'accessed', 'language'] as const;
const comparable = (items: Record<string, any>[]) =>
  new Map(
    items.map((item) => {
      const fields: Record<string, unknown> = {};
      for (const field of FIELDS) if (item[field] !== undefined) fields[field] = item[field];
      for (const date of ['issued', 'accessed'] as const) {
        if (item[date]) fields[date] = item[date]['date-parts'][0].filter((part: unknown) => part !== '').map(Number);
      }
      return [item.URL as string, fields];
    }),
  );
const fromBib = (text: string) => {
  const { entries, errors } = parseBibtex(text, { sentenceCase: false });
  expect(errors).toEqual([]);
  return entries.map(({ fields }) => ({
    title: fields.title,
    genre: fields.titleaddon,
    'container-title': fields.organization?.[0],
    publisher: fields.publisher?.[0],
    URL: fields.url,
    issued: fields.date && { 'date-parts': [fields.date.split('-')] },
    accessed: { 'date-parts': [fields.urldate.split('-')] },
    language: ({ english: 'en', chinese: 'zh' } as Record<string, string>)[fields.langid],
  }));
};

test('every file gives back the records of /cases.csl.json, the collection’s and each case’s', async ({ request }) => {
  const records = JSON.parse(await fetched(request, '/cases.csl.json')) as CslRecord[];
  const expected = comparable(records);
  expect(comparable(parseRis(await fetched(request, '/cases.ris')) as object[])).toEqual(expected);
  expect(comparable(fromBib(await fetched(request, '/cases.bib')))).toEqual(expected);
  for (const entry of cases) {
    const ownUrls = records.filter((record) => record.id.split(':')[1] === entry.slug).map((record) => record.URL);
    const own = new Map(ownUrls.map((url) => [url, expected.get(url)]));
    expect(comparable(parseRis(await fetched(request, `/cases/${entry.slug}.ris`)) as object[])).toEqual(own);
    expect(comparable(fromBib(await fetched(request, `/cases/${entry.slug}.bib`)))).toEqual(own);
  }
});
