/**
 * Dates, the one place they are read and written: a day (`2025-05-16`) or a month (`2024-10`), shown
 * only as precisely as known, in UTC so that no time zone can move one to another day.
 */

/** "16 May 2025". */
const READER_LOCALE = 'en-GB';
/** The citation styles are American, whatever the site's language. */
const CITATION_LOCALE = 'en-US';
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

interface CalendarDate {
  /** Midnight UTC of the day, or of the month's first day. */
  date: Date;
  precision: 'day' | 'month';
}

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** `undefined` for anything but a real `YYYY-MM-DD` or `YYYY-MM` (not 2025-02-30). */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day or month over into the next; a real one comes back as written.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { date, precision: match[3] === undefined ? 'month' : 'day' };
}

export const isRealDateOrMonth = (value: string): boolean => parseCalendarDate(value) !== undefined;

export const isRealDay = (value: string): boolean => parseCalendarDate(value)?.precision === 'day';

/** For a value the data has already checked: anything else is a programming error. */
function checkedDate(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new Error(`not a date as YYYY-MM-DD or YYYY-MM: ${JSON.stringify(value)}`);
  return parsed;
}

/** `2024-10` → `[2024, 10]`. */
export function dateParts(value: string): number[] {
  const { date, precision } = checkedDate(value);
  const parts = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return precision === 'day' ? [...parts, date.getUTCDate()] : parts;
}

export const isoDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** "16 May 2025", "May 16, 2025" (Chicago), "2025, May 16" (APA's reference date). */
type DateStyle = 'reader' | 'month-day-year' | 'year-month-day';

/** The value `map` keeps under `key`, made by `make` the first time it is asked for. */
function kept<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * Each made once, when first needed: a formatter is slow to make, and nearly every case brings a
 * date of its own; the case page's script, which imports this module, needs none.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string, precision: CalendarDate['precision']): Intl.DateTimeFormat =>
  kept(formatters, `${locale} ${precision}`, () => new Intl.DateTimeFormat(locale, { ...(precision === 'day' ? DAY : MONTH), timeZone: 'UTC' }));

/** "December 1, 2026" (Chicago) or "2026-12-01" (GB/T, BibTeX). */
export type AccessedForm = 'long' | 'iso';

export const formatAccessed = (day: string, form: AccessedForm): string =>
  form === 'iso' ? day : formatDate(day, 'month-day-year');

/** The reader's own day, in their time zone, for the page's script to put where the build's stood. */
export const accessedToday = (form: AccessedForm, now = new Date()): string =>
  // Swedish writes a day as ISO 8601 does, YYYY-MM-DD, in the reader's time zone.
  now.toLocaleDateString(form === 'iso' ? 'sv' : CITATION_LOCALE, { dateStyle: form === 'iso' ? 'short' : 'long' });

/** A build writes the same few dates dozens of times on each of thousands of pages: each is formatted once. */
const formatted = new Map<string, string>();

export const formatDate = (value: string, style: DateStyle = 'reader'): string => kept(formatted, `${style} ${value}`, () => formatUncached(value, style));

function formatUncached(value: string, style: DateStyle): string {
  const { date, precision } = checkedDate(value);
  if (style === 'reader') return formatter(READER_LOCALE, precision).format(date);
  const american = formatter(CITATION_LOCALE, precision);
  if (style === 'month-day-year') return american.format(date);
  const part = Object.fromEntries(american.formatToParts(date).map(({ type, value }) => [type, value]));
  return precision === 'day' ? `${part.year}, ${part.month} ${part.day}` : `${part.year}, ${part.month}`;
}
