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

/** The title in APA's sentence case (6.17): the headline before the colon is a name and kept, the rest lower-cased but for names. */
export function apaTitle(record: CslRecord): string {
  const headline = record['title-short']!;
  return `${headline}: ${sentenceCase(record.title!.slice(headline.length + 2), [...PROPER_NOUNS, ...headline.split(/,\s*/)])}`;
}

/** A title's own question or exclamation mark stands in for the full stop or comma after it (CMOS 6.119; APA 6.3). */
const ends = (text: string, mark: string) => (/[.?!]$/.test(text) ? text : `${text}${mark}`);

/**
 * APA 7, webpage on a website: `*Title*. (n.d.). Site Name. URL`; the report, untitled:
 * `[Description]. (Date). Site Name. URL` (9.22). No retrieval date for a page not designed to
 * change (9.16); the site's name alone in the source element, its publisher not added (9.33).
 */
export function apa([page, report]: CaseRecords): CitationEntry[] {
  const title = apaTitle(page).replace(/'/g, '’');
  const it = report && typeset(report);
  return [
    [{ italic: title }, `${ends(title, '.').slice(title.length)} (n.d.). ${headlineCase(typeset(page).site)}. ${page.URL}`],
    ...(report ? [[`[${it!.description}]. (${issued(report, 'year-month-day')}). ${it!.site}. ${report.URL}`]] : []),
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
  const it = report && typeset(report);
  return [
    [`“${ends(headlineCase(title), ',')}” ${headlineCase(site)}, ${owner}, ${at}accessed `, accessedOn(page, 'long'), `, ${page.URL}.`],
    ...(report ? [[`${it!.description}, ${it!.site}, ${issued(report, 'month-day-year')}, ${report.URL}.`]] : []),
  ];
}

export function chicagoBibliography([page, report]: CaseRecords): CitationEntry[] {
  const { title, site, owner } = typeset(page);
  const it = report && typeset(report);
  return [
    [`${owner}. “${ends(headlineCase(title), '.')}” ${headlineCase(site)}. Accessed `, accessedOn(page, 'long'), `. ${page.URL}.`],
    ...(report ? [[`${it!.site}. ${it!.description}, ${issued(report, 'month-day-year')}. ${report.URL}.`]] : []),
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
  const it = report && typeset(report);
  return [
    [`${owner}. ${title}[EB/OL]. [`, accessedOn(page, 'iso'), `]. ${url}.`],
    ...(report ? [[`${it!.site}. [${it!.description}][EB/OL]. (${isoDate(report.issued!)})[`, accessedOn(report, 'iso'), `]. ${report.URL}.`]] : []),
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
 * (8.13, 8.14); Chicago's note with "para. n" before the date of access (14.174); GB/T 7714 has no
 * paragraph locator, so its entry gives the paragraph's own address; LaTeX, the postnote.
 */
export function pinCites(records: CaseRecords, paragraphUrl: string, n: number | string): Record<CitationStyle, CitationPart[]> {
  const [page] = records;
  const key = page.id;
  return {
    apa: ['(', { italic: page['title-short']! }, `, n.d., ${t('cite.paragraphAbbreviation', { number: n })})`],
    chicago: chicagoNote([page], n)[0],
    gbt7714: gbt7714([page], paragraphUrl)[0],
    biblatex: [`\\autocite[${t('cite.paragraphAbbreviation', { number: n }).replace(' ', '~')}]{${key}}`],
    bibtex: [`\\cite[${t('cite.paragraphAbbreviation', { number: n }).replace(' ', '~')}]{${key}}`],
  };
}
