/**
 * Citations against their manuals' own rules, one assertion per rule, each test named after
 * the rule it holds: APA 7 (apastyle.apa.org, "Webpage on a website references", sentence
 * case 6.17), Chicago 17 (8.159 and 8.161 headline style, 14.206–207 website content),
 * GB/T 7714-2015 (electronic resources, [EB/OL]), BibLaTeX's `@online` and plain BibTeX's
 * `@misc` (read back with @retorquere/bibtex-parser, which did not write them). Cases: Baotou
 * (a source dated to the day), Fangzi District (no source), State Grid Hunan (a month only).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { resolveBuildDate } from '../../src/lib/build/build-date.ts';
import { citeCasePage } from '../../src/lib/cite/case-citations.ts';
import {
  apa,
  apaTitle,
  chicagoBibliography,
  chicagoNote,
  citationKey,
  gbt7714,
  pinCites,
  plainText,
  type CitationInput,
} from '../../src/lib/cite/citation.ts';
import { caseMetaTags } from '../../src/lib/cite/meta-tags.ts';
import { headlineCase, sentenceCase } from '../../src/lib/cite/text-case.ts';
import { SITE } from '../../src/lib/site/identity.ts';
import { readContentFiles } from '../support/content';

const files = readContentFiles();
const input = (slug: string, accessed = '2026-12-01'): CitationInput => {
  const file = files.find((f) => f.slug === slug)!;
  return { slug, data: file.data as CitationInput['data'], url: `https://cases.example.org/cases/${slug}/`, accessed };
};
const baotou = input('baotou');
const fangzi = input('fangzi-district');
const stateGrid = input('state-grid-hunan');
const text = (entries: ReturnType<typeof apa>) => entries.map(plainText);
const BAOTOU_URL = 'https://cases.example.org/cases/baotou/';
const BAOTOU_SOURCE = 'http://dangjian.people.com.cn/n1/2025/0516/c117092-40481274.html';
const archivedBaotou: CitationInput = {
  ...baotou,
  data: { ...baotou.data, source: { ...baotou.data.source!, archived: 'https://web.archive.org/web/20250601000000/' + BAOTOU_SOURCE } },
};

describe('APA 7, webpage on a website', () => {
  it('no author: the title takes the author’s place, in italics', () => {
    expect(apa(baotou)[0][0]).toEqual({ italic: apaTitle(baotou.data) });
  });
  it('6.17 sentence case: first word, first word after the colon and proper nouns capitalised', () => {
    expect(apaTitle(baotou.data)).toBe('Baotou, Inner Mongolia: Upgrading Party and mass services to new levels');
    expect(apaTitle(stateGrid.data)).toBe('State Grid Hunan Electric Power: Guided by high-quality Party building to ensure high-quality development');
  });
  it('6.17 sentence case keeps the place names a heading repeats', () => {
    expect(sentenceCase('Serving Inner Mongolia Well', ['Inner Mongolia'])).toBe('Serving Inner Mongolia well');
  });
  it('no date: "(n.d.)"', () => {
    expect(text(apa(baotou))[0]).toContain('. (n.d.). ');
  });
  it('the site name is plain, after the date', () => {
    expect(text(apa(baotou))[0]).toContain(`(n.d.). ${SITE.name}. `);
    expect(apa(baotou)[0].filter((part) => typeof part === 'object')).toEqual([{ italic: apaTitle(baotou.data) }]);
  });
  it('no full stop after a URL', () => {
    expect(text(apa(baotou))[0].endsWith(BAOTOU_URL)).toBe(true);
    expect(text(apa(baotou))[1].endsWith(BAOTOU_SOURCE)).toBe(true);
  });
  it('no retrieval date for a page not designed to change', () => {
    expect(text(apa(baotou)).join('\n')).not.toMatch(/Retrieved/);
  });
  it('no "In" before the site name (that is the form of a book chapter)', () => {
    expect(text(apa(baotou))[0]).not.toMatch(/\bIn /);
  });
  it('the original report is its own entry: [description], (date), site, URL', () => {
    expect(text(apa(baotou))[1]).toBe(`[Original report on Baotou, Inner Mongolia]. (2025, May 16). People's Daily Online. ${BAOTOU_SOURCE}`);
    expect(text(apa(baotou)).join('\n')).not.toMatch(/Original report:/);
  });
  it('a date known only to the month: "(2024, October)"', () => {
    expect(text(apa(stateGrid))[1]).toContain('(2024, October)');
  });
  it('no original report where the document names none', () => {
    expect(apa(fangzi)).toHaveLength(1);
  });
  it('an archived copy follows the original report’s address', () => {
    expect(text(apa(archivedBaotou))[1]).toContain(`${BAOTOU_SOURCE} Archived at https://web.archive.org/web/20250601000000/`);
  });
  it('8.13 in-text citation of a paragraph: (Title, n.d., para. 3)', () => {
    expect(plainText(pinCites(baotou, 3).apa)).toBe('(Baotou, Inner Mongolia, n.d., para. 3)');
  });
});

describe('Chicago 17, notes and bibliography, website content', () => {
  it('8.159 headline style: major words capitalised, prepositions, articles, conjunctions and "to" lower case', () => {
    expect(headlineCase('Guided by High-quality Party Building to Ensure High-quality Development')).toBe(
      'Guided by High-Quality Party Building to Ensure High-Quality Development',
    );
  });
  it('8.161 hyphenated compounds: both parts capitalised ("Primary-Level", "State-Owned", "High-Quality")', () => {
    expect(headlineCase('Cases of the Primary-level Party Building')).toBe('Cases of the Primary-Level Party Building');
    expect(headlineCase('Party Building in State-owned Enterprises')).toBe('Party Building in State-Owned Enterprises');
    expect(headlineCase('list-based management')).toBe('List-Based Management');
  });
  it('8.161: after a prefix that cannot stand alone, the second part stays lower case', () => {
    expect(headlineCase('joint construction and co-building')).toBe('Joint Construction and Co-building');
  });
  it('8.159: the first and last words are capitalised whatever they are', () => {
    expect(headlineCase('to the point of')).toBe('To the Point Of');
  });
  it('14.206 note: “Title,” Site, Owner, accessed Month D, YYYY, URL.', () => {
    expect(text(chicagoNote(baotou))[0]).toBe(
      '“Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels,” Cases of the Primary-Level Party Building, ' +
        `${SITE.publisher.name}, accessed December 1, 2026, ${BAOTOU_URL}.`,
    );
  });
  it('14.206 bibliography: the same elements separated by full stops', () => {
    expect(text(chicagoBibliography(baotou))[0]).toBe(
      '“Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels.” Cases of the Primary-Level Party Building. ' +
        `${SITE.publisher.name}. Accessed December 1, 2026. ${BAOTOU_URL}.`,
    );
  });
  it('14.206: the site’s owner is named', () => {
    for (const entries of [chicagoNote(fangzi), chicagoBibliography(fangzi)]) expect(text(entries)[0]).toContain(SITE.publisher.name);
  });
  it('14.207: undated content gives the date of access', () => {
    expect(text(chicagoNote(fangzi))[0]).toContain('accessed December 1, 2026,');
  });
  it('14.206: the original report, untitled, is described, with its publisher and date', () => {
    expect(text(chicagoNote(baotou))[1]).toBe(`People's Daily Online, original report on Baotou, Inner Mongolia, May 16, 2025, ${BAOTOU_SOURCE}.`);
    expect(text(chicagoBibliography(stateGrid))[1]).toContain('New Hunan (hunantoday.cn). Original report on State Grid Hunan Electric Power. October 2024.');
  });
  it('14.174: a note cites a paragraph as "par. 3", at the paragraph’s address', () => {
    expect(plainText(pinCites(baotou, 3)['chicago-note'])).toContain(`, par. 3, accessed December 1, 2026, ${BAOTOU_URL}#p-3.`);
  });
});

describe('GB/T 7714-2015, electronic resources', () => {
  it('the responsible party comes first: the site’s publisher', () => {
    expect(text(gbt7714(baotou))[0].startsWith(`${SITE.publisher.name}. Baotou, Inner Mongolia`)).toBe(true);
  });
  it('the type and carrier code [EB/OL] follows the title', () => {
    expect(text(gbt7714(baotou))[0]).toContain('Upgrading Party and Mass Services to New Levels[EB/OL]. ');
  });
  it('an undated page: the date of access alone, in square brackets', () => {
    expect(text(gbt7714(baotou))[0]).toContain('[EB/OL]. [2026-12-01]. https://cases.example.org/cases/baotou/.');
  });
  it('the original report is its own entry: (published)[accessed]', () => {
    expect(text(gbt7714(baotou))[1]).toBe(
      `People's Daily Online. Original report on Baotou, Inner Mongolia[EB/OL]. (2025-05-16)[2026-12-01]. ${BAOTOU_SOURCE}.`,
    );
    expect(text(gbt7714(stateGrid))[1]).toContain('(2024-10)[2026-12-01]');
  });
  it('no "Original report:" label, which the standard does not have', () => {
    expect(text(gbt7714(baotou)).join('\n')).not.toContain('Original report:');
  });
  it('a paragraph is cited at its own address', () => {
    expect(plainText(pinCites(baotou, 2).gbt7714)).toContain(`${BAOTOU_URL}#p-2.`);
  });
});

describe('BibLaTeX @online and BibTeX @misc (read back with @retorquere/bibtex-parser)', () => {
  const citations = citeCasePage(baotou);
  const entriesOf = (style: 'biblatex' | 'bibtex') => {
    const library = parseBibtex(citations.find((c) => c.style === style)!.text);
    expect(library.errors).toEqual([]);
    return library.entries;
  };
  it('keys are the site’s short name and the slug: no clash with a reader’s own "baotou"', () => {
    expect(entriesOf('biblatex').map((entry) => entry.key)).toEqual(['PartyBuildingCases:baotou', 'PartyBuildingCases:baotou:report']);
    expect(citationKey('baotou')).toBe('PartyBuildingCases:baotou');
  });
  it('BibLaTeX: @online with organization, urldate and url; the report with its date', () => {
    const [page, report] = entriesOf('biblatex');
    expect(page.type).toBe('online');
    expect(page.fields.organization).toEqual([SITE.publisher.name]);
    expect(page.fields.urldate).toBe('2026-12-01');
    expect(page.fields.url).toBe(BAOTOU_URL);
    expect(report.fields.date).toBe('2025-05-16');
    expect(report.fields.organization).toEqual(["People's Daily Online"]);
  });
  it('BibLaTeX: the date of access is given once, in urldate (no "[Online; accessed]" note beside it)', () => {
    expect(entriesOf('biblatex')[0].fields.note).toBeUndefined();
  });
  it('BibTeX: @misc, the date of access in note (which every style prints), no urldate, no \\url in a note', () => {
    const [page, report] = entriesOf('bibtex');
    expect(page.type).toBe('misc');
    expect(page.fields.note).toBe('[Online; accessed 2026-12-01]');
    expect(page.fields.urldate).toBeUndefined();
    expect(page.fields.publisher).toEqual([SITE.publisher.name]);
    expect(report.fields.year).toBe('2025');
    for (const entry of [page, report]) expect(entry.input).not.toContain('\\url');
  });
});

describe('the citations of a page', () => {
  it('come in the page’s order, the reference-manager ones preformatted', () => {
    const citations = citeCasePage(baotou);
    expect(citations.map((c) => c.style)).toEqual(['apa', 'chicago-note', 'chicago-bibliography', 'gbt7714', 'biblatex', 'bibtex']);
    expect(citations.map((c) => c.preformatted)).toEqual([false, false, false, false, true, true]);
    expect(citations[0].text).toBe(text(apa(baotou)).join('\n\n'));
  });
  it('mark every date of access, so the reader’s own day can replace it', () => {
    const citations = citeCasePage(input('baotou', '2031-07-09'));
    for (const citation of citations.filter((c) => c.style !== 'apa')) {
      const marked = citation.entries.flat().filter((part) => typeof part === 'object' && 'accessed' in part);
      expect(marked.length, citation.style).toBeGreaterThan(0);
      expect(citation.text, citation.style).not.toContain('2026-12-01');
    }
  });
});

describe('a title that ends with a mark of its own', () => {
  const question: CitationInput = { ...fangzi, data: { ...fangzi.data, subtitle: 'Who Serves?' } };
  it('APA: the question mark takes the place of the full stop', () => {
    expect(text(apa(question))[0]).toMatch(/^Fangzi .*: Who serves\? \(n\.d\.\)/);
  });
  it('Chicago note: the question mark takes the place of the comma', () => {
    expect(text(chicagoNote(question))[0]).toMatch(/^“Fangzi .*: Who Serves\?” Cases/);
  });
  it('Chicago bibliography: no full stop after it', () => {
    expect(text(chicagoBibliography(question))[0]).toMatch(/^“Fangzi .*: Who Serves\?” Cases/);
  });
});

describe('build date', () => {
  it('is the UTC day of the build, or the BUILD_DATE override', () => {
    expect(resolveBuildDate(undefined, new Date('2026-03-04T23:30:00-05:00'))).toBe('2026-03-05');
    expect(resolveBuildDate('', new Date('2026-03-04T12:00:00Z'))).toBe('2026-03-04');
    expect(resolveBuildDate('2025-12-31', new Date())).toBe('2025-12-31');
  });
  it('refuses an override that is not a real day', () => {
    expect(() => resolveBuildDate('2025-02-30', new Date())).toThrow(/BUILD_DATE must be a real date/);
    expect(() => resolveBuildDate('2025-12', new Date())).toThrow(/BUILD_DATE/);
  });
});

describe('reference-manager meta tags (Highwire Press and Dublin Core)', () => {
  const tags = (slug: string) => {
    const { data, url } = input(slug);
    return Object.fromEntries(caseMetaTags(data, url).map((tag) => [tag.name, tag.content]));
  };
  it('give title, publisher, public URL and language in both vocabularies', () => {
    expect(tags('baotou')).toMatchObject({
      citation_title: 'Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels',
      citation_publisher: SITE.publisher.name,
      citation_public_url: BAOTOU_URL,
      citation_language: 'en',
      'DC.title': 'Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels',
      'DC.publisher': SITE.publisher.name,
      'DC.identifier': BAOTOU_URL,
      'DC.language': 'en',
    });
  });
  it('give no date, which would date this undated page by its source; the source is named instead', () => {
    expect(Object.keys(tags('baotou')).filter((name) => /date/i.test(name))).toEqual([]);
    expect(tags('baotou')['DC.source']).toBe(BAOTOU_SOURCE);
    expect(tags('fangzi-district')['DC.source']).toBeUndefined();
  });
});
