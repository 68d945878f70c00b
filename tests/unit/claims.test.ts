/**
 * No claim the text does not support (issue 19): each correction of the structured data is
 * held against the case files themselves, and the rules behind them where a rule can be said.
 */
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../src/lib/content/checks.ts';
import { buildCrossIndex } from '../../src/lib/content/cross-index.ts';
import { readContentFiles } from '../support/content';

const files = readContentFiles();
const byslug = (slug: string) => files.find((file) => file.slug === slug)!;
const baotou = byslug('baotou');
const guangchang = byslug('guangchang-county');
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the compare table’s "Who is organised" names people the text organises', () => {
  it('Baotou: not the social organizations it introduced to provide services', () => {
    expect(baotou.data.compare.organised).not.toContain('more than 1,000 social organizations');
  });
  it('Guangchang: not the merchants whose resources were integrated, nor "new business formats" (a kind of business)', () => {
    expect(guangchang.data.compare.organised).not.toContain('enthusiastic merchants');
    expect(guangchang.data.compare.organised.some((phrase: string) => /business formats/.test(phrase))).toBe(false);
    expect(guangchang.data.compare.organised).toContain('new employment groups');
  });
});

describe('themes', () => {
  it('"Taking part in governance" quotes sentences that speak of governance (Baotou: the Party Mass Night Schools)', () => {
    for (const file of files) {
      for (const theme of file.data.themes.filter((t: { id: string }) => t.id === 'grassroots-governance')) {
        expect(theme.quote, file.slug).toMatch(/governance/);
      }
    }
    const quote = baotou.data.themes.find((t: { id: string }) => t.id === 'grassroots-governance').quote;
    expect(normalise(quote)).toBe('“Party Mass Night Schools” are created to attract young people to participate in community governance.');
  });
});

describe('the editors’ words say only what the text says', () => {
  it('the glossary: the "15-minute convenient living circle" drives the integration of the two circles', () => {
    const term = baotou.data.terms.find((t: { term: string }) => t.term === '15-minute convenient living circle');
    expect(normalise(term.explanation)).toContain('driving force for the deep integration of the party and mass service circle');
    expect(term.explanation).not.toMatch(/service network/);
  });
  it('the Baotou summary adds no "around"', () => {
    expect(baotou.data.summary).not.toMatch(/\baround\b/);
  });
  it('publishers named from an address are marked as the editors’ attribution', () => {
    for (const file of files.filter((f) => f.data.source)) expect(file.data.source.publisherAttributedBy, file.slug).toBe('editors');
  });
});

describe('the document’s slip "dual reporting, dual service, and dual reporting"', () => {
  const note = baotou.data.editorialNotes.find((n: { quote: string }) => n.quote === 'dual reporting, dual service, and dual reporting');
  it('carries a [sic] note', () => {
    expect(note.note).toMatch(/^\[sic\]/);
  });
  it('and the text itself is unchanged', () => {
    expect(normalise(baotou.body)).toContain('The working mechanism of “dual reporting, dual service, and dual reporting” is deepened');
    expect(baotou.body).not.toContain('[sic]');
  });
  it('is placed at the paragraph that holds the words, for its ¶ link', () => {
    const index = buildCrossIndex(files.map((file) => ({ id: file.slug, data: file.data as never, body: file.body })));
    expect(index.notes('baotou')).toEqual([{ quote: note.quote, note: note.note, paragraph: 3 }]);
    expect(index.notes('fangzi-district')).toEqual([]);
  });
  it('a note must quote the text verbatim (the build refuses one that does not)', () => {
    const problems = checkCase({
      id: 'a', filePath: 'a.mdx', body: 'Some words.',
      data: { order: 1, keyFigures: [], editorialNotes: [{ quote: 'other words', note: '[sic]' }] },
    });
    expect(problems.map((p) => p.field)).toEqual(['editorialNotes[0].quote']);
  });
});
