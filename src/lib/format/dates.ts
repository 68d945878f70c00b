/** Dates as the site shows and checks them: sources dated to the day or only to the month. */

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** `YYYY-MM-DD` or `YYYY-MM`: sources are dated only as precisely as their URL says. */
const PUBLISHED_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True when the string is a real calendar date or month (no 2025-02-30, no month 13). */
export function isRealDateOrMonth(value: string): boolean {
  const match = PUBLISHED_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (month < 1 || month > 12) return false;
  if (day === undefined || Number.isNaN(day)) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Splits `YYYY-MM-DD` or `YYYY-MM` into numbers; the day is absent when only the month is known. */
export function parsePublished(value: string): { year: number; month: number; day?: number } {
  const [year, month, day] = value.split('-').map(Number);
  return day === undefined ? { year, month } : { year, month, day };
}

/** "16 May 2025", or "October 2024" when the source gives only the month. */
export function formatPublished(value: string): string {
  const { year, month, day } = parsePublished(value);
  const monthYear = `${MONTHS[month - 1]} ${year}`;
  return day === undefined ? monthYear : `${day} ${monthYear}`;
}
