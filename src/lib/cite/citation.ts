/**
 * The citations a case page shows, each rendered from the case's CSL-JSON records (csl.ts): APA 7,
 * Chicago 17 notes and bibliography, GB/T 7714-2015, BibLaTeX and BibTeX. Each style writes what
 * citeproc-js writes from the same records with the official CSL style, except where the manual
 * has a rule the style does not follow; tests/unit/citeproc.test.ts names each such rule, and
 * holds the two to each other. Written here, not by citeproc-js at build time, because a build of
 * thousands of cases would carry the processor, the styles' files and their time for four styles.
 */
import { formatAccessed, formatDate, type AccessedForm } from '../format/dates.ts';
import { t } from '../site/words.ts';
import { isoDate, type CaseRecords, type CslRecord } from './csl.ts';
import { toBiblatex, toBibtex } from './formats.ts';
import { headlineCase, PROPER_NOUNS, sentenceCase } from './text-case.ts';

/** A run of citation text: plain, in italics, or the date of access, which the page's script makes the reader's own. */
export type CitationPart = string | { italic: string } | { accessed: string; form: AccessedForm };
export type CitationEntry = CitationPart[];

export const STYLES = ['apa', 'chicago', 'gbt7714', 'biblatex', 'bibtex'] as const;
export type CitationStyle = (typeof STYLES)[number];

export interface Citation {
  style: CitationStyle;
  /** Chicago's note and bibliography are shown together, as the manual gives them. */
  forms: { label?: string; entries: CitationEntry[] }[];
  /** True where line breaks and spacing matter (BibLaTeX, BibTeX). */
  preformatted: boolean;
}

export const plainText = (parts: readonly CitationPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : 'italic' in part ? part.italic : formatAccessed(part.accessed, part.form))).join('');

const accessedOn = (record: CslRecord, form: AccessedForm): CitationPart => ({ accessed: isoDate(record.accessed), form });
/** The date a record gives, as a style writes it. */
const issued = (record: CslRecord, style: 'month-day-year' | 'year-month-day') => formatDate(isoDate(record.issued!), style);

/**
 * A record's words as the styles set them: straight apostrophes made typographic, as citeproc-js
 * does; addresses are left as they are.
 */
const typeset = (record: CslRecord) => {
  const curly = (text = '') => text.replace(/'/g, '’');
  return {
    title: curly(record.title),
    site: curly(record['container-title']),
    owner: curly(record.publisher),
    description: curly(record.genre),
  };
};

/** The report's entry where the document names one, written from its typeset words. */
const reportEntry = (report: CslRecord | undefined, write: (words: ReturnType<typeof typeset>, record: CslRecord) => CitationEntry): CitationEntry[] =>
  report ? [write(typeset(report), report)] : [];

/** The title in APA's sentence case (6.17): the headline before the colon is a name and kept, the rest lower-cased but for names. */
export function apaTitle(record: CslRecord): string {
  const headline = record['title-short']!;
  return `${headline}: ${sentenceCase(record.title!.slice(headline.length + 2), [...PROPER_NOUNS, ...headline.split(/,\s*/)])}`;
}

/** A title's own question or exclamation mark stands in for the full stop or comma after it, as both manuals have it. */
const ends = (text: string, mark: string) => (/[.?!]$/.test(text) ? text : `${text}${mark}`);

/**
 * APA 7, webpage on a website: `*Title*. (n.d.). Site Name. URL`; the report, untitled:
 * `[Description]. (Date). Site Name. URL` (9.22). No retrieval date for a page not designed to
 * change (9.16); the site's name alone in the source element, its publisher not added (9.33).
 */
export function apa([page, report]: CaseRecords): CitationEntry[] {
  const title = apaTitle(page).replace(/'/g, '’');
  return [
    [{ italic: title }, `${ends(title, '.').slice(title.length)} (n.d.). ${headlineCase(typeset(page).site)}. ${page.URL}`],
    ...reportEntry(report, (words, record) => [`[${words.description}]. (${issued(record, 'year-month-day')}). ${words.site}. ${record.URL}`]),
  ];
}

/**
 * Chicago 17, website content (14.206–207). Note: `“Title,” Site, Owner, accessed Date, URL.`;
 * the report, untitled: `Description, Site, Date, URL.` Bibliography: the owner first where no
 * author is named, `Owner. “Title.” Site. Accessed Date. URL.`; the report `Site. Description, Date. URL.`
 * Titles and the site's name in headline style (8.159, 8.161).
 */
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
 * GB/T 7714-2015, electronic resource (4.6): `Responsible party. Title[EB/OL]. (Date)[Date of
 * access]. URL.` The page has no date of its own, so only the date of access, as in the standard's
 * example of an organisation's page; the report, untitled, is described in square brackets, as the
 * standard brackets what the cataloguer supplies.
 */
export function gbt7714([page, report]: CaseRecords, url = page.URL): CitationEntry[] {
  const { title, owner } = typeset(page);
  return [
    [`${owner}. ${title}[EB/OL]. [`, accessedOn(page, 'iso'), `]. ${url}.`],
    ...reportEntry(report, (words, record) => [`${words.site}. [${words.description}][EB/OL]. (${isoDate(record.issued!)})[`, accessedOn(record, 'iso'), `]. ${record.URL}.`]),
  ];
}

/** BibLaTeX and BibTeX as the files have them, one entry a block, the date of access marked. */
function tex(write: (records: readonly CslRecord[]) => string, records: CaseRecords): CitationEntry[] {
  const day = isoDate(records[0].accessed);
  return records.map((record) =>
    write([record])
      .trimEnd()
      .split(new RegExp(`(${day})`))
      .map((piece): CitationPart => (piece === day ? { accessed: day, form: 'iso' } : piece)),
  );
}

/** Every style's citation of a case, in the page's order. */
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

/**
 * A citation of paragraph `n` in each style. APA in the text, `(*Short title*, n.d., para. n)`
 * (8.13, 8.14); Chicago's note with "para. n" before the date of access; GB/T 7714 has no
 * paragraph locator, so its entry gives the paragraph's own address; LaTeX, the postnote.
 */
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
