/**
 * The public data files `/cases.json` and `/cases.csv`: each field defined here, with what
 * it holds, which the About page shows to the people who reuse the data. Their field names
 * are a published contract: fields may be added, never renamed or dropped.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { CATEGORIES, getCategory } from '../site/categories.ts';
import { formatDate, isRealDay, parseCalendarDate } from '../format/dates.ts';
import type { CaseData } from '../../content.config.ts';
import type { Case } from '../content/indexes.ts';
import { CHECK_OUTCOMES, type SourceCheck, type SourceChecks } from '../content/source-checks.ts';
import { getTheme, THEMES, type ThemeId } from '../site/themes.ts';
import { caseUrl } from '../site/urls.ts';
import { t } from '../site/words.ts';

export interface CaseRecord {
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  category: CaseData['category'];
  categoryLabel: string;
  order: number;
  place: CaseData['place'];
  summary: string;
  source: NonNullable<CaseData['source']> | null;
  keyFigures: { value: string; label: string; quote: string; paragraph: number }[];
  themes: ThemeId[];
  /** The source link's last check (npm run check-sources); `null` where it was never checked or there is no source. */
  sourceCheck: Pick<SourceCheck, 'checked' | 'outcome'> | null;
}

/** What each field of a record holds, in the order of the JSON. */
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

/** The one key of /cases.json's top-level object, whose value lists the records. */
export const JSON_ROOT = 'cases';

export function toCasesJson(entries: readonly Case[], checks: SourceChecks = NO_CHECKS): string {
  return `${JSON.stringify({ [JSON_ROOT]: entries.map((entry) => toCaseRecord(entry, checks)) }, null, 2)}\n`;
}

type CsvValue = (record: CaseRecord) => string | number;

/**
 * A CSV column: a JSON field of the same name, which says what it holds, or a flattened
 * one, which says it here.
 */
export type CsvColumn = [header: keyof CaseRecord, value: CsvValue] | [header: string, value: CsvValue, meaning: string];

/**
 * The CSV columns, in order: the JSON fields flattened, nested ones by dotted
 * path. A list becomes one cell with one item per line; the three key-figure
 * columns hold the same number of lines, line n of each describing figure n.
 */
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

/** Each CSV column with what it holds, in order. */
export const csvColumnMeanings = (): [header: string, meaning: string][] =>
  CSV_COLUMNS.map((column) => [column[0], column.length === 3 ? column[2] : CASE_RECORD_FIELDS[column[0]]]);

/** List items, one a line; white space inside an item is collapsed so lines stay aligned. */
const lines = (items: readonly string[]): string => items.map((item) => item.replace(/\s+/g, ' ').trim()).join('\n');

/**
 * First characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)` becomes
 * a live link, `=1+2` becomes 3): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, quote, or line break; quotes doubled.
 * A value a spreadsheet would take for a formula is neutralised as OWASP recommends: an
 * apostrophe before it (spreadsheets show the rest as text) and the field quoted.
 */
export function csvField(value: string | number): string {
  const text = String(value);
  if (FORMULA_START.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: a header row, then one row per case, every line ending in CRLF. */
export function toCasesCsv(entries: readonly Case[], checks: SourceChecks = NO_CHECKS): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...entries.map((entry) => toCaseRecord(entry, checks)).map((record) => CSV_COLUMNS.map(([, value]) => value(record))),
  ];
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * One case as an item of the RSS feed, dated by its original report, as precisely as that
 * is known: Dublin Core's `dc:date` takes the date as the data gives it (`2025-05-16`, or
 * `2024-10` for a month), and RSS's `pubDate`, which must name a day, is given only where
 * the day is known. A case without a source has no date: none is made up.
 */
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

/** The feed carries this many cases: the newest, so that it stays small as the collection grows. */
export const FEED_SIZE = 50;

/**
 * The cases the feed carries, newest first. `npm run new-case` gives a new case the next
 * chapter position, so the newest are those last in chapter order. `all` must be in chapter
 * order (as `CaseIndex.all` is).
 */
export function latestCases<T>(all: readonly T[], size = FEED_SIZE): T[] {
  return all.slice(-size).reverse();
}
