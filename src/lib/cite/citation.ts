/**
 * Citations of a case page in four styles, built from the collection's fields.
 * What is cited is the case's page on this site, read on the build date; where
 * the document names the report the case comes from, each style names that
 * report's publisher, date and address as well.
 *
 * Titles keep the document's capitalisation: turning them into APA's sentence
 * case would need to know which words are names ("Party", "Inner Mongolia").
 */
import type { CaseData } from '../content/schema.ts';
import { MONTHS, parsePublished } from '../format/dates.ts';
import { SITE } from '../site/identity.ts';

export interface CitationInput {
  /** The case's slug, used as the BibTeX key. */
  slug: string;
  data: Pick<CaseData, 'title' | 'subtitle' | 'source'>;
  /** The case page's absolute address. */
  url: string;
  /** The date of access, `YYYY-MM-DD`: the build date. */
  accessed: string;
}

/** A run of citation text; `italic` runs are set in italics on the page (APA's name of the whole site). */
export type CitationPart = string | { italic: string };

export type CitationStyle = 'apa' | 'chicago' | 'gbt7714' | 'bibtex';

export interface Citation {
  style: CitationStyle;
  /** The style's name for people. */
  label: string;
  parts: CitationPart[];
  /** The citation as plain text, as it is copied. */
  text: string;
  /** True where line breaks matter (BibTeX). */
  preformatted: boolean;
}

export const plainText = (parts: readonly CitationPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : part.italic)).join('');

const fullTitle = ({ data }: CitationInput): string => `${data.title}: ${data.subtitle}`;

/** Ends a unit with a full stop unless it already ends with a mark of its own. */
const withPeriod = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** "November 26, 2026", or "October 2024" where only the month is known. */
function monthDayYear(value: string): string {
  const { year, month, day } = parsePublished(value);
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** APA's date in a reference: "2025, May 16", or "2024, October". */
function apaDate(value: string): string {
  const { year, month, day } = parsePublished(value);
  return day === undefined ? `${year}, ${MONTHS[month - 1]}` : `${year}, ${MONTHS[month - 1]} ${day}`;
}

/**
 * APA 7th edition, a page with no author and no date within a larger site:
 * `Title. (n.d.). In *Site*. Retrieved Month D, YYYY, from URL`, then the original
 * report as APA gives a group-authored web page: `Publisher. (YYYY, Month D). URL`.
 */
export function apa(input: CitationInput): CitationPart[] {
  const parts: CitationPart[] = [
    `${withPeriod(fullTitle(input))} (n.d.). In `,
    { italic: SITE.name },
    `. Retrieved ${monthDayYear(input.accessed)}, from ${input.url}`,
  ];
  const { source } = input.data;
  if (source) {
    parts.push(`. Original report: ${withPeriod(source.publisher)} (${apaDate(source.published)}). ${source.url}`);
  }
  return parts;
}

/**
 * Chicago 17th edition, bibliography entry for undated web content:
 * `“Title.” Site. Accessed Month D, YYYY. URL.`, then
 * `Originally published by Publisher, Month D, YYYY. URL.`
 */
export function chicago(input: CitationInput): CitationPart[] {
  let text = `“${withPeriod(fullTitle(input))}” ${SITE.name}. Accessed ${monthDayYear(input.accessed)}. ${input.url}.`;
  const { source } = input.data;
  if (source) {
    text += ` Originally published by ${source.publisher}, ${monthDayYear(source.published)}. ${source.url}.`;
  }
  return [text];
}

/**
 * GB/T 7714-2015, an online electronic resource with no named author or date:
 * `Title[EB/OL]. [access date]. URL.`, then the original report with its date
 * in parentheses, as the standard dates an online publication.
 */
export function gbt7714(input: CitationInput): CitationPart[] {
  let text = `${fullTitle(input)}[EB/OL]. [${input.accessed}]. ${input.url}.`;
  const { source } = input.data;
  if (source) {
    text += ` Original report: ${source.publisher} (${source.published}). ${source.url}.`;
  }
  return [text];
}

/** Escapes the characters (La)TeX treats as commands in a BibTeX text field. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

/**
 * A BibTeX `@misc` entry, which every bibliography style accepts. `url` and
 * `urldate` are read by biblatex and natbib's styles; the title is braced twice so
 * that styles keep its capitals. Inside `\url{}` in another field, `%` and `#`
 * must be escaped (url package).
 */
export function bibtex(input: CitationInput): string {
  const fields: [name: string, value: string][] = [
    ['title', `{${escapeBibtex(fullTitle(input))}}`],
    ['howpublished', escapeBibtex(SITE.name)],
    ['url', input.url],
    ['urldate', input.accessed],
  ];
  const { source } = input.data;
  if (source) {
    const link = source.url.replace(/[%#]/g, '\\$&');
    fields.push(['note', `Original report: ${escapeBibtex(source.publisher)}, ${source.published}, \\url{${link}}`]);
  }
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
  return `@misc{${input.slug},\n${lines.join('\n')}\n}`;
}

/** The four citations of a case, in the order the page shows them. */
export function citeCase(input: CitationInput): Citation[] {
  const styled = (style: CitationStyle, label: string, parts: CitationPart[], preformatted = false): Citation => ({
    style,
    label,
    parts,
    text: plainText(parts),
    preformatted,
  });
  return [
    styled('apa', 'APA (7th edition)', apa(input)),
    styled('chicago', 'Chicago (17th edition, bibliography)', chicago(input)),
    styled('gbt7714', 'GB/T 7714-2015', gbt7714(input)),
    styled('bibtex', 'BibTeX', [bibtex(input)], true),
  ];
}
