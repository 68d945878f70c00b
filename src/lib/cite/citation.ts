/**
 * A case page's citations, from its CSL-JSON records: what citeproc-js writes with the official
 * styles (tests/unit/citeproc.test.ts holds the two together), without carrying the processor and
 * its styles' time through a build of thousands of cases.
 */
import { formatAccessed, formatDate, type AccessedForm } from '../format/dates.ts';
import { t } from '../site/words.ts';
import { isoDate, type CaseRecords, type CslRecord } from './csl.ts';
import { toBiblatex, toBibtex } from './formats.ts';
import { headlineCase, PROPER_NOUNS, sentenceCase } from './text-case.ts';

/** Text, italics, or the date of access, which the page's script makes the reader's own. */
export type CitationPart = string | { italic: string } | { accessed: string; form: AccessedForm };
export type CitationEntry = CitationPart[];

export const STYLES = ['apa', 'chicago', 'gbt7714', 'biblatex', 'bibtex'] as const;
export type CitationStyle = (typeof STYLES)[number];

export interface Citation {
  style: CitationStyle;
  /** Chicago's note and bibliography together, as the manual gives them. */
  forms: { label?: string; entries: CitationEntry[] }[];
  /** True where line breaks and spacing matter (BibLaTeX, BibTeX). */
  preformatted: boolean;
}

export const plainText = (parts: readonly CitationPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : formatAccessed(part.accessed, part.form))).join('');

const accessedOn = (record: CslRecord, form: AccessedForm): CitationPart => ({ accessed: isoDate(record.accessed), form });
const issued = (record: CslRecord, style: 'month-day-year' | 'year-month-day') => formatDate(isoDate(record.issued!), style);

/** Straight apostrophes made typographic, as citeproc-js does; addresses left as they are. */
const typeset = (record: CslRecord) => {
  const curly = (text = '') => text.replace(/'/g, '’');
  return {
    title: curly(record.title),
    site: curly(record['container-title']),
    owner: curly(record.publisher),
    description: curly(record.genre),
  };
};

const reportEntry = (report: CslRecord | undefined, write: (words: ReturnType<typeof typeset>, record: CslRecord) => CitationEntry): CitationEntry[] =>
  report ? [write(typeset(report), report)] : [];

/** APA's sentence case (6.17); the headline before the colon is a name, kept. */
export function apaTitle(record: CslRecord): string {
  const headline = record['title-short']!;
  return `${headline}: ${sentenceCase(record.title!.slice(headline.length + 2), [...PROPER_NOUNS, ...headline.split(/,\s*/)])}`;
}

/** A title's own ? or ! stands in for the full stop or comma after it, as both manuals have it. */
const ends = (text: string, mark: string) => (/[.?!]$/.test(text) ? text : `${text}${mark}`);

/** APA 7 (9.22): no retrieval date for a page not designed to change (9.16), no publisher beside the site (9.33). */
export function apa([page, report]: CaseRecords): CitationEntry[] {
  const title = apaTitle(page).replace(/'/g, '’');
  return [
    [{ italic: title }, `${ends(title, '.').slice(title.length)} (n.d.). ${headlineCase(typeset(page).site)}. ${page.URL}`],
    ...reportEntry(report, (words, record) => [`[${words.description}]. (${issued(record, 'year-month-day')}). ${words.site}. ${record.URL}`]),
  ];
}

/** Chicago 17, website content (14.206–207); the bibliography puts the owner first where no author is named. */
export function chicagoNote([page, report]: CaseRecords, paragraph?: number | string): CitationEntry[] {
  const at = paragraph === undefined ? '' : `${t('cite.paragraphAbbreviation', { number: paragraph })}, `;
  const { title, site, owner } = typeset(page);
  return [
    [`“${ends(headlineCase(title), ',')}” ${headlineCase(site)}, ${owner}, ${at}accessed `, accessedOn(page, 'long'), `, ${page.URL}.`],
    ...reportEntry(report, (words, record) => [`${words.description}, ${words.site}, ${issued(record, 'month-day-year')}, ${record.URL}.`]),
  ];
}

export function chicagoBibliography([page, report]: CaseRecords): CitationEntry[] {
  const { title, site, owner } = typeset(page);
  return [
    [`${owner}. “${ends(headlineCase(title), '.')}” ${headlineCase(site)}. Accessed `, accessedOn(page, 'long'), `. ${page.URL}.`],
    ...reportEntry(report, (words, record) => [`${words.site}. ${words.description}, ${issued(record, 'month-day-year')}. ${record.URL}.`]),
  ];
}

/**
 * GB/T 7714-2015, electronic resource (4.6): the page has no date of its own, only the date of access;
 * the untitled report's description is bracketed, as the standard brackets what a cataloguer supplies.
 */
export function gbt7714([page, report]: CaseRecords, url = page.URL): CitationEntry[] {
  const { title, owner } = typeset(page);
  return [
    [`${owner}. ${title}[EB/OL]. [`, accessedOn(page, 'iso'), `]. ${url}.`],
    ...reportEntry(report, (words, record) => [`${words.site}. [${words.description}][EB/OL]. (${isoDate(record.issued!)})[`, accessedOn(record, 'iso'), `]. ${record.URL}.`]),
  ];
}

/** As the files have them, the date of access marked. */
function tex(write: (records: readonly CslRecord[]) => string, records: CaseRecords): CitationEntry[] {
  const day = isoDate(records[0].accessed);
  return records.map((record) =>
    write([record])
      .trimEnd()
      .split(new RegExp(`(${day})`))
      .map((piece): CitationPart => (piece === day ? { accessed: day, form: 'iso' } : piece)),
  );
}

export function citeCase(records: CaseRecords): Citation[] {
  const styled = (style: CitationStyle, forms: Citation['forms'], preformatted = false): Citation => ({ style, forms, preformatted });
  return [
    styled('apa', [{ entries: apa(records) }]),
    styled('chicago', [
      { label: t('cite.chicagoNote'), entries: chicagoNote(records) },
      { label: t('cite.chicagoBibliography'), entries: chicagoBibliography(records) },
    ]),
    styled('gbt7714', [{ entries: gbt7714(records) }]),
    styled('biblatex', [{ entries: tex(toBiblatex, records) }], true),
    styled('bibtex', [{ entries: tex(toBibtex, records) }], true),
  ];
}

/** Stands for the paragraph's number in the pin-cites a page holds once; its script puts the number in. */
export const PIN_PLACEHOLDER = '{n}';

/** Paragraph `n` cited in each style: APA in the text (8.13); GB/T 7714 has no locator, so the paragraph's address. */
export function pinCites(records: CaseRecords, paragraphUrl: string, n: number | string): Record<CitationStyle, CitationPart[]> {
  const [page] = records;
  const para = t('cite.paragraphAbbreviation', { number: n });
  // In LaTeX a tie keeps the number with its abbreviation.
  const latex = (command: string) => [`\\${command}[${para.replace(' ', '~')}]{${page.id}}`];
  return {
    apa: ['(', { italic: page['title-short']! }, `, n.d., ${para})`],
    chicago: chicagoNote([page], n)[0],
    gbt7714: gbt7714([page], paragraphUrl)[0],
    biblatex: latex('autocite'),
    bibtex: latex('cite'),
  };
}
