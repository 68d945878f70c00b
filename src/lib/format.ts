/** Display formats shared by pages, exports and citations. */
import type { Place } from './case-schema';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

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

/** "Baotou, Inner Mongolia, China": the place line shown under a case. */
export function formatPlace(place: Place): string {
  return [place.name, place.region, place.country].join(', ');
}

/** Counts with the right noun: "1 case", "4 cases". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
