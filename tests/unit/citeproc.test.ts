/**
 * Each case's records written to every file, read back by parsers the site does not write with, and
 * rendered by citeproc-js with the official styles, must give what the page shows, but for named rules.
 */
import { describe, expect, it } from 'vitest';
import { apa, apaTitle, chicagoBibliography, chicagoNote, gbt7714, pinCites, type CitationPart } from '../../src/lib/cite/citation.ts';
import { caseRecords, type CaseRecords, type CslRecord } from '../../src/lib/cite/csl.ts';
import { toBiblatex, toCslJson, toRis } from '../../src/lib/cite/formats.ts';
import { headlineCase } from '../../src/lib/cite/text-case.ts';
import { bibliographyEntry, citation, OFFICIAL } from '../support/citeproc';
import { readContentFiles } from '../support/content';
import { fieldsOf, fromBiblatex, fromRis } from '../support/reference-readers';

const ACCESSED = '2026-12-01';
const cases = readContentFiles().map((file) =>
  caseRecords({ slug: file.slug, data: file.data as never, url: `https://cases.example.org/cases/${file.slug}/`, accessed: ACCESSED }),
);

/** What each reader makes of each file, in the records' order. */
const READERS: Record<string, (records: CaseRecords) => object[]> = {
  'CSL-JSON': (records) => JSON.parse(toCslJson(records)),
  RIS: (records) => fromRis(toRis(records)),
  BibLaTeX: (records) => fromBiblatex(toBiblatex(records)),
};

describe('what each file gives a reference manager, field by field', () => {
  for (const [reader, read] of Object.entries(READERS)) {
    it(`${reader}: every field of every case's records`, () => {
      for (const records of cases) {
        const expected = records.map((record) => fieldsOf(record));
        // RIS has no key field a reader keeps; the others carry the citation key.
        const imported = read(records).map((item) => fieldsOf(item));
        expect(imported, records[0].id).toEqual(expected);
      }
    });
  }
});

const curly = (text = '') => text.replace(/'/g, '’');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const asHtml = (parts: CitationPart[]): string =>
  parts
    .map((part) =>
      typeof part === 'string' ? part : 'italic' in part ? `<i>${part.italic}</i>` : part.form === 'iso' ? part.accessed : 'December 1, 2026',
    )
    .join('');

type Rewrite = (text: string, record: CslRecord) => string;
/** A rule of the manual that the official style does not follow, as the change from citeproc's text to the page's. */
interface Rule {
  rule: string;
  rewrite: Rewrite;
}

const SITE_HEADLINE: Rule = {
  rule: 'CMOS 17 §14.206 and §8.161: the site’s name in headline style, both parts of a hyphenated compound capitalised (the style prints it as stored)',
  rewrite: (text, record) => text.replace(`” ${curly(record['container-title'])}`, `” ${headlineCase(curly(record['container-title']))}`),
};
const OWNER_IN_NOTE: Rule = {
  rule: 'CMOS 17 §14.207: in a note, the owner follows the site’s name set off by commas, as in “Privacy Policy,” Privacy & Terms, Google (the style puts it in parentheses)',
  rewrite: (text, record) => text.replace(` (${curly(record.publisher)}),`, `, ${curly(record.publisher)},`),
};

/** Each style's renderings of a case: the page's, how citeproc gets its counterpart, and the rules between them. */
const RENDERINGS: {
  name: string;
  record: 0 | 1;
  page: (records: CaseRecords) => CitationPart[] | undefined;
  citeproc: (item: object) => string;
  rules: Rule[];
}[] = [
  {
    name: 'APA reference, page',
    record: 0,
    page: (records) => apa(records)[0],
    citeproc: (item) => bibliographyEntry(OFFICIAL.apa, item),
    rules: [
      {
        rule: 'APA 7 §9.16: no retrieval date for a page not designed to change (apa.csl adds one to every undated web page)',
        rewrite: (text) => text.replace(/Retrieved [^,]+, \d{4}, from /, ''),
      },
      {
        rule: 'APA 7 §9.33: a web page’s source is the site’s name alone (apa.csl adds the publisher after a semicolon, as for co-publishers)',
        rewrite: (text, record) => text.replace(`; ${curly(record.publisher)}`, ''),
      },
      {
        rule: 'APA 7 §6.17: the title in sentence case (CSL leaves case to the data, which keeps the document’s own capitals)',
        rewrite: (text, record) => text.replace(`<i>${curly(record.title)}</i>`, `<i>${curly(apaTitle(record))}</i>`),
      },
    ],
  },
  { name: 'APA reference, report', record: 1, page: (records) => apa(records)[1], citeproc: (item) => bibliographyEntry(OFFICIAL.apa, item), rules: [] },
  {
    name: 'APA in-text citation of paragraph 3',
    record: 0,
    page: (records) => pinCites(records, '', 3).apa,
    citeproc: (item) => citation(OFFICIAL.apa, item, '3'),
    rules: [],
  },
  {
    name: 'Chicago note, page',
    record: 0,
    page: (records) => chicagoNote(records)[0],
    citeproc: (item) => citation(OFFICIAL.chicago, item),
    rules: [SITE_HEADLINE, OWNER_IN_NOTE],
  },
  { name: 'Chicago note, report', record: 1, page: (records) => chicagoNote(records)[1], citeproc: (item) => citation(OFFICIAL.chicago, item), rules: [] },
  {
    name: 'Chicago note citing paragraph 3',
    record: 0,
    page: (records) => pinCites(records, '', 3).chicago,
    citeproc: (item) => citation(OFFICIAL.chicago, item, '3'),
    rules: [SITE_HEADLINE, OWNER_IN_NOTE],
  },
  {
    name: 'Chicago bibliography, page',
    record: 0,
    page: (records) => chicagoBibliography(records)[0],
    citeproc: (item) => bibliographyEntry(OFFICIAL.chicago, item),
    rules: [
      {
        rule: 'CMOS 17 §14.207: with no author, the owner of the site leads the entry, as in Google. “Privacy Policy.” Privacy & Terms. (the style puts the site’s name first)',
        rewrite: (text, record) =>
          text.replace(
            new RegExp(`^${escape(curly(record['container-title']))}\\. (“.+?”) ${escape(curly(record.publisher))}\\. `),
            `${curly(record.publisher)}. $1 ${curly(record['container-title'])}. `,
          ),
      },
      SITE_HEADLINE,
    ],
  },
  {
    name: 'Chicago bibliography, report',
    record: 1,
    page: (records) => chicagoBibliography(records)[1],
    citeproc: (item) => bibliographyEntry(OFFICIAL.chicago, item),
    rules: [],
  },
  {
    name: 'GB/T 7714 entry, page',
    record: 0,
    page: (records) => gbt7714(records)[0],
    citeproc: (item) => bibliographyEntry(OFFICIAL.gbt7714, item),
    rules: [
      {
        rule: 'GB/T 7714-2015 §4.6: an electronic resource is cited whole, its responsible party first and the date of access alone in brackets, as the standard’s example of an organisation’s page (the style cites it as a part of the site, with //)',
        rewrite: (text, record) =>
          text.replace(`${curly(record.title)}[EB/OL]//${curly(record['container-title'])}. ${curly(record.publisher)}[`, `${curly(record.publisher)}. ${curly(record.title)}[EB/OL]. [`),
      },
    ],
  },
  {
    name: 'GB/T 7714 entry, report',
    record: 1,
    page: (records) => gbt7714(records)[1],
    citeproc: (item) => bibliographyEntry(OFFICIAL.gbt7714, item),
    rules: [
      {
        rule: 'GB/T 7714-2015 §4.6: the title element is required; an untitled report is described in square brackets, as the standard brackets what the cataloguer supplies (the style prints nothing where a record has no title)',
        rewrite: (text, record) => text.replace(`[EB/OL]//${curly(record['container-title'])}. `, `${curly(record['container-title'])}. [${curly(record.genre)}][EB/OL]. `),
      },
    ],
  },
];

describe('the page against citeproc-js with the official styles, from each file', () => {
  for (const { name, record, page, citeproc, rules } of RENDERINGS) {
    describe(name, () => {
      for (const [reader, read] of Object.entries(READERS)) {
        it(`from ${reader}: the same${rules.length ? ' but for the named rules' : ''}`, () => {
          for (const records of cases) {
            const shown = page(records);
            if (!shown) continue;
            const item = read(records)[record];
            const expected = rules.reduce((text, { rewrite }) => rewrite(text, records[record]!), citeproc(item));
            expect(asHtml(shown), `${records[0].id}`).toBe(expected);
          }
        });
      }
      rules.forEach(({ rule, rewrite }, index) => {
        it(rule, () => {
          // Each rule, in its place after the ones before it, changes something on some case.
          const changes = cases.filter((records) => {
            const item = records[record];
            if (!item) return false;
            const before = rules.slice(0, index).reduce((text, earlier) => earlier.rewrite(text, item), citeproc(item));
            return rewrite(before, item) !== before;
          });
          expect(changes.length).toBeGreaterThan(0);
        });
      });
    });
  }
});
