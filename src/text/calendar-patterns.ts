/**
 * Calendar dates written `YYYY-MM-DD` and ISO timestamps, and which days exist. Each regular
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
