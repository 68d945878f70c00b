/** What the case plugin derives from a text's components, through the real MDX compile; the real cases' annotations. */
import { describe, expect, it } from 'vitest';
import { compileCase, readRealCases, type Compiled } from '../support/case-pipeline';
import { THEME_IDS } from '../../src/lib/site/themes.ts';

const compile = (body: string) => compileCase(`---\ntitle: x\n---\n\n${body}\n`, 'a.mdx');
const annotationsOf = async (body: string) => (await compile(body)).annotations;

describe('annotations derived from the text', () => {
  it('a key figure’s quote is the sentence around it, across a line break', async () => {
    const { keyFigures } = await annotationsOf('First. The county built <KeyFigure label="stations">26</KeyFigure>\nstations. Last.');
    expect(keyFigures).toEqual([{ value: '26', label: 'stations', quote: 'The county built 26 stations.', paragraph: 1 }]);
  });

  it('a component’s place in its paragraph counts every kind of prose before it', async () => {
    const { keyFigures, compare } = await annotationsOf(
      'First. A *stressed* [linked](https://example.org/a) `code` line,  \nthen <KeyFigure label="riders">26</KeyFigure> <Compare row="organised">**riders**</Compare>. Last.',
    );
    expect(keyFigures).toEqual([{ value: '26', label: 'riders', quote: 'A stressed linked code line, then 26 riders.', paragraph: 1 }]);
    expect(compare).toEqual([{ row: 'organised', phrase: 'riders', paragraph: 1 }]);
  });

  it('a theme quotes the whole sentences it holds, after a sentence or a line break', async () => {
    const { themes } = await annotationsOf('Intro. <Theme id="service-teams">One. And “two.”</Theme> Three.\n<Theme id="joint-building">Four.</Theme>');
    expect(themes).toEqual([
      { id: 'service-teams', quote: 'One. And “two.”', paragraph: 1 },
      { id: 'joint-building', quote: 'Four.', paragraph: 1 },
    ]);
  });

  it('a term is explained once, at its first use, and listed once, at that paragraph', async () => {
    const { terms } = await annotationsOf('A <Term explanation="Teams of riders.">Red Teams</Term>.\n\nThe <Term>Red Teams</Term> again.');
    expect(terms).toEqual([{ term: 'Red Teams', explanation: 'Teams of riders.', paragraph: 1 }]);
  });

  it('nested components each derive their own, an outer one before an inner one', async () => {
    const annotations = await annotationsOf(
      '<Theme id="service-teams"><Theme id="grassroots-governance">The <Compare row="organised"><KeyFigure label="riders">300</KeyFigure> riders</Compare> <EditorsNote note="[sic]">patroled</EditorsNote>.</Theme></Theme>',
    );
    expect(annotations.themes.map((theme) => theme.id)).toEqual(['service-teams', 'grassroots-governance']);
    expect(annotations.compare).toEqual([{ row: 'organised', phrase: '300 riders', paragraph: 1 }]);
    expect(annotations.keyFigures[0].quote).toBe('The 300 riders patroled.');
    expect(annotations.notes).toEqual([{ quote: 'patroled', note: '[sic]', paragraph: 1 }]);
  });

  it('lines made only of components are one paragraph with the lines after them, as written', async () => {
    const { annotations, paragraphIds } = await compile(
      '<Theme id="service-teams">One.</Theme> <Theme id="joint-building">Two.</Theme>\n<Compare row="organised">Riders</Compare> rest.\n\nNext.',
    );
    expect(paragraphIds).toEqual(['p-1', 'p-2']);
    expect([...annotations.themes, ...annotations.compare].map((mark) => mark.paragraph)).toEqual([1, 1, 1]);
  });

  // The page numbers its paragraphs from the same tree the annotations are read from.
  it.each([
    ['bare \\r between paragraphs', 'A <Term explanation="E.">T1</Term>.\r\rB <Term explanation="F.">T2</Term>.', [1, 2]],
    ['\\r\\n line endings', 'A <Term explanation="E.">T1</Term>.\r\n\r\nB <Term explanation="F.">T2</Term>.', [1, 2]],
    ['a line of one no-break space', 'A <Term explanation="E.">T1</Term>.\n\u00a0\nB <Term explanation="F.">T2</Term>.', [1, 1]],
  ])('the page and the annotations count paragraphs alike: %s', async (_name, body, paragraphs) => {
    const { annotations, paragraphIds }: Compiled = await compile(body);
    expect(annotations.terms.map((term) => term.paragraph)).toEqual(paragraphs);
    expect(paragraphIds).toEqual(Array.from({ length: annotations.paragraphs }, (_, index) => `p-${index + 1}`));
    expect(annotations.paragraphs).toBe(Math.max(...paragraphs));
  });
});

describe('the real cases', async () => {
  const cases = (await readRealCases()).map((entry) => ({
    slug: entry.id,
    data: entry.data,
    ...entry.annotations,
    /** The text as a reader reads it, paragraph by paragraph: the component tags left out, spaces collapsed. */
    texts: entry.text.trim().split(/\n\s*\n/).map((paragraph) => paragraph.replace(/<\/?[A-Z][^>]*>/g, '').replace(/\s+/g, ' ')),
  })).map((entry) => ({ ...entry, plain: entry.texts.join(' ') }));
  const bySlug = (slug: string) => cases.find((entry) => entry.slug === slug)!;

  it('quote in every annotation words of the paragraph it links to', () => {
    for (const entry of cases) {
      const quoted = [
        ...entry.keyFigures.flatMap((figure) => [[figure.value, figure.paragraph], [figure.quote, figure.paragraph]] as const),
        ...entry.themes.map((theme) => [theme.quote, theme.paragraph] as const),
        ...entry.terms.map((term) => [term.term, term.paragraph] as const),
        ...entry.compare.map((phrase) => [phrase.phrase, phrase.paragraph] as const),
        ...entry.notes.map((note) => [note.quote, note.paragraph] as const),
      ];
      expect(entry.texts).toHaveLength(entry.paragraphs);
      for (const [words, paragraph] of quoted) expect(entry.texts[paragraph - 1], `${entry.slug}: ${words}`).toContain(words);
    }
  });

  it('show every theme between them, and each case at least one', () => {
    expect(new Set(cases.flatMap((entry) => entry.themes.map((theme) => theme.id)))).toEqual(new Set(THEME_IDS));
    for (const entry of cases) expect(entry.themes.length, entry.slug).toBeGreaterThan(0);
  });

  it('mark a glossary term wherever their text uses it', () => {
    const terms = new Set(cases.flatMap((entry) => entry.terms.map((term) => term.term)));
    for (const term of terms) {
      for (const entry of cases) expect(entry.terms.some((marked) => marked.term === term), `${entry.slug}: ${term}`).toBe(entry.plain.includes(term));
    }
  });

  it('compare "who is organised" by the people the text organises', () => {
    const organised = (slug: string) => bySlug(slug).compare.filter((phrase) => phrase.row === 'organised').map((phrase) => phrase.phrase);
    expect(organised('baotou').join(' ')).not.toContain('social organizations');
    expect(organised('guangchang-county')).toContain('new employment groups');
    expect(organised('guangchang-county').join(' ')).not.toMatch(/merchants|business formats/);
  });

  it('file "taking part in governance" only under sentences that speak of governance', () => {
    const quotes = cases.flatMap((entry) => entry.themes.filter((theme) => theme.id === 'grassroots-governance').map((theme) => theme.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/governance/);
  });

  it('keep the editors’ words to what the text says', () => {
    const baotou = bySlug('baotou');
    const circle = baotou.terms.find((term) => term.term === '15-minute convenient living circle')!;
    expect(circle.explanation).toContain('driving force for the deep integration of the party and mass service circle');
    expect(baotou.data.summary).not.toMatch(/\baround\b/);
    for (const entry of cases.filter((each) => each.data.source)) expect(entry.data.source!.publisherAttributedBy, entry.slug).toBe('editors');
  });

  it('note the document’s slip “dual reporting … dual reporting” as [sic] at its paragraph, the text as written', () => {
    const baotou = bySlug('baotou');
    expect(baotou.notes).toEqual([{ quote: 'dual reporting, dual service, and dual reporting', note: expect.stringMatching(/^\[sic\]/), paragraph: 3 }]);
    expect(baotou.plain).not.toContain('[sic]');
    expect(cases.filter((entry) => entry.notes.length > 0).map((entry) => entry.slug)).toEqual(['baotou']);
  });
});
