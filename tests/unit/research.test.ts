/**
 * The cross-case views (themes, related cases, glossary, comparison), the data
 * exports (CSV, feed, JSON-LD) and the new-case stub, as pure functions and
 * against the real content files.
 */
import { describe, expect, it } from 'vitest';
import { checkCase, checkPlaceholders, PLACEHOLDER } from '../../src/lib/content/checks.ts';
import { caseSchema } from '../../src/lib/content/schema.ts';
import { caseStub, nextOrder, slugFromTitle } from '../../src/lib/content/stub.ts';
import { parseFrontmatter } from '../../src/lib/content/loader.ts';
import { buildCrossIndex, RELATED_LIMIT, termAnchor } from '../../src/lib/content/cross-index.ts';
import { formatProblem, zodProblems } from '../../src/lib/content/errors.ts';
import { CSV_COLUMNS, csvField, toCaseRecord, toCasesCsv, toFeedItem } from '../../src/lib/data/export.ts';
import { caseTextHtml, pinCiteHtml } from '../../src/lib/content/case-text.ts';
import { findParagraph, splitParagraphs } from '../../src/lib/content/paragraphs.ts';
import { caseRecords } from '../../src/lib/cite/csl.ts';
import { caseJsonLd, serialiseJsonLd } from '../../src/lib/cite/structured-data.ts';
import { THEME_IDS, THEMES, type ThemeId } from '../../src/lib/site/themes.ts';
import { caseParagraphUrl, themeUrl } from '../../src/lib/site/urls.ts';
import { csvRecords, parseCsv } from '../support/csv';
import { readContentFiles } from '../support/content';
import { STUB_PLACEHOLDER_FIELDS } from '../support/stub-fields';

const files = readContentFiles();
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('themes vocabulary', () => {
  it('has unique ids, a label and a one-sentence description each', () => {
    expect(new Set(THEME_IDS).size).toBe(THEMES.length);
    for (const theme of THEMES) {
      expect(theme.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(theme.label.length).toBeGreaterThan(3);
      expect(theme.description, theme.id).toMatch(/^[A-Z][^.]*\.$/);
    }
  });

  it('every theme is shown by at least one real case, and every case has a theme', () => {
    const used = new Set(files.flatMap((file) => file.data.themes.map((theme: { id: string }) => theme.id)));
    expect([...used].sort()).toEqual([...THEME_IDS].sort());
    for (const file of files) expect(file.data.themes.length, file.slug).toBeGreaterThan(0);
  });
});

describe('case schema: themes, terms, compare', () => {
  const base = {
    title: 'A', subtitle: 'B', category: 'urban', order: 1,
    place: { name: 'P', region: 'R', country: 'C' }, summary: 'S',
  };
  const problems = (data: object) => {
    const result = caseSchema.safeParse({ ...base, ...data });
    return result.success ? [] : zodProblems('a.mdx', result.error).map(formatProblem);
  };

  it('rejects a theme id outside the vocabulary, listing the allowed ids', () => {
    expect(problems({ themes: [{ id: 'volunteers', quote: 'x' }] })).toEqual([
      `a.mdx: themes[0].id: must be one of ${THEME_IDS.join(', ')} (got "volunteers")`,
    ]);
  });

  it('names unknown fields inside compare and missing ones in a term', () => {
    expect(problems({ compare: { who: ['x'] } })).toEqual([
      'a.mdx: compare.who: unknown field (check its spelling; see README, "Adding a case")',
    ]);
    expect(problems({ terms: [{ term: 'x' }] })).toEqual(['a.mdx: terms[0].explanation: is required']);
  });

  it('defaults every new field to empty', () => {
    const result = caseSchema.parse(base);
    expect(result.themes).toEqual([]);
    expect(result.terms).toEqual([]);
    expect(result.compare).toEqual({ organised: [], mechanisms: [], evaluation: [], digitalTools: [] });
  });
});

describe('checkCase: structured values must be the text’s own words', () => {
  const body = 'The county built 26 “Lianxin Post Stations”.\n\nRiders joined the\nteam.';
  const entry = (data: object) => ({
    id: 'a', filePath: 'a.mdx', body,
    data: { order: 1, keyFigures: [], ...data },
  });

  it('accepts theme sentences, terms and phrases found verbatim, across line breaks', () => {
    expect(
      checkCase(
        entry({
          themes: [{ id: 'service-teams', quote: 'Riders joined the team.' }],
          terms: [{ term: 'Lianxin Post Stations', explanation: 'Stations.' }],
          compare: { organised: ['Riders'], mechanisms: [], evaluation: [], digitalTools: [] },
        }),
      ),
    ).toEqual([]);
  });

  it('names each field whose words are not in the text, and themes or terms listed twice', () => {
    const problems = checkCase(
      entry({
        themes: [
          { id: 'service-teams', quote: 'Riders joined a team.' },
          { id: 'service-teams', quote: 'Riders joined the team.' },
        ],
        terms: [{ term: 'Lianxin Post Station Network', explanation: 'x' }],
        compare: { organised: [], mechanisms: ['post stations'], evaluation: [], digitalTools: [] },
      }),
    ).map(formatProblem);
    expect(problems).toEqual([
      'a.mdx: themes[0].quote: not found verbatim in the case text: "Riders joined a team."',
      'a.mdx: themes[1]: theme "service-teams" is listed twice',
      'a.mdx: terms[0].term: not found verbatim in the case text: "Lianxin Post Station Network"',
      'a.mdx: compare.mechanisms[0]: not found verbatim in the case text: "post stations"',
    ]);
  });

  it('passes the real cases', () => {
    for (const file of files) {
      expect(checkCase({ id: file.slug, filePath: file.slug, data: file.data as never, body: file.body }), file.slug).toEqual([]);
    }
  });
});

describe('paragraph addresses', () => {
  it('split a text into paragraphs and find the one holding some words', () => {
    const paragraphs = splitParagraphs('First one.\n\n  Second\nparagraph here. \n\n\nThird.');
    expect(paragraphs).toEqual(['First one.', 'Second paragraph here.', 'Third.']);
    expect(findParagraph(paragraphs, 'Second paragraph')).toBe(2);
    expect(findParagraph(paragraphs, 'absent')).toBeUndefined();
    expect(caseParagraphUrl('baotou', 2)).toBe('/cases/baotou/#p-2');
    expect(caseParagraphUrl('baotou')).toBe('/cases/baotou/');
  });

  it('the case page numbers its paragraphs from 1, in each text', () => {
    const html = caseTextHtml('---\ntitle: x\n---\n\nOne.\n\nTwo\nlines.\n\nThree.\n');
    expect(html.match(/<p(?:\s[^>]*)?>/g)).toEqual(['<p id="p-1">', '<p id="p-2">', '<p id="p-3">']);
    expect(caseTextHtml('Again.')).toMatch(/^<p id="p-1"><paragraph-text><span class="pin"[^]*<\/span>Again\.<\/paragraph-text><\/p>$/);
  });

  it('sets each paragraph’s pin-cite before its text: its number linking to itself, and a Cite button; both in one element Pagefind does not store twice', () => {
    expect(caseTextHtml('One.\n\nTwo.')).toContain(
      '<p id="p-2"><paragraph-text><span class="pin" data-pagefind-ignore><a class="pin-number" href="#p-2"><span aria-hidden="true">¶</span>' +
        '<span class="visually-hidden">Paragraph</span> 2</a><button type="button" class="pin-copy" data-pin="2" data-needs-js hidden>' +
        'Cite<span class="visually-hidden"> paragraph 2</span></button></span>Two.</paragraph-text></p>',
    );
  });

  it('writes every kind of prose the check lets through byte for byte as @astrojs/mdx did', () => {
    // Recorded from a build with @astrojs/mdx 8.0.2 and Sätteri 0.10.5 on 2 December 2026,
    // before the case page wrote the text itself: escaping, a normalised URL, line breaks.
    const markdown = [
      "A paragraph with *emphasis*, **strong** words, ~~struck~~ text, `code <b> & co`, a [link](https://example.org/?a=1&b=\"2\" \"Title & more\"), an autolink www.example.org and https://example.com/x, a mail link [mail](mailto:a@b.org), a hard break\\",
      "right here, two spaces  ",
      "and there, R&amp;D &copy; &#169; entities, \\< and \\{ escapes, 5 > 3, \"double\" and 'single' quotes, it's, “curly” ‘quotes’ — dash… ellipsis, Ünïcode 中文, a [site path](/cases/baotou/#p-2) and [relative](./x) link, [ünï path](/a%20b/ü?q=ä%20b&x=[1] \"t's\"), [q](/y 'a \"b\" <c> & d'),  *nested **strong** in em*, and trailing text.",
    ].join('\n');
    const html = [
      "A paragraph with <em>emphasis</em>, <strong>strong</strong> words, <del>struck</del> text, <code>code &lt;b&gt; &amp; co</code>, a <a href=\"https://example.org/?a=1&amp;b=%222%22\" title=\"Title &amp; more\">link</a>, an autolink <a href=\"http://www.example.org\">www.example.org</a> and <a href=\"https://example.com/x\">https://example.com/x</a>, a mail link <a href=\"mailto:a@b.org\">mail</a>, a hard break<br/>",
      "right here, two spaces<br/>",
      "and there, R&amp;D © © entities, &lt; and { escapes, 5 &gt; 3, &quot;double&quot; and &#39;single&#39; quotes, it&#39;s, “curly” ‘quotes’ — dash… ellipsis, Ünïcode 中文, a <a href=\"/cases/baotou/#p-2\">site path</a> and <a href=\"./x\">relative</a> link, <a href=\"/a%20b/%C3%BC?q=%C3%A4%20b&amp;x=%5B1%5D\" title=\"t's\">ünï path</a>, <a href=\"/y\" title=\"a &quot;b&quot; <c> &amp; d\">q</a>,  <em>nested <strong>strong</strong> in em</em>, and trailing text.",
    ].join('\n');
    expect(caseTextHtml(markdown)).toBe(`<p id="p-1"><paragraph-text>${pinCiteHtml(1)}${html}</paragraph-text></p>`);
  });

  it('refuses, naming both files, Markdown the prose check should have refused', () => {
    expect(() => caseTextHtml('- a list')).toThrow(/holds Markdown "list", which src\/lib\/content\/prose.ts lets through but case-text.ts cannot write/);
    expect(() => caseTextHtml('![an image](a.png)')).toThrow(/Markdown "image"/);
  });
});

describe('cross index', () => {
  type Entry = { id: string; data: { themes: { id: ThemeId; quote: string }[]; terms: { term: string; explanation: string }[] }; body: string };
  const make = (id: string, themes: ThemeId[], terms: string[] = []): Entry => ({
    id,
    data: {
      themes: themes.map((theme) => ({ id: theme, quote: `${id} shows ${theme}.` })),
      terms: terms.map((term) => ({ term, explanation: `${term} in ${id}.` })),
    },
    body: `Intro of ${id}.\n\n${themes.map((theme) => `${id} shows ${theme}.`).join(' ')} ${terms.join(', ')}`,
  });

  it('lists every theme, its cases in chapter order, with the paragraph of each sentence', () => {
    const index = buildCrossIndex([make('a', ['service-teams']), make('b', ['service-teams', 'digital-platforms'])]);
    expect([...index.byTheme.keys()]).toEqual(THEME_IDS);
    expect(index.byTheme.get('service-teams')!.map((use) => [use.entry.id, use.paragraph])).toEqual([['a', 2], ['b', 2]]);
    expect(index.byTheme.get('norms-and-lists')).toEqual([]);
  });

  it('relates cases by shared themes, most shared first, never itself, at most the limit', () => {
    const index = buildCrossIndex([
      make('a', ['service-teams', 'digital-platforms']),
      make('b', ['service-teams']),
      make('c', ['service-teams', 'digital-platforms']),
      make('d', ['norms-and-lists']),
    ]);
    expect(index.related('a').map((e) => e.id)).toEqual(['c', 'b']);
    expect(index.related('d')).toEqual([]);
    const many = buildCrossIndex(Array.from({ length: 50 }, (_, i) => make(`x${i}`, ['service-teams'])));
    expect(many.related('x25')).toHaveLength(RELATED_LIMIT);
    expect(many.related('x25').map((e) => e.id)).toEqual(['x24', 'x26', 'x23', 'x27', 'x22', 'x28']);
  });

  it('gathers the glossary alphabetically, one entry per term across cases, with unique anchors', () => {
    const index = buildCrossIndex([make('a', [], ['Red Teams', '4:30 classes']), make('b', [], ['Red Teams', 'red teams'])]);
    expect(index.glossary.map((entry) => entry.term)).toEqual(['4:30 classes', 'Red Teams', 'red teams']);
    expect(index.glossary[1].uses.map((use) => use.entry.id)).toEqual(['a', 'b']);
    expect(index.glossary.map((entry) => entry.anchor)).toEqual(['term-4-30-classes', 'term-red-teams', 'term-red-teams-2']);
    expect(termAnchor('“Electric Mule,”')).toBe('term-electric-mule');
  });

  it('on the real cases, every theme sentence and term lies in the paragraph it links to', () => {
    const index = buildCrossIndex(files.map((file) => ({ id: file.slug, data: file.data as never, body: file.body })));
    const paragraphsOf = new Map(files.map((file) => [file.slug, splitParagraphs(file.body)]));
    for (const uses of index.byTheme.values()) {
      for (const use of uses) expect(paragraphsOf.get(use.entry.id)![use.paragraph! - 1]).toContain(normalise(use.quote));
    }
    expect(index.glossary.length).toBeGreaterThanOrEqual(20);
    for (const entry of index.glossary) {
      for (const use of entry.uses) expect(paragraphsOf.get(use.entry.id)![use.paragraph! - 1]).toContain(entry.term);
    }
  });

  it('on the real cases, a glossary term is listed by every case whose text uses it', () => {
    const terms = new Set(files.flatMap((file) => file.data.terms.map((term: { term: string }) => term.term)));
    for (const term of terms) {
      for (const file of files) {
        const listed = file.data.terms.some((t: { term: string }) => t.term === term);
        expect(listed, `${file.slug} uses "${term}"`).toBe(normalise(file.body).includes(term));
      }
    }
  });

  it('theme urls are built from the vocabulary', () => {
    expect(themeUrl('service-teams')).toBe('/themes/service-teams/');
  });
});

describe('cases.csv', () => {
  it('quotes a field only when it holds a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(4)).toBe('4');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has a header row and one CRLF-ended row per case, agreeing with the JSON records', () => {
    const entries = files.map((file) => ({ id: file.slug, data: caseSchema.parse(file.data) }));
    const csv = toCasesCsv(entries);
    expect(parseCsv(csv)[0]).toEqual(CSV_COLUMNS.map(([header]) => header));
    const rows = csvRecords(csv);
    expect(rows).toHaveLength(files.length);
    rows.forEach((row, index) => {
      const record = toCaseRecord(entries[index]);
      expect(row.slug).toBe(record.slug);
      expect(row['source.url']).toBe(record.source?.url ?? '');
      expect(row['keyFigures.quote'].split('\n')).toEqual(record.keyFigures.map((f) => normalise(f.quote)));
      expect(row.themes.split('\n')).toEqual(record.themes);
    });
  });

  it('every JSON field appears in the CSV, directly or by its nested paths', () => {
    const record = toCaseRecord({ id: files[0].slug, data: caseSchema.parse(files[0].data) });
    const headers = CSV_COLUMNS.map(([header]) => header);
    for (const field of Object.keys(record)) {
      expect(headers.some((header) => header === field || header.startsWith(`${field}.`)), field).toBe(true);
    }
  });
});

describe('feed items and JSON-LD', () => {
  const entries = files.map((file) => ({ id: file.slug, data: caseSchema.parse(file.data) }));

  it('a feed item links the case, names its category and themes, and is dated by its source as precisely as known', () => {
    const item = toFeedItem(entries[0]);
    expect(item.link).toBe(`/cases/${entries[0].id}/`);
    expect(item.categories?.[0]).toBe('Urban');
    const dated = (slug: string) => toFeedItem(entries.find((entry) => entry.id === slug)!);
    // A day: both dates.
    expect((dated('baotou').pubDate as Date).toISOString()).toBe('2025-05-16T00:00:00.000Z');
    expect(dated('baotou').customData).toBe('<dc:date>2025-05-16</dc:date>');
    // A month: no pubDate (it would name a day), the month in dc:date.
    expect(dated('state-grid-hunan').pubDate).toBeUndefined();
    expect(dated('state-grid-hunan').customData).toBe('<dc:date>2024-10</dc:date>');
    // No source: no date at all.
    expect(dated('fangzi-district').pubDate).toBeUndefined();
    expect(dated('fangzi-district').customData).toBeUndefined();
  });

  it('a case is a web page about a Place, from its CSL record, based on its source where it has one', () => {
    for (const entry of entries) {
      const url = `https://example.org/cases/${entry.id}/`;
      const ld = caseJsonLd(entry, caseRecords({ slug: entry.id, data: entry.data, url, accessed: '2026-12-01' }), 'https://example.org') as Record<string, any>;
      expect(ld['@type']).toBe('WebPage');
      expect(ld.url).toBe(url);
      expect(ld.about).toMatchObject({ '@type': 'Place', name: entry.data.place.name });
      if (entry.data.source) expect(ld.isBasedOn.url).toBe(entry.data.source.url);
      else expect(ld).not.toHaveProperty('isBasedOn');
    }
    expect(serialiseJsonLd({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});

describe('new-case stub', () => {
  const stub = caseStub({ title: 'Anytown County, "Somewhere"', category: 'rural', order: 5 });
  const body = stub.replace(/^---[\s\S]*?\n---\n/, '');

  it('names the file after the title and takes the next free position', () => {
    expect(slugFromTitle('Anytown County, “Somewhere” Province')).toBe('anytown-county-somewhere-province');
    expect(nextOrder([1, 4, 2])).toBe(5);
    expect(nextOrder([])).toBe(1);
  });

  it('has every schema field, and the build’s checks name each placeholder', () => {
    const data = parseFrontmatter(stub, 'new.mdx');
    expect(Object.keys(data).sort()).toEqual(Object.keys(caseSchema.shape).sort());
    expect(data.title).toBe('Anytown County, "Somewhere"');
    const fields = checkPlaceholders(data, body, 'new.mdx').map((problem) => problem.field);
    expect(fields).toEqual(STUB_PLACEHOLDER_FIELDS);
  });

  it('passes every check once each placeholder is replaced with words from the text', () => {
    const text = 'Anytown built 12 stations, run by riders.';
    const filled = stub
      .replace(/"TODO: one theme id[^"]*"/, 'service-networks')
      .replace(/"TODO: YYYY-MM-DD[^"]*"/, '2025-01-02')
      .replace(/"TODO: the http[^"]*"/, 'https://example.org/report')
      .replace(/"TODO: city, district[^"]*"/, 'county')
      .replace(/"TODO: the figure[^"]*"/, "'12'")
      .replace(/"TODO: (the sentence|what the text)[^"]*"/g, JSON.stringify(text))
      .replace(/"TODO: (who the case|a mechanism|how the case|a platform|the name exactly)[^"]*"/g, 'riders')
      .replace(/"TODO: [^"]*"/g, '"Anytown"')
      .replace(`${PLACEHOLDER} paste the case text here, one paragraph per block, exactly as the source writes it.`, text);
    expect(filled).not.toMatch(new RegExp(`"${PLACEHOLDER}|^${PLACEHOLDER}`, 'm'));
    const data = parseFrontmatter(filled, 'new.mdx');
    const newBody = filled.replace(/^---[\s\S]*?\n---\n/, '');
    expect(checkPlaceholders(data, newBody, 'new.mdx')).toEqual([]);
    const parsed = caseSchema.parse(data);
    expect(checkCase({ id: 'new', filePath: 'new.mdx', data: parsed, body: newBody })).toEqual([]);
  });
});
