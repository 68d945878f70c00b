/** The reference files read back by parsers the site does not write with, as the CSL fields of its records. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import type { CslRecord } from '../../src/lib/cite/csl.ts';

export const fromRis = (text: string): object[] => parseRis(text) as object[];

/** BibLaTeX's fields as CSL variables, by biblatex's manual and biblatex-chicago's (organization: the site as a whole). */
const LANGUAGES: Record<string, string> = { english: 'en', chinese: 'zh' };
const dateOf = (value: string) => ({ 'date-parts': [value.split('-').map(Number)] });
export function fromBiblatex(text: string): object[] {
  const { entries, errors } = parseBibtex(text, { sentenceCase: false });
  if (errors.length > 0) throw new Error(`the BibLaTeX parser found errors: ${JSON.stringify(errors)}`);
  return entries.map(({ key, type, fields }) => ({
    id: key,
    type: type === 'online' ? 'webpage' : type,
    title: fields.title,
    'title-short': fields.shorttitle,
    genre: fields.titleaddon,
    'container-title': fields.organization?.[0],
    publisher: fields.publisher?.[0],
    issued: fields.date && dateOf(fields.date),
    accessed: fields.urldate && dateOf(fields.urldate),
    URL: fields.url,
    language: fields.langid && LANGUAGES[fields.langid],
    abstract: fields.abstract,
    note: fields.note,
  }));
}

/** An imported item's fields as the records hold them: numbers in dates, CSL's names. */
const FIELDS = ['type', 'title', 'title-short', 'genre', 'container-title', 'publisher', 'URL', 'issued', 'accessed', 'language', 'abstract', 'note'] as const;
export function fieldsOf(item: Record<string, any>): Partial<CslRecord> {
  const normal: Record<string, any> = { ...item, 'title-short': item['title-short'] ?? item.shortTitle };
  for (const date of ['issued', 'accessed']) {
    if (normal[date]) normal[date] = { 'date-parts': [normal[date]['date-parts'][0].filter((part: unknown) => part !== '').map(Number)] };
  }
  return Object.fromEntries(FIELDS.filter((field) => normal[field] !== undefined).map((field) => [field, normal[field]]));
}
