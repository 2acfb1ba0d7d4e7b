/**
 * Calendar dates written `YYYY-MM-DD`, ISO timestamps and RFC 822 dates, and which days exist. Each regular
 * expression is named, documented in one line and linear, with its `parseX` beside it.
 */

/** A calendar date written `YYYY-MM-DD`. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Read the parts of a `YYYY-MM-DD` date, if it names a real calendar day.
 *
 * @param text - A date such as `2026-04-21`.
 * @returns Year, month and day, or null when the text is not such a date.
 * @example
 * parseIsoDate('2026-04-21')
 * //=> { year: 2026, month: 4, day: 21 }
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isCalendarDay(date.year, date.month, date.day) ? date : null;
}

/** An ISO date or timestamp as JSON writes it: `2026-08-17`, `2026-08-17T00:00:00.000Z`. */
export const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Read the calendar day of an ISO date or timestamp (the day as written, in its own zone).
 *
 * @param text - A date or timestamp.
 * @returns The day `YYYY-MM-DD`, or null when the text is no ISO date of a real day.
 * @example
 * parseIsoTimestamp('2026-08-17T00:00:00.000Z')
 * //=> '2026-08-17'
 */
export function parseIsoTimestamp(text: string): string | null {
  const day = ISO_TIMESTAMP.exec(text.trim())?.[1];
  return day !== undefined && parseIsoDate(day) !== null ? day : null;
}

/** A date as RSS writes it (RFC 822): `Tue, 14 Apr 2026 00:00:00 +0000`; the weekday and the time are optional. */
export const RFC_822_DATE =
  /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Za-z]{1,5}))?)?$/;

/** The month names RFC 822 writes, in calendar order. */
const RFC_822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Read the calendar day of an RFC 822 date (the day as written, in its own zone).
 *
 * @param text - A date such as an RSS `pubDate`.
 * @returns The day `YYYY-MM-DD`, or null when the text is no RFC 822 date of a real day.
 * @example
 * parseRfc822Date('Tue, 14 Apr 2026 00:00:00 +0000')
 * //=> '2026-04-14'
 */
export function parseRfc822Date(text: string): string | null {
  const match = RFC_822_DATE.exec(text.trim());
  if (match === null) return null;
  const year = Number(match[3]);
  const month = RFC_822_MONTHS.indexOf(match[2] as (typeof RFC_822_MONTHS)[number]) + 1;
  const day = Number(match[1]);
  if (!isCalendarDay(year, month, day)) return null;
  return `${match[3] as string}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Tell whether year, month and day name a real day of the Gregorian calendar.
 *
 * @param year - Four-digit year.
 * @param month - 1 to 12.
 * @param day - 1 to 31.
 * @returns True for a day that exists (Feb 29 only in leap years).
 * @example
 * isCalendarDay(2025, 2, 29)
 * //=> false
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}
