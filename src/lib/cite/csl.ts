/**
 * One CSL-JSON record per case page, and one per original report: the data model every
 * citation processor reads, and the single source of `/cases.csl.json`, `/cases.ris`,
 * `/cases.bib` and each case's own downloads (see `formats.ts`).
 */
import type { CaseData } from '../../content.config.ts';
import { dateParts } from '../format/dates.ts';
import { SITE } from '../site/identity.ts';
import { citationKey, fullTitle, reportDescription, reportKey } from './citation.ts';

/** A CSL date: `date-parts` of year, month and day, as far as they are known. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields these records use (CSL 1.0.2). */
export interface CslRecord {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  publisher: string;
  URL: string;
  issued?: CslDate;
  accessed?: CslDate;
  /** The page's language; left out of a report's record, whose language the document does not give. */
  language?: string;
  note?: string;
}

export interface CslInput {
  slug: string;
  data: Pick<CaseData, 'title' | 'subtitle' | 'place' | 'source'>;
  /** The case page's absolute address. */
  url: string;
  /** The date of access given for the page, `YYYY-MM-DD`. */
  accessed: string;
}

/** `2025-05-16` → `{ 'date-parts': [[2025, 5, 16]] }`; a month alone stays a month. */
export const cslDate = (value: string): CslDate => ({ 'date-parts': [dateParts(value)] });

/**
 * The case page, then its original report where the document names one. The page has no
 * date of its own (no `issued`), only the date of access; the report has its date, its
 * publisher and, in `note`, who named that publisher and where an archived copy is.
 */
export function caseCslRecords({ slug, data, url, accessed }: CslInput): CslRecord[] {
  const page: CslRecord = {
    id: citationKey(slug),
    'citation-key': citationKey(slug),
    type: 'webpage',
    title: fullTitle(data),
    'container-title': SITE.name,
    publisher: SITE.publisher.name,
    URL: url,
    accessed: cslDate(accessed),
    language: 'en',
  };
  const { source } = data;
  if (!source) return [page];
  const notes = [
    `Source of “${fullTitle(data)}”, ${url}`,
    ...(source.publisherAttributedBy === 'editors' ? ['Publisher named by the editors from the address'] : []),
    ...(source.archived ? [`Archived copy: ${source.archived}`] : []),
  ];
  const report: CslRecord = {
    id: reportKey(slug),
    'citation-key': reportKey(slug),
    type: 'webpage',
    title: reportDescription(data),
    publisher: source.publisher,
    URL: source.url,
    issued: cslDate(source.published),
    note: notes.join('. '),
  };
  return [page, report];
}
