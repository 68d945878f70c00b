/**
 * Citations against strings checked by hand against each style's rules, for a
 * case with a source (Baotou) and the one without (Fangzi District).
 */
import { describe, expect, it } from 'vitest';
import { resolveBuildDate } from '../../src/lib/build/build-date.ts';
import { apa, bibtex, chicago, citeCase, escapeBibtex, gbt7714, plainText, type CitationInput } from '../../src/lib/cite/citation.ts';
import { readContentFiles } from '../support/content';

const files = readContentFiles();
const input = (slug: string): CitationInput => {
  const file = files.find((f) => f.slug === slug)!;
  return { slug, data: file.data as CitationInput['data'], url: `https://cases.example.org/cases/${slug}/`, accessed: '2026-01-31' };
};
const baotou = input('baotou');
const fangzi = input('fangzi-district');

describe('citations of a case with a source (Baotou)', () => {
  it('APA 7th edition', () => {
    expect(plainText(apa(baotou))).toBe(
      'Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels. (n.d.). In Cases of the Primary-level Party Building. ' +
        'Retrieved January 31, 2026, from https://cases.example.org/cases/baotou/. ' +
        "Original report: People's Daily Online. (2025, May 16). http://dangjian.people.com.cn/n1/2025/0516/c117092-40481274.html",
    );
    expect(apa(baotou)).toContainEqual({ italic: 'Cases of the Primary-level Party Building' });
  });
  it('Chicago 17th edition', () => {
    expect(plainText(chicago(baotou))).toBe(
      '“Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels.” Cases of the Primary-level Party Building. ' +
        'Accessed January 31, 2026. https://cases.example.org/cases/baotou/. ' +
        "Originally published by People's Daily Online, May 16, 2025. http://dangjian.people.com.cn/n1/2025/0516/c117092-40481274.html.",
    );
  });
  it('GB/T 7714-2015', () => {
    expect(plainText(gbt7714(baotou))).toBe(
      'Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels[EB/OL]. [2026-01-31]. https://cases.example.org/cases/baotou/. ' +
        "Original report: People's Daily Online (2025-05-16). http://dangjian.people.com.cn/n1/2025/0516/c117092-40481274.html.",
    );
  });
  it('BibTeX', () => {
    expect(bibtex(baotou)).toBe(
      [
        '@misc{baotou,',
        '  title        = {{Baotou, Inner Mongolia: Upgrading Party and Mass Services to New Levels}},',
        '  howpublished = {Cases of the Primary-level Party Building},',
        '  url          = {https://cases.example.org/cases/baotou/},',
        '  urldate      = {2026-01-31},',
        "  note         = {Original report: People's Daily Online, 2025-05-16, \\url{http://dangjian.people.com.cn/n1/2025/0516/c117092-40481274.html}},",
        '}',
      ].join('\n'),
    );
  });
});

describe('citations of a case without a source (Fangzi District)', () => {
  it('APA 7th edition', () => {
    expect(plainText(apa(fangzi))).toBe(
      'Fangzi District, Weifang City, Shandong Province: List-based Management of Rural Party Members. (n.d.). ' +
        'In Cases of the Primary-level Party Building. Retrieved January 31, 2026, from https://cases.example.org/cases/fangzi-district/',
    );
  });
  it('Chicago 17th edition', () => {
    expect(plainText(chicago(fangzi))).toBe(
      '“Fangzi District, Weifang City, Shandong Province: List-based Management of Rural Party Members.” ' +
        'Cases of the Primary-level Party Building. Accessed January 31, 2026. https://cases.example.org/cases/fangzi-district/.',
    );
  });
  it('GB/T 7714-2015', () => {
    expect(plainText(gbt7714(fangzi))).toBe(
      'Fangzi District, Weifang City, Shandong Province: List-based Management of Rural Party Members[EB/OL]. [2026-01-31]. ' +
        'https://cases.example.org/cases/fangzi-district/.',
    );
  });
  it('BibTeX', () => {
    expect(bibtex(fangzi)).toBe(
      [
        '@misc{fangzi-district,',
        '  title        = {{Fangzi District, Weifang City, Shandong Province: List-based Management of Rural Party Members}},',
        '  howpublished = {Cases of the Primary-level Party Building},',
        '  url          = {https://cases.example.org/cases/fangzi-district/},',
        '  urldate      = {2026-01-31},',
        '}',
      ].join('\n'),
    );
  });
});

describe('citation details', () => {
  it('give only the month where the source gives only the month (State Grid Hunan)', () => {
    const stateGrid = input('state-grid-hunan');
    expect(plainText(apa(stateGrid))).toContain('Original report: New Hunan (hunantoday.cn). (2024, October). https://www.hunantoday.cn/');
    expect(plainText(chicago(stateGrid))).toContain('Originally published by New Hunan (hunantoday.cn), October 2024.');
    expect(plainText(gbt7714(stateGrid))).toContain('Original report: New Hunan (hunantoday.cn) (2024-10).');
    expect(bibtex(stateGrid)).toContain('New Hunan (hunantoday.cn), 2024-10, \\url{https://www.hunantoday.cn/news/xhn/202410/20913102.html}}');
  });
  it('do not double a title’s own final mark', () => {
    const question = { ...fangzi, data: { ...fangzi.data, subtitle: 'Who Serves?' } };
    expect(plainText(apa(question))).toMatch(/^Fangzi .*: Who Serves\? \(n\.d\.\)/);
    expect(plainText(chicago(question))).toMatch(/^“Fangzi .*: Who Serves\?” Cases/);
  });
  it('escape TeX’s special characters in BibTeX text, and % and # inside \\url', () => {
    expect(escapeBibtex('R&D 50% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const odd = { ...baotou, data: { ...baotou.data, source: { ...baotou.data.source!, url: 'https://example.org/a%20b#p' } } };
    expect(bibtex(odd)).toContain('\\url{https://example.org/a\\%20b\\#p}');
  });
  it('come in the page’s order, with plain text matching the parts', () => {
    const citations = citeCase(baotou);
    expect(citations.map((c) => c.style)).toEqual(['apa', 'chicago', 'gbt7714', 'bibtex']);
    expect(citations[0].text).toBe(plainText(apa(baotou)));
    expect(citations.map((c) => c.preformatted)).toEqual([false, false, false, true]);
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
