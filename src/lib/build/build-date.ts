/**
 * The day the site is built, `YYYY-MM-DD` (UTC). Citations give it as the date the
 * case was accessed. `BUILD_DATE=2026-01-31` fixes it, so that a build and its tests
 * can be reproduced. It reads the environment: build-time code only, never a client script.
 */
import { isRealDateOrMonth } from '../format/dates.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The override when it is a real `YYYY-MM-DD` date, else `now`'s UTC day; a malformed override is an error. */
export function resolveBuildDate(override: string | undefined, now: Date): string {
  if (override === undefined || override === '') return now.toISOString().slice(0, 10);
  if (!DAY.test(override) || !isRealDateOrMonth(override)) {
    throw new Error(`BUILD_DATE must be a real date as YYYY-MM-DD (got ${JSON.stringify(override)})`);
  }
  return override;
}

export const BUILD_DATE = resolveBuildDate(process.env.BUILD_DATE, new Date());
