/**
 * One CSL-JSON record per case page and one per original report: the single description every
 * rendering reads, the page's citations, its meta tags and JSON-LD, and the files /cases.csl.json,
 * /cases.ris, /cases.bib and each case's own (formats.ts). CSL-JSON because it is what citation
 * processors and Zotero read; a field means here what CSL 1.0.2 and Zotero's mapping make it mean.
 */
import type { CaseData } from '../../content.config.ts';
import { dateParts } from '../format/dates.ts';
import { SITE } from '../site/identity.ts';
import { absoluteUrl, caseUrl } from '../site/urls.ts';
import { t } from '../site/words.ts';

export interface CslDate {
  'date-parts': [number[]];
}

export interface CslRecord {
  id: string;
  type: 'webpage';
  /** The page's title. A report has none the document gives: `genre` describes it instead. */
  title?: string;
  /** What a note or an in-text citation shortens the title to: the case's headline. */
  'title-short'?: string;
  /** The bracketed description of an untitled work (APA's "[Description]"; Zotero's "Website Type"). */
  genre?: string;
  /** The website's name (Zotero's "Website Title"). */
  'container-title': string;
  /** Who publishes the site: its owner in Chicago, the responsible party in GB/T 7714. */
  publisher?: string;
  URL: string;
  issued?: CslDate;
  accessed: CslDate;
  language?: string;
  abstract?: string;
  note?: string;
}

/** The page's record, then its report's where the document names one. */
export type CaseRecords = [CslRecord] | [CslRecord, CslRecord];

export interface CaseInput {
  slug: string;
  data: Pick<CaseData, 'title' | 'subtitle' | 'summary' | 'source'>;
  /** The case page's absolute address. */
  url: string;
  /** The date of access, `YYYY-MM-DD`: the build's day, which the page's script makes the reader's. */
  accessed: string;
}

/** `2025-05-16` → `{ 'date-parts': [[2025, 5, 16]] }`; a month alone stays a month. */
export const cslDate = (value: string): CslDate => ({ 'date-parts': [dateParts(value)] });

/** `{ 'date-parts': [[2025, 5, 16]] }` → `2025-05-16`, as the data writes dates. */
export const isoDate = (date: CslDate): string => date['date-parts'][0].map((part, index) => (index ? String(part).padStart(2, '0') : part)).join('-');

/** The case's key in a reader's library: the site's short name and the slug, which no other case shares. */
export const citationKey = (slug: string): string => `${SITE.shortName.replace(/\s+/g, '')}:${slug}`;
/** The report's key: a slug holds no colon, so this never meets another case's key. */
export const reportKey = (slug: string): string => `${citationKey(slug)}:report`;
/** The case a record's id belongs to: `PartyBuildingCases:baotou:report` → `baotou`. */
export const slugOfKey = (key: string): string => key.split(':')[1];

export function caseRecords({ slug, data, url, accessed }: CaseInput): CaseRecords {
  const page: CslRecord = {
    id: citationKey(slug),
    type: 'webpage',
    title: `${data.title}: ${data.subtitle}`,
    'title-short': data.title,
    'container-title': SITE.name,
    publisher: SITE.publisher.name,
    URL: url,
    accessed: cslDate(accessed),
    language: 'en',
    abstract: data.summary,
  };
  const { source } = data;
  if (!source) return [page];
  // Who read what from the address, and where a copy is kept: Zotero shows a record's note as Extra.
  const read = [
    source.publisherAttributedBy && t('cite.read.publisher'),
    source.publishedAttributedBy && t('cite.read.date'),
    source.language && t('cite.read.language'),
  ].filter((word) => typeof word === 'string');
  const note = [
    read.length > 0 && t('cite.note.read', { what: new Intl.ListFormat('en').format(read) }),
    source.archived && t('cite.note.archived', { url: source.archived }),
  ].filter(Boolean);
  const report: CslRecord = {
    id: reportKey(slug),
    type: 'webpage',
    genre: t('cite.reportDescription', { title: data.title }),
    'container-title': source.publisher,
    URL: source.url,
    issued: cslDate(source.published),
    accessed: cslDate(accessed),
    ...(source.language && { language: source.language }),
    ...(note.length > 0 && { note: note.join(' ') }),
  };
  return [page, report];
}

/** The records of cases, in the order given, for the site published at `site`. */
export const collectionRecords = (cases: readonly { id: string; data: CaseInput['data'] }[], site: URL | string, accessed: string): CslRecord[] =>
  cases.flatMap(({ id, data }) => caseRecords({ slug: id, data, url: absoluteUrl(caseUrl(id), site), accessed }));
