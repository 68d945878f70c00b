/**
 * `/cases.json` and `/cases.csv`, each field with what it holds (the About page shows it). Field
 * names are a published contract: fields may be added, never renamed or dropped.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { stringify } from 'csv-stringify/sync';
import { CATEGORIES, getCategory } from '../site/categories.ts';
import { formatDate, isRealDay, parseCalendarDate } from '../format/dates.ts';
import type { Case, CaseData, Source } from '../content/indexes.ts';
import { CHECK_OUTCOMES, type SourceCheck, type SourceChecks } from '../content/source-checks.ts';
import { getTheme, THEMES, type ThemeId } from '../site/themes.ts';
import { caseUrl } from '../site/urls.ts';
import { t } from '../site/words.ts';

interface CaseRecord {
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  category: CaseData['category'];
  categoryLabel: string;
  order: number;
  place: CaseData['place'];
  summary: string;
  source: Source | null;
  keyFigures: { value: string; label: string; quote: string; paragraph: number }[];
  themes: ThemeId[];
  sourceCheck: Pick<SourceCheck, 'checked' | 'outcome'> | null;
}

/** In the order of the JSON. */
export const CASE_RECORD_FIELDS: { readonly [Field in keyof CaseRecord]: string } = {
  slug: 'The case’s stable identifier, also the last part of its address.',
  url: 'The case page’s path on this site, e.g. /cases/baotou/.',
  title: 'The place-and-actor headline of the case.',
  subtitle: 'The case’s own heading, after the colon in the document.',
  category: `One of ${CATEGORIES.map((category) => category.id).join(', ')}.`,
  categoryLabel: `The category’s name for people: ${CATEGORIES.map((category) => category.label).join(', ')}.`,
  order: 'Position of the case in the chapter, from 1.',
  place: 'An object: name, region (province), country, and level (city, district, county or enterprise) where given.',
  summary: 'The editors’ summary of the case, one or two sentences in the document’s own terms.',
  source:
    'An object: url, publisher, published (YYYY-MM-DD, or YYYY-MM where only the month is known); publisherAttributedBy and publishedAttributedBy, "editors" where the publisher’s name or the date is the editors’ reading of the address (the document gives only addresses); archived, the address of a web archive’s snapshot of the report where the editors name one; null where the document names no source.',
  keyFigures: 'A list of objects: value, label (the editors’ words), quote, the sentence of the case text that states the figure, verbatim, and paragraph, its number in the case text.',
  themes: `A list of theme ids (see Themes): ${THEMES.map((theme) => theme.id).join(', ')}.`,
  sourceCheck: `The source link’s last check: checked (YYYY-MM-DD) and outcome (${CHECK_OUTCOMES.join(', ')}); null where it has not been checked or there is no source.`,
};

const NO_CHECKS: SourceChecks = new Map();

export function toCaseRecord(entry: Case, checks: SourceChecks = NO_CHECKS): CaseRecord {
  const { data, annotations } = entry;
  return {
    slug: entry.id,
    url: caseUrl(entry.id),
    title: data.title,
    subtitle: data.subtitle,
    category: data.category,
    categoryLabel: getCategory(data.category).label,
    order: data.order,
    place: data.place,
    summary: data.summary,
    source: data.source ?? null,
    keyFigures: annotations.keyFigures,
    themes: annotations.themes.map((theme) => theme.id),
    sourceCheck: lastCheck(data.source && checks.get(data.source.url)),
  };
}

const lastCheck = (check: SourceCheck | undefined): CaseRecord['sourceCheck'] =>
  check ? { checked: check.checked, outcome: check.outcome } : null;

export const JSON_ROOT = 'cases';

export function toCasesJson(entries: readonly Case[], checks: SourceChecks = NO_CHECKS): string {
  return `${JSON.stringify({ [JSON_ROOT]: entries.map((entry) => toCaseRecord(entry, checks)) }, null, 2)}\n`;
}

type CsvValue = (record: CaseRecord) => string | number;

/** A JSON field of the same name, or a flattened one, which says here what it holds. */
type CsvColumn = [header: keyof CaseRecord, value: CsvValue] | [header: string, value: CsvValue, meaning: string];

/** A list is one cell, an item a line: line n of each key-figure column describes figure n. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  ['slug', (r) => r.slug],
  ['url', (r) => r.url],
  ['title', (r) => r.title],
  ['subtitle', (r) => r.subtitle],
  ['category', (r) => r.category],
  ['categoryLabel', (r) => r.categoryLabel],
  ['order', (r) => r.order],
  ['place.name', (r) => r.place.name, 'The place or enterprise as the case names it.'],
  ['place.region', (r) => r.place.region, 'Province-level region (for an enterprise: its province).'],
  ['place.country', (r) => r.place.country, 'Country.'],
  ['place.level', (r) => r.place.level ?? '', 'city, district, county or enterprise; empty where not given.'],
  ['summary', (r) => r.summary],
  ['source.url', (r) => r.source?.url ?? '', 'Address of the original report; empty where the document names no source.'],
  ['source.publisher', (r) => r.source?.publisher ?? '', 'Who published the original report; empty where there is no source.'],
  [
    'source.published',
    (r) => r.source?.published ?? '',
    'YYYY-MM-DD, or YYYY-MM where only the month is known; empty where there is no source.',
  ],
  [
    'source.publisherAttributedBy',
    (r) => r.source?.publisherAttributedBy ?? '',
    '“editors” where the publisher’s name is the editors’ reading of the address; empty otherwise.',
  ],
  [
    'source.publishedAttributedBy',
    (r) => r.source?.publishedAttributedBy ?? '',
    '“editors” where the date is the editors’ reading of the address; empty otherwise.',
  ],
  ['source.archived', (r) => r.source?.archived ?? '', 'Address of an archived copy of the original report; empty where none is named.'],
  ['sourceCheck.checked', (r) => r.sourceCheck?.checked ?? '', 'Day of the source link’s last check (YYYY-MM-DD); empty where never checked.'],
  [
    'sourceCheck.outcome',
    (r) => r.sourceCheck?.outcome ?? '',
    `What the last check found: ${CHECK_OUTCOMES.join(', ')}; empty where never checked.`,
  ],
  ['keyFigures.value', (r) => lines(r.keyFigures.map((figure) => figure.value)), 'The figures, one per line, as the text writes them.'],
  [
    'keyFigures.label',
    (r) => lines(r.keyFigures.map((figure) => figure.label)),
    'What each figure counts, one per line, in the same order as keyFigures.value.',
  ],
  [
    'keyFigures.quote',
    (r) => lines(r.keyFigures.map((figure) => figure.quote)),
    'The sentence stating each figure, verbatim, one per line, in the same order.',
  ],
  ['themes', (r) => lines(r.themes), 'Theme ids, one per line.'],
];

export const csvColumnMeanings = (): [header: string, meaning: string][] =>
  CSV_COLUMNS.map((column) => [column[0], column.length === 3 ? column[2] : CASE_RECORD_FIELDS[column[0]]]);

/** White space inside an item is collapsed, so that lines stay aligned across columns. */
const lines = (items: readonly string[]): string => items.map((item) => item.replace(/\s+/g, ' ').trim()).join('\n');

/** What makes a spreadsheet run a cell as a formula: OWASP's list against CSV injection. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180, every line ending in CRLF; a would-be formula is quoted after an apostrophe, as OWASP advises. */
export function toCasesCsv(entries: readonly Case[], checks: SourceChecks = NO_CHECKS): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...entries.map((entry) => toCaseRecord(entry, checks)).map((record) => CSV_COLUMNS.map(([, value]) => value(record))),
  ];
  return stringify(rows, {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    cast: { string: (value) => (FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value) },
  });
}

/** Dated by the original report: `dc:date` as precise as known, `pubDate` (which names a day) only where the day is. */
export function toFeedItem(entry: Case): RSSFeedItem {
  const { data, annotations } = entry;
  const published = data.source?.published;
  const source = data.source ? ` ${t('feed.source', { publisher: data.source.publisher, date: formatDate(data.source.published) })}` : '';
  return {
    title: `${data.title}: ${data.subtitle}`,
    link: caseUrl(entry.id),
    description: `${data.summary}${source}`,
    categories: [getCategory(data.category).label, ...annotations.themes.map((theme) => getTheme(theme.id).label)],
    ...(published && isRealDay(published) && { pubDate: parseCalendarDate(published)!.date }),
    ...(published && { customData: `<dc:date>${published}</dc:date>` }),
  };
}

/** The newest cases only, so that the feed stays small as the collection grows. */
const FEED_SIZE = 50;

/** `npm run new-case` gives a new case the next position: the newest are last in chapter order (`all`). */
export function latestCases<T>(all: readonly T[], size = FEED_SIZE): T[] {
  return all.slice(-size).reverse();
}
