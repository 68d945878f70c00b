/**
 * The build's UTC day, the citations' date of access; `BUILD_DATE=2026-01-31` fixes it so a build
 * can be reproduced. Build-time code only: it reads the environment.
 */
import { isoDay, isRealDay } from '../format/dates.ts';

export function resolveBuildDate(override: string | undefined, now: Date): string {
  if (override === undefined || override === '') return isoDay(now);
  if (!isRealDay(override)) {
    throw new Error(`BUILD_DATE must be a real date as YYYY-MM-DD (got ${JSON.stringify(override)})`);
  }
  return override;
}

export const BUILD_DATE = resolveBuildDate(process.env.BUILD_DATE, new Date());
