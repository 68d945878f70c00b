/**
 * The reference-manager files, from the CSL-JSON records. Not Citation.js: its mappings drop RIS's
 * T2, put the date of access in M1 and brace every capital, with no option to change them.
 */
import { isoDate, type CslDate, type CslRecord } from './csl.ts';
import { bracedNames, PROPER_NOUNS } from './text-case.ts';
import { t } from '../site/words.ts';

const escapeTex = (text: string): string =>
  text.replace(/[\\{}&%$#_~^]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );

/** A BibTeX `url` is verbatim: what could close the field is percent-encoded, the same address still. */
const texUrl = (url: string): string => url.replace(/[{}\\]/g, encodeURIComponent);

const namesOf = (record: CslRecord): string[] => [...PROPER_NOUNS, ...(record['title-short']?.split(/,\s*/) ?? [])];

/** Proper names braced, so that no style lower-cases them. */
const texTitle = (text: string, record: CslRecord): string => bracedNames(text, namesOf(record), escapeTex);

const LANGID: Record<string, string> = { en: 'english', zh: 'chinese' };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type TexField = [name: string, value: string | undefined, raw?: boolean];

/** Each field braced unless `raw` (a month macro). */
const texEntry = (type: string, key: string, fields: TexField[]): string =>
  `@${type}{${key},\n${fields
    .filter(([, value]) => value !== undefined)
    .map(([name, value, raw]) => `  ${name} = ${raw ? value : `{${value}}`},\n`)
    .join('')}}\n`;

/** A list field as one name: inner braces, so an "and" inside it splits nothing. */
const literal = (text: string | undefined) => text && `{${escapeTex(text)}}`;

export function toBiblatex(records: readonly CslRecord[]): string {
  return records
    .map((record) =>
      texEntry('online', record.id, [
        ['title', record.title && texTitle(record.title, record)],
        ['shorttitle', record['title-short'] && texTitle(record['title-short'], record)],
        ['titleaddon', record.genre && escapeTex(record.genre)],
        ['organization', literal(record['container-title'])],
        ['publisher', literal(record.publisher)],
        ['date', record.issued && isoDate(record.issued)],
        ['urldate', isoDate(record.accessed)],
        ['url', texUrl(record.URL)],
        ['langid', record.language && LANGID[record.language]],
        ['abstract', record.abstract && escapeTex(record.abstract)],
        ['note', record.note && escapeTex(record.note)],
      ]),
    )
    .join('\n');
}

/** `@misc`, whose standard styles print howpublished, month, year and note. */
export function toBibtex(records: readonly CslRecord[]): string {
  return records
    .map((record) => {
      const [year, month, day] = record.issued?.['date-parts'][0] ?? [];
      const accessed = t('cite.accessedOn', { date: isoDate(record.accessed) });
      return texEntry('misc', record.id, [
        ['title', record.title && texTitle(record.title, record)],
        ['howpublished', escapeTex(record['container-title'])],
        ['publisher', literal(record.publisher)],
        ['year', year?.toString()],
        ['month', month ? MONTHS[month - 1] : undefined, true],
        ['day', day?.toString()],
        ['note', escapeTex(record.genre ? `${record.genre}. ${accessed}` : accessed)],
        ['url', texUrl(record.URL)],
      ]);
    })
    .join('\n');
}

const risDate = (date: CslDate): string => {
  const [year, month, day] = isoDate(date).split('-');
  return `${year}/${month ?? ''}/${day ?? ''}/`;
};

/** A value's own line breaks would start a tag of their own. */
const risLine = (tag: string, value: string | undefined) => (value === undefined ? '' : `${tag}  - ${value.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ')}\r\n`);

export function toRis(records: readonly CslRecord[]): string {
  return records
    .map(
      (record) =>
        risLine('TY', 'ELEC') +
        risLine('TI', record.title) +
        risLine('ST', record['title-short']) +
        risLine('M3', record.genre) +
        risLine('T2', record['container-title']) +
        risLine('PB', record.publisher) +
        risLine('PY', record.issued && String(record.issued['date-parts'][0][0])) +
        risLine('DA', record.issued && risDate(record.issued)) +
        risLine('Y2', risDate(record.accessed)) +
        risLine('UR', record.URL) +
        risLine('LA', record.language) +
        risLine('AB', record.abstract) +
        risLine('N1', record.note) +
        risLine('ER', ''),
    )
    .join('\r\n');
}

export const toCslJson = (records: readonly CslRecord[]): string => `${JSON.stringify(records, null, 2)}\n`;

export const REFERENCE_FORMATS = {
  ris: { write: toRis, contentType: 'application/x-research-info-systems; charset=utf-8' },
  bib: { write: toBiblatex, contentType: 'application/x-bibtex; charset=utf-8' },
  'csl.json': { write: toCslJson, contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export function referenceResponse(format: keyof typeof REFERENCE_FORMATS, records: readonly CslRecord[]): Response {
  const { write, contentType } = REFERENCE_FORMATS[format];
  return new Response(write(records), { headers: { 'Content-Type': contentType } });
}
