/** What reference managers make of the build: Zotero's reading of each page, and every reference file read back. */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { slugOfKey, type CslRecord } from '../../src/lib/cite/csl.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { readContentFiles } from '../support/content';
import { fieldsOf, fromBiblatex, fromRis } from '../support/reference-readers';
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

test('every file gives back the records of /cases.csl.json, the collection’s and each case’s', async ({ request }) => {
  const records = JSON.parse(await fetched(request, '/cases.csl.json')) as CslRecord[];
  expect(fromRis(await fetched(request, '/cases.ris')).map(fieldsOf)).toEqual(records.map(fieldsOf));
  expect(fromBiblatex(await fetched(request, '/cases.bib')).map(fieldsOf)).toEqual(records.map(fieldsOf));
  for (const entry of cases) {
    const own = records.filter((record) => slugOfKey(record.id) === entry.slug).map(fieldsOf);
    expect(fromRis(await fetched(request, `/cases/${entry.slug}.ris`)).map(fieldsOf)).toEqual(own);
    expect(fromBiblatex(await fetched(request, `/cases/${entry.slug}.bib`)).map(fieldsOf)).toEqual(own);
  }
});
