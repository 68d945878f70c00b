/**
 * The reference-manager formats, written by Citation.js from the CSL-JSON records of
 * `csl.ts`, never by hand: RIS, BibLaTeX (`@online`), plain BibTeX (`@misc`, for older tool
 * chains) and CSL-JSON itself. Build-time code (Citation.js is not shipped to readers).
 */
import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslRecord } from './csl.ts';

const bibtexConfig = plugins.config.get('@bibtex').format;
// The citation keys (`PartyBuildingCases:baotou`) hold a colon, which BibTeX and biber accept
// but Citation.js replaces by a key of its own making unless told not to check them.
bibtexConfig.checkLabel = false;
// Citation.js's ASCII mode drops every character it has no TeX command for (Chinese names,
// most Greek): the files are UTF-8 instead, which biber and modern BibTeX read, and the
// characters TeX reads as commands are escaped below, which the UTF-8 mode does not do.
bibtexConfig.asciiOnly = false;

/** `text` with TeX's special characters escaped, for a BibTeX text field. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

/** The text fields of the records escaped for TeX; addresses and keys are written verbatim. */
const forTex = (records: readonly CslRecord[]): CslRecord[] =>
  records.map((record) => ({
    ...record,
    title: escapeTex(record.title),
    publisher: escapeTex(record.publisher),
    ...(record['container-title'] && { 'container-title': escapeTex(record['container-title']) }),
    ...(record.note && { note: escapeTex(record.note) }),
  }));

/** Citation.js's output formatter; the plugins' formats are not in its declared types. */
const format = (name: string, records: readonly CslRecord[], options: object): unknown =>
  (plugins.output.format as unknown as (name: string, data: CSL[], options: object) => unknown)(name, records as unknown as CSL[], options);

/**
 * Citation.js gives an entry without a note the note "[Online; accessed …]", BibTeX's old way
 * of saying it (kept in `toBibtex`, whose styles read no `urldate`). BibLaTeX has the date in
 * `urldate` and would print it twice, so that one line is taken out.
 */
const ACCESSED_NOTE = /^\tnote = \{\[Online; accessed [^\]]*\]\},\n/gm;

/** BibLaTeX: `@online` entries with `organization`, `date` (where known), `urldate` and `url`. */
export function toBiblatex(records: readonly CslRecord[]): string {
  const text = format('biblatex', forTex(records), { format: 'text' }) as string;
  return text.replace(ACCESSED_NOTE, '');
}

/** Plain BibTeX: `@misc` entries, the URL in `url`, the date of access in `note`. */
export function toBibtex(records: readonly CslRecord[]): string {
  return format('bibtex', forTex(records), { format: 'text' }) as string;
}

/**
 * RIS (the 2011 specification's tags, `spec: 'new'`), one tag a line, CRLF line ends. Citation.js
 * maps the fields; its own text output breaks every value after 70 characters, which splits
 * words and addresses when read back (its own reader joins the pieces with a space), so the
 * mapped tags are written out here unbroken. Its `ID` is cut to the specification's 20
 * characters, which would give cases one ID: it is left out, as RIS allows.
 */
export function toRis(records: readonly CslRecord[]): string {
  const entries = format('ris', records, { format: 'object', spec: 'new' }) as Record<string, string | string[]>[];
  return entries
    .map(({ TY, ID: _truncatedId, ...tags }) => {
      const lines = [`TY  - ${TY}`];
      for (const [tag, values] of Object.entries(tags)) {
        for (const value of [values].flat()) lines.push(`${tag}  - ${String(value).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.map((line) => `${line}\r\n`).join('');
    })
    .join('\r\n');
}

/** CSL-JSON: the records themselves, as an array. */
export function toCslJson(records: readonly CslRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** The reference files the site offers, by file extension: how each is written and served. */
export const REFERENCE_FORMATS = {
  ris: { write: toRis, contentType: 'application/x-research-info-systems; charset=utf-8' },
  bib: { write: toBiblatex, contentType: 'application/x-bibtex; charset=utf-8' },
  'csl.json': { write: toCslJson, contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export type ReferenceFormat = keyof typeof REFERENCE_FORMATS;

/** A reference file as an endpoint's response. */
export function referenceResponse(format: ReferenceFormat, records: readonly CslRecord[]): Response {
  const { write, contentType } = REFERENCE_FORMATS[format];
  return new Response(write(records), { headers: { 'Content-Type': contentType } });
}
