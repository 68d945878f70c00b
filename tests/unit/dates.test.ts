/** The dates module: what counts as a date, and how each style writes one. */
import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, isRealDay, parseCalendarDate } from '../../src/lib/format/dates.ts';

describe('dates', () => {
  it('reads a day or a month, and nothing the calendar lacks', () => {
    expect(parseCalendarDate('2025-05-16')).toEqual({ date: new Date(Date.UTC(2025, 4, 16)), precision: 'day' });
    expect(parseCalendarDate('2024-10')).toEqual({ date: new Date(Date.UTC(2024, 9, 1)), precision: 'month' });
    for (const value of ['2025-02-30', '2025-13', '2025-00-10', '2025-5-16', '16 May 2025', '2025-05-16T00:00']) {
      expect(parseCalendarDate(value), value).toBeUndefined();
    }
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2024-10')).toBe(false);
  });

  it('writes each style, only as precisely as the date is known', () => {
    expect(formatDate('2025-05-16')).toBe('16 May 2025');
    expect(formatDate('2024-10')).toBe('October 2024');
    expect(formatDate('2025-05-16', 'month-day-year')).toBe('May 16, 2025');
    expect(formatDate('2024-10', 'month-day-year')).toBe('October 2024');
    expect(formatDate('2025-05-16', 'year-month-day')).toBe('2025, May 16');
    expect(formatDate('2024-10', 'year-month-day')).toBe('2024, October');
    expect(() => formatDate('2025-02-30')).toThrow(/not a date/);
  });

  it('keeps the day whatever the time zone: a moment is read in UTC', () => {
    expect(isoDay(new Date('2026-01-31T23:59:59-05:00'))).toBe('2026-02-01');
    expect(formatDate('2025-01-01')).toBe('1 January 2025');
  });
});
