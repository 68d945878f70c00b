/**
 * The public data files `/cases.json` and `/cases.csv`. Their field names are a
 * contract (SITE.md): fields may be added, never renamed or dropped.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { getCategory } from '../site/categories.ts';
import { formatPublished } from '../format/dates.ts';
import type { CaseData } from '../content/schema.ts';
import type { SourceCheck, SourceChecks } from '../content/source-checks.ts';
import { getTheme, type ThemeId } from '../site/themes.ts';
import { caseUrl } from '../site/urls.ts';

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
  /** `null`, not absent, where the document gives no source. */
  source: NonNullable<CaseData['source']> | null;
  keyFigures: CaseData['keyFigures'];
  /** Ids of the case's themes (see /themes/). */
  themes: ThemeId[];
  /** The source link's last check (npm run check-sources); `null` where it was never checked or there is no source. */
  sourceCheck: Pick<SourceCheck, 'checked' | 'outcome'> | null;
}

const NO_CHECKS: SourceChecks = new Map();

export function toCaseRecord(entry: { id: string; data: CaseData }, checks: SourceChecks = NO_CHECKS): CaseRecord {
  const { data } = entry;
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
    keyFigures: data.keyFigures,
    themes: data.themes.map((theme) => theme.id),
    sourceCheck: lastCheck(data.source && checks.get(data.source.url)),
  };
}

const lastCheck = (check: SourceCheck | undefined): CaseRecord['sourceCheck'] =>
  check ? { checked: check.checked, outcome: check.outcome } : null;

export function toCasesJson(entries: readonly { id: string; data: CaseData }[], checks: SourceChecks = NO_CHECKS): string {
  return `${JSON.stringify({ cases: entries.map((entry) => toCaseRecord(entry, checks)) }, null, 2)}\n`;
}

/**
 * The CSV columns, in order: the JSON fields flattened, nested ones by dotted
 * path. A list becomes one cell with one item per line; the three key-figure
 * columns hold the same number of lines, line n of each describing figure n.
 */
export const CSV_COLUMNS: readonly [header: string, value: (record: CaseRecord) => string | number][] = [
  ['slug', (r) => r.slug],
  ['url', (r) => r.url],
  ['title', (r) => r.title],
  ['subtitle', (r) => r.subtitle],
  ['category', (r) => r.category],
  ['categoryLabel', (r) => r.categoryLabel],
  ['order', (r) => r.order],
  ['place.name', (r) => r.place.name],
  ['place.region', (r) => r.place.region],
  ['place.country', (r) => r.place.country],
  ['place.level', (r) => r.place.level ?? ''],
  ['summary', (r) => r.summary],
  ['source.url', (r) => r.source?.url ?? ''],
  ['source.publisher', (r) => r.source?.publisher ?? ''],
  ['source.published', (r) => r.source?.published ?? ''],
  ['source.publisherAttributedBy', (r) => r.source?.publisherAttributedBy ?? ''],
  ['source.archived', (r) => r.source?.archived ?? ''],
  ['sourceCheck.checked', (r) => r.sourceCheck?.checked ?? ''],
  ['sourceCheck.outcome', (r) => r.sourceCheck?.outcome ?? ''],
  ['keyFigures.value', (r) => lines(r.keyFigures.map((figure) => figure.value))],
  ['keyFigures.label', (r) => lines(r.keyFigures.map((figure) => figure.label))],
  ['keyFigures.quote', (r) => lines(r.keyFigures.map((figure) => figure.quote))],
  ['themes', (r) => lines(r.themes)],
];

/** List items, one a line; white space inside an item is collapsed so lines stay aligned. */
const lines = (items: readonly string[]): string => items.map((item) => item.replace(/\s+/g, ' ').trim()).join('\n');

/**
 * First characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(…)` becomes
 * a live link, `=1+2` becomes 3): OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What the About page says of the neutralised cells, beside the data files' description. */
export const CSV_FORMULA_NOTE =
  'A field that would begin with =, +, -, @, a tab or a carriage return, which a spreadsheet could run as a formula, begins with an apostrophe (\') and is quoted, as OWASP advises against CSV injection; /cases.json keeps every value exactly.';

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
export function toCasesCsv(entries: readonly { id: string; data: CaseData }[], checks: SourceChecks = NO_CHECKS): string {
  const rows = [
    CSV_COLUMNS.map(([header]) => header),
    ...entries.map((entry) => toCaseRecord(entry, checks)).map((record) => CSV_COLUMNS.map(([, value]) => value(record))),
  ];
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * One case as an item of the RSS feed. No `pubDate`: the cases carry only the
 * dates of their original reports (one known only to the month), and a feed
 * date would claim a day the document does not give.
 */
export function toFeedItem(entry: { id: string; data: CaseData }): RSSFeedItem {
  const { data } = entry;
  const source = data.source
    ? ` Source: ${data.source.publisher}, ${formatPublished(data.source.published)}.`
    : '';
  return {
    title: `${data.title}: ${data.subtitle}`,
    link: caseUrl(entry.id),
    description: `${data.summary}${source}`,
    categories: [getCategory(data.category).label, ...data.themes.map((theme) => getTheme(theme.id).label)],
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
