/**
 * Citations of a case page in the styles readers use, built from the collection's fields:
 * APA 7, Chicago 17 (note and bibliography), GB/T 7714-2015, BibLaTeX and BibTeX. Where the
 * document names the report a case comes from, that report is its own entry in each style.
 *
 * What is cited: the case's page on this site, published by the site's editors (SITE.publisher).
 * The page has no date of its own (the chapter is undated and the site records none per case):
 * APA gives "n.d." and no retrieval date, since the page is not designed to change (APA 7,
 * 9.16); Chicago and GB/T give the date of access, as they ask for undated online sources.
 * The date of access is the build date here; the page's script puts in the reader's own day.
 */
import type { CaseData } from '../../content.config.ts';
import { formatAccessed, formatDate, type AccessedForm } from '../format/dates.ts';
import { SITE } from '../site/identity.ts';
import { paragraphId } from '../site/urls.ts';
import { t } from '../site/words.ts';
import { headlineCase, PROPER_NOUNS, sentenceCase } from './text-case.ts';

export interface CitationInput {
  /** The case's slug: its citation key is built from it. */
  slug: string;
  data: Pick<CaseData, 'title' | 'subtitle' | 'place' | 'source'>;
  /** The case page's absolute address. */
  url: string;
  /** The date of access, `YYYY-MM-DD`: the build date, or the reader's day. */
  accessed: string;
}


/**
 * A run of citation text: plain, in italics (APA's titles), or the date of access, which the
 * page marks so that its script can put in the reader's own day.
 */
export type CitationPart = string | { italic: string } | { accessed: string; form: AccessedForm };

/** One entry of a reference list or one note: a run of parts. */
export type CitationEntry = CitationPart[];

export type CitationStyle = 'apa' | 'chicago-note' | 'chicago-bibliography' | 'gbt7714' | 'biblatex' | 'bibtex';

export interface Citation {
  style: CitationStyle;
  /** The style's name for people. */
  label: string;
  /** The page's entry first, then the original report's where there is one. */
  entries: CitationEntry[];
  /** The citation as plain text, as it is copied: a blank line between its entries. */
  text: string;
  /** True where line breaks and spacing matter (BibLaTeX, BibTeX). */
  preformatted: boolean;
}

export const plainText = (parts: readonly CitationPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : formatAccessed(part.accessed, part.form))).join('');


const accessed = (input: CitationInput, form: AccessedForm): CitationPart => ({ accessed: input.accessed, form });

/** The case's key in a reader's library: the site's short name and the slug, which no other case shares. */
export const citationKey = (slug: string): string => `${SITE.shortName.replace(/\s+/g, '')}:${slug}`;
/** The original report's key: a slug holds no colon, so this never meets another case's key. */
export const reportKey = (slug: string): string => `${citationKey(slug)}:report`;

/** The page's title as the document gives it: the place-and-actor headline, a colon, the case's heading. */
export const fullTitle = ({ title, subtitle }: Pick<CaseData, 'title' | 'subtitle'>): string => `${title}: ${subtitle}`;

/**
 * The title in APA's sentence case. The headline before the colon is a name (a place, an
 * enterprise) and is kept as written; in the heading, the names of PROPER_NOUNS and the
 * case's own place names keep their capitals.
 */
export function apaTitle(data: CitationInput['data']): string {
  const names = [...PROPER_NOUNS, ...data.title.split(/,\s*/), data.place.name, data.place.region, data.place.country];
  return `${data.title}: ${sentenceCase(data.subtitle, names)}`;
}

/**
 * The original report has no title the document gives (only its address), so every style
 * describes it instead, as APA 7 (9.21) and CMOS (14.206) do for untitled works.
 */
export const reportDescription = (data: CitationInput['data']): string => `Original report on ${data.title}`;

/** A description inside a note's sentence starts in lower case. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** True where a title ends with a mark of its own, which then takes the place of the style's full stop or comma. */
const endsWithMark = (text: string): boolean => /[.?!]$/.test(text);

/** Ends a unit with a full stop unless it already ends with a mark of its own. */
const withPeriod = (text: string): string => (endsWithMark(text) ? text : `${text}.`);

/** A title inside a note's sentence takes a comma, unless its own mark stands in for it (CMOS 6.119). */
const withComma = (text: string): string => (endsWithMark(text) ? text : `${text},`);

type Source = NonNullable<CitationInput['data']['source']>;

/** The archived copy, where the case names one, in a style's own words: `before` it, `after` it. */
const archived = (source: Source, before: string, after = ''): string => (source.archived ? `${before}${source.archived}${after}` : '');

/**
 * APA 7, webpage on a website with a group or no author (apastyle.apa.org, "Webpage on a
 * website references"): `*Title in sentence case*. (n.d.). Site Name. URL`. No author: the
 * title moves to the author's place; the site name is plain; no full stop after a URL; no
 * retrieval date for a page that is not designed to change. The original report: a
 * description in square brackets for its missing title, its date, the site that published it.
 */
export function apa(input: CitationInput): CitationEntry[] {
  const title = apaTitle(input.data);
  const entries: CitationEntry[] = [[{ italic: title }, `${endsWithMark(title) ? '' : '.'} (n.d.). ${SITE.name}. ${input.url}`]];
  const { source } = input.data;
  if (source) {
    entries.push([
      `[${reportDescription(input.data)}]. (${formatDate(source.published, 'year-month-day')}). ${source.publisher}. ${source.url}${archived(source, ' Archived at ')}`,
    ]);
  }
  return entries;
}

/**
 * Chicago 17, notes-bibliography, website content (CMOS 14.206–207): the note's form,
 * `“Title,” Site Name, Owner, accessed Month D, YYYY, URL.` Titles in headline style;
 * the site's owner named; the date of access, since the page has no date.
 */
export function chicagoNote(input: CitationInput): CitationEntry[] {
  const entries: CitationEntry[] = [
    [
      `“${withComma(headlineCase(fullTitle(input.data)))}” ${headlineCase(SITE.name)}, ${SITE.publisher.name}, accessed `,
      accessed(input, 'long'),
      `, ${input.url}.`,
    ],
  ];
  const { source } = input.data;
  if (source) {
    entries.push([
      `${source.publisher}, ${lowerFirst(reportDescription(input.data))}, ${formatDate(source.published, 'month-day-year')}, ${source.url}${archived(source, ', archived at ')}.`,
    ]);
  }
  return entries;
}

/** Chicago 17, the bibliography's form of the same: full stops between the elements. */
export function chicagoBibliography(input: CitationInput): CitationEntry[] {
  const entries: CitationEntry[] = [
    [
      `“${withPeriod(headlineCase(fullTitle(input.data)))}” ${headlineCase(SITE.name)}. ${SITE.publisher.name}. Accessed `,
      accessed(input, 'long'),
      `. ${input.url}.`,
    ],
  ];
  const { source } = input.data;
  if (source) {
    entries.push([
      `${source.publisher}. ${reportDescription(input.data)}. ${formatDate(source.published, 'month-day-year')}. ${source.url}.${archived(source, ' Archived at ', '.')}`,
    ]);
  }
  return entries;
}

/**
 * GB/T 7714-2015, electronic resource (4.8 and its examples): `Responsible party. Title[EB/OL].
 * (published)[accessed]. URL.` The page names its publisher as the responsible party and has
 * no publication date, so only the date of access, in square brackets; the original report is
 * its own entry, its publication date in parentheses before the date of access.
 */
export function gbt7714(input: CitationInput): CitationEntry[] {
  const entries: CitationEntry[] = [
    [`${SITE.publisher.name}. ${fullTitle(input.data)}[EB/OL]. [`, accessed(input, 'iso'), `]. ${input.url}.`],
  ];
  const { source } = input.data;
  if (source) {
    entries.push([
      `${source.publisher}. ${reportDescription(input.data)}[EB/OL]. (${source.published})[`,
      accessed(input, 'iso'),
      `]. ${source.url}.${archived(source, ' Archived copy: ', '.')}`,
    ]);
  }
  return entries;
}

/** The styles a paragraph can be cited in, with their names for people. */
export const PIN_STYLES = (['apa', 'chicago-note', 'gbt7714', 'biblatex'] as const).map((style) => ({
  style,
  label: t(`cite.style.${style}`),
}));
export type PinStyle = (typeof PIN_STYLES)[number]['style'];

/** Stands for the paragraph's number in the pin-cites a page holds once; its script puts the number in. */
export const PIN_PLACEHOLDER = '{n}';

/**
 * A pin-cite of paragraph `n` in each style. APA cites a paragraph in the text, "(Title,
 * n.d., para. 3)", with the title shortened to its first part in italics as for a work
 * with no author (APA 7, 8.13 and 8.14); Chicago's note gives "par. 3" before the date of
 * access (CMOS 14.174) and the paragraph's own address; GB/T 7714 has no paragraph numbers
 * for online sources, so its entry gives the paragraph's address; BibLaTeX puts the
 * paragraph in the postnote of `\autocite`, which every biblatex style prints.
 */
export function pinCites(input: CitationInput, n: number | typeof PIN_PLACEHOLDER): Record<PinStyle, CitationPart[]> {
  const at = `${input.url}#${paragraphId(n)}`;
  const atParagraph = { ...input, url: at };
  const [chicagoEntry] = chicagoNote(atParagraph);
  return {
    apa: ['(', { italic: input.data.title }, `, n.d., para. ${n})`],
    'chicago-note': chicagoEntry.map((part) =>
      typeof part === 'string' ? part.replace(/, accessed $/, `, par. ${n}, accessed `) : part,
    ),
    gbt7714: gbt7714(atParagraph)[0],
    biblatex: [`\\autocite[para.~${n}]{${citationKey(input.slug)}}`],
  };
}

/** The entries as copied: a blank line between them, as between the paragraphs of a reference list. */
const joinEntries = (entries: readonly CitationEntry[]): string => entries.map(plainText).join('\n\n');

/**
 * Splits a generated text at each occurrence of the date of access, so that the page can
 * mark it (BibLaTeX's `urldate`, BibTeX's note).
 */
export function markAccessed(text: string, day: string): CitationEntry {
  const pieces = text.split(day);
  return pieces.flatMap((piece, index): CitationPart[] =>
    index === 0 ? [piece] : [{ accessed: day, form: 'iso' }, piece],
  );
}

/**
 * The citations of a case, in the order the page shows them. BibLaTeX and BibTeX come from
 * the reference-manager formats (`formats.ts`), given here already written.
 */
export function citeCase(input: CitationInput, generated: { biblatex: string[]; bibtex: string[] }): Citation[] {
  const styled = (style: CitationStyle, entries: CitationEntry[], preformatted = false): Citation => ({
    style,
    label: t(`cite.style.${style}`),
    entries,
    text: joinEntries(entries),
    preformatted,
  });
  const marked = (texts: string[]) => texts.map((text) => markAccessed(text, input.accessed));
  return [
    styled('apa', apa(input)),
    styled('chicago-note', chicagoNote(input)),
    styled('chicago-bibliography', chicagoBibliography(input)),
    styled('gbt7714', gbt7714(input)),
    styled('biblatex', marked(generated.biblatex), true),
    styled('bibtex', marked(generated.bibtex), true),
  ];
}
