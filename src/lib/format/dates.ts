/**
 * Dates, the one place they are read and written. The data gives a day (`2025-05-16`) or,
 * where a source is dated only to the month, a month (`2024-10`): a date is shown only as
 * precisely as it is known. Every date a reader sees or cites is written by
 * `Intl.DateTimeFormat`: a date of the data in UTC, so that no time zone can move it to
 * another day; the reader's own date of access in their time zone, since it is their day.
 */

/** How dates are shown to a reader: the conventions of British English, "16 May 2025". */
const READER_LOCALE = 'en-GB';
/** The citation styles are American: their order and month names are en-US's, whatever the site's language. */
const CITATION_LOCALE = 'en-US';
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long' };

/** A day or a month of the calendar, as the data gives it. */
export interface CalendarDate {
  /** Midnight UTC of the day, or of the month's first day. */
  date: Date;
  precision: 'day' | 'month';
}

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The day or month `YYYY-MM-DD` or `YYYY-MM` names; `undefined` for anything else (2025-02-30, month 13). */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day or month over into the next; a real one comes back as written.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { date, precision: match[3] === undefined ? 'month' : 'day' };
}

/** True when the string is a real calendar date or month. */
export const isRealDateOrMonth = (value: string): boolean => parseCalendarDate(value) !== undefined;

/** True when the string is a real calendar date, `YYYY-MM-DD`. */
export const isRealDay = (value: string): boolean => parseCalendarDate(value)?.precision === 'day';

/** The date a value the data has already checked names; anything else is a programming error. */
function checkedDate(value: string): CalendarDate {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new Error(`not a date as YYYY-MM-DD or YYYY-MM: ${JSON.stringify(value)}`);
  return parsed;
}

/** `2025-05-16` → `[2025, 5, 16]`, `2024-10` → `[2024, 10]`: the numbers of a date, as precise as it is known. */
export function dateParts(value: string): number[] {
  const { date, precision } = checkedDate(value);
  const parts = [date.getUTCFullYear(), date.getUTCMonth() + 1];
  return precision === 'day' ? [...parts, date.getUTCDate()] : parts;
}

/** A moment's day in UTC, `YYYY-MM-DD`, as the data writes days. */
export const isoDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/**
 * How a date is written:
 * - `reader`: as the site shows it, "16 May 2025" or "October 2024";
 * - `month-day-year`: as APA's retrieval date and Chicago write it, "May 16, 2025";
 * - `year-month-day`: as APA dates a reference, "2025, May 16" or "2024, October".
 */
export type DateStyle = 'reader' | 'month-day-year' | 'year-month-day';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A formatter in UTC, so that no time zone moves a date to another day. */
function formatter(locale: string, precision: CalendarDate['precision']): Intl.DateTimeFormat {
  const key = `${locale} ${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...(precision === 'day' ? DAY : MONTH), timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** How a citation writes its date of access: "December 1, 2026" (Chicago) or "2026-12-01" (GB/T, BibTeX). */
export type AccessedForm = 'long' | 'iso';

export const formatAccessed = (day: string, form: AccessedForm): string =>
  form === 'iso' ? day : formatDate(day, 'month-day-year');

/**
 * Today as a citation writes its date of access, by the reader's own clock and time zone:
 * for the page's script, which puts the reader's day where the build's stood.
 */
export const accessedToday = (form: AccessedForm, now = new Date()): string =>
  // Swedish writes a day as ISO 8601 does, YYYY-MM-DD, in the reader's time zone.
  now.toLocaleDateString(form === 'iso' ? 'sv' : CITATION_LOCALE, { dateStyle: form === 'iso' ? 'short' : 'long' });

/** The date `value` (`YYYY-MM-DD` or `YYYY-MM`) in the given style; a value that names no date is a programming error. */
export function formatDate(value: string, style: DateStyle = 'reader'): string {
  const { date, precision } = checkedDate(value);
  if (style === 'reader') return formatter(READER_LOCALE, precision).format(date);
  const american = formatter(CITATION_LOCALE, precision);
  if (style === 'month-day-year') return american.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => american.formatToParts(date).find((each) => each.type === type)?.value;
  return precision === 'day' ? `${part('year')}, ${part('month')} ${part('day')}` : `${part('year')}, ${part('month')}`;
}
