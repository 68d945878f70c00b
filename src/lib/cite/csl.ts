/**
 * A CSL-JSON record per case page and per original report: what citations, meta tags, JSON-LD and
 * the reference files are written from. A field means what CSL 1.0.2 and Zotero's mapping make it mean.
 */
import type { CaseData } from '../content/indexes.ts';
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
  /** A report has none the document gives: `genre` describes it instead. */
  title?: string;
  /** The case's headline, for notes and in-text citations. */
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

export type CaseRecords = [CslRecord] | [CslRecord, CslRecord];

export interface CaseInput {
  slug: string;
  data: Pick<CaseData, 'title' | 'subtitle' | 'summary' | 'source'>;
  /** The case page's absolute address. */
  url: string;
  /** The date of access, `YYYY-MM-DD`: the build's day, which the page's script makes the reader's. */
  accessed: string;
}

const cslDate = (value: string): CslDate => ({ 'date-parts': [dateParts(value)] });

export const isoDate = (date: CslDate): string => date['date-parts'][0].map((part, index) => (index ? String(part).padStart(2, '0') : part)).join('-');

/** The key in a reader's library, "PartyBuildingCases:baotou"; a report's adds ":report". */
const citationKey = (slug: string): string => `${SITE.shortName.replace(/\s+/g, '')}:${slug}`;
const reportKey = (slug: string): string => `${citationKey(slug)}:report`;
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
  // Zotero shows a record's note as Extra.
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

export const collectionRecords = (cases: readonly { id: string; data: CaseInput['data'] }[], site: URL | string, accessed: string): CslRecord[] =>
  cases.flatMap(({ id, data }) => caseRecords({ slug: id, data, url: absoluteUrl(caseUrl(id), site), accessed }));
