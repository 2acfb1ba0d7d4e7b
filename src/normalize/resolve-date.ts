import { isCalendarDay, parseIsoDate, parseIsoTimestamp, parseRfc822Date } from '../text/calendar-patterns.js';
import { DATE_LEAD_IN, parseCardDateLine } from '../text/card-footer-patterns.js';
import { parseArxivIdMonth } from '../text/link-patterns.js';

/** What a yearless date can take its year from, in order (docs/record.md#where-a-missing-year-comes-from). */
export interface YearContext {
  /** The card's arXiv id: `2603.01234` was issued in March 2026. */
  arxivId?: string | null;
  /** The day of the capture, `YYYY-MM-DD`: a date later than it belongs to the year before. */
  referenceDate?: string | undefined;
  /** The latest year written anywhere in the dump; yearless dates are in the year after it. */
  latestWrittenYear?: number | undefined;
}

/** A date line read and given a year: `date` is null when the year is unknown or the day does not exist. */
export interface ResolvedDate {
  date: string | null;
  yearInferred: boolean;
  comments: number | null;
  problem: 'year-unknown' | 'invalid-date' | null;
}

/**
 * Read a card or page date line (`Mar 24 4`, `Published on Oct 4, 2026`, an ISO timestamp
 * from JSON or Atom, or an RSS date, `Tue, 14 Apr 2026 00:00:00 +0000`) and give it its year: the written one, else the one implied by the arXiv id, the
 * reference date or the dump's latest written year (never the clock).
 *
 * @param text - A date line such as `Mar 24 4` or `Sep 18, 2025`.
 * @param context - What a missing year may be inferred from.
 * @returns The ISO date (or null), whether its year was inferred, the comment count, and why the date is null.
 * @example
 * resolveDate('Mar 24 4', { referenceDate: '2026-10-31' })
 * //=> { date: '2026-03-24', yearInferred: true, comments: 4, problem: null }
 */
export function resolveDate(text: string, context: YearContext): ResolvedDate {
  const stamp = parseIsoTimestamp(text) ?? parseRfc822Date(text);
  if (stamp !== null) return { date: stamp, yearInferred: false, comments: null, problem: null };
  const parts = parseCardDateLine(text.replace(DATE_LEAD_IN, ''));
  if (parts === null) return { date: null, yearInferred: false, comments: null, problem: 'invalid-date' };
  const yearInferred = parts.year === null;
  const year = parts.year ?? inferYear(parts.month, parts.day, context);
  if (year === null) return { date: null, yearInferred, comments: parts.comments, problem: 'year-unknown' };
  if (!isCalendarDay(year, parts.month, parts.day)) {
    return { date: null, yearInferred, comments: parts.comments, problem: 'invalid-date' };
  }
  return { date: formatIsoDate(year, parts.month, parts.day), yearInferred, comments: parts.comments, problem: null };
}

/**
 * The year of a yearless month and day, from the first source that has one.
 *
 * @param month - 1 to 12.
 * @param day - 1 to 31.
 * @param context - The arXiv id, the reference date, the dump's latest written year.
 * @returns The year, or null when nothing implies one.
 * @example
 * inferYear(1, 3, { arxivId: '2512.01234' })
 * //=> 2026
 */
export function inferYear(month: number, day: number, context: YearContext): number | null {
  const issued = context.arxivId ? parseArxivIdMonth(context.arxivId) : null;
  if (issued !== null) return nearestYear(month, day, issued.year, issued.month);
  const reference = context.referenceDate === undefined ? null : parseIsoDate(context.referenceDate);
  if (reference !== null) {
    const later = month > reference.month || (month === reference.month && day > reference.day);
    return later ? reference.year - 1 : reference.year;
  }
  if (context.latestWrittenYear !== undefined) return context.latestWrittenYear + 1;
  return null;
}

/**
 * The year that puts a month and day nearest to the middle of an arXiv id's month: a paper
 * appears on the page around when arXiv issued it (`May 29` of `2606.00683` is 2026, `Jan 3`
 * of `2512.01234` is 2026).
 */
function nearestYear(month: number, day: number, issuedYear: number, issuedMonth: number): number {
  const issued = Date.UTC(issuedYear, issuedMonth - 1, 15);
  let best = issuedYear;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [issuedYear - 1, issuedYear, issuedYear + 1]) {
    const distance = Math.abs(Date.UTC(year, month - 1, day) - issued);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Write a date as `YYYY-MM-DD`.
 *
 * @param year - Four-digit year.
 * @param month - 1 to 12.
 * @param day - 1 to 31.
 * @returns The ISO date text.
 * @example
 * formatIsoDate(2026, 3, 6)
 * //=> '2026-03-06'
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
