/**
 * Every regular expression of the library, each named, documented in one line and linear
 * (no nested quantifiers, so no input can make it backtrack). Each has its `parseX` beside it
 * in the module that uses it.
 */

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/** A run of whitespace of any kind (spaces, tabs, NBSP, line breaks). */
export const WHITESPACE_RUN = /\s+/g;

/** Whitespace of any kind but the plain space (tabs, NBSP, line breaks). */
export const NON_SPACE_WHITESPACE = /[^\S ]/;

/** A sentence boundary inside a text: end punctuation, whitespace, then a capital letter or a digit. */
export const SENTENCE_BREAK = /[.!?]\s+[A-Z0-9]/g;

/** Text that ends like a sentence: a period, `!` or `?`, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?]["'”’)\]]?$/;

/** Text that ends with a period, perhaps inside a closing quote or bracket. */
export const PERIOD_END = /\.["'”’)\]]?$/;

/** A line break inside a word that was hyphenated by a hard wrap: `large-` at a line end, `scale` after. */
export const WRAPPED_HYPHEN_BREAK = /(?<=\p{L}-)[ \t]*\n[ \t]*(?=\p{L})/gu;

/** Text that ends with a web address, which needs no final period. */
export const URL_END = /https?:\/\/\S+$/;

/**
 * Count the sentence boundaries in a text.
 *
 * @param text - Any text.
 * @returns How many times end punctuation is followed by a space and a capital or digit.
 * @example
 * countSentenceBreaks('One. Two! three')
 * //=> 1
 */
export function countSentenceBreaks(text: string): number {
  return text.match(SENTENCE_BREAK)?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Card footers
// ---------------------------------------------------------------------------------------------

/** The author count of a card footer: `• 4 authors`, `1 author` (the bullet is optional). */
export const AUTHOR_COUNT_LINE = /^(?:[•*-]\s*)?(\d{1,6})\s+authors?$/;

/**
 * Read the author count of a card footer line.
 *
 * @param text - A trimmed line.
 * @returns The count, or null when the line is not an author count.
 * @example
 * parseAuthorCountLine('• 4 authors')
 * //=> 4
 */
export function parseAuthorCountLine(text: string): number | null {
  const match = AUTHOR_COUNT_LINE.exec(text);
  return match === null ? null : Number(match[1]);
}

/** The dot that separates a card's authors or organization from its date. */
export const FOOTER_SEPARATOR_LINE = /^[·•]$/;

/**
 * Tell whether a line is the footer's separator dot.
 *
 * @param text - A trimmed line.
 * @returns True for `·` (or `•`) alone.
 * @example
 * parseFooterSeparatorLine('·')
 * //=> true
 */
export function parseFooterSeparatorLine(text: string): boolean {
  return FOOTER_SEPARATOR_LINE.test(text);
}

/** A card or page date: `Sep 18, 2025`, `Mar 6`, `Mar 24 4` (a trailing number is the comment count). */
export const CARD_DATE_LINE =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d{1,7}))?$/;

/** The month numbers of the three-letter month names. */
const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** A date as written on a card: the year is null when the card does not show it. */
export interface CardDateParts {
  month: number;
  day: number;
  year: number | null;
  comments: number | null;
}

/**
 * Read a card or page date line.
 *
 * @param text - A trimmed line.
 * @returns Month, day, the written year (or null) and the comment count (or null); null when the line is no date.
 * @example
 * parseCardDateLine('Sep 18, 2025 3')
 * //=> { month: 9, day: 18, year: 2025, comments: 3 }
 */
export function parseCardDateLine(text: string): CardDateParts | null {
  const match = CARD_DATE_LINE.exec(text);
  if (match === null) return null;
  const month = MONTH_NUMBERS[match[1] as string] as number;
  const day = Number(match[2]);
  if (day < 1 || day > 31) return null;
  return {
    month,
    day,
    year: match[3] === undefined ? null : Number(match[3]),
    comments: match[4] === undefined ? null : Number(match[4]),
  };
}

/** An organization footer line: a handle (one word), then the display name. */
export const ORGANIZATION_LINE = /^(\S+)\s+(\S.*)$/;

/**
 * Split an organization footer line into handle and display name.
 *
 * @param text - A trimmed line such as `facebook AI at Meta`.
 * @returns Handle and name; a one-word line is both.
 * @example
 * parseOrganizationLine('facebook AI at Meta')
 * //=> { handle: 'facebook', name: 'AI at Meta' }
 */
export function parseOrganizationLine(text: string): { handle: string; name: string } | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = ORGANIZATION_LINE.exec(trimmed);
  if (match === null) return { handle: trimmed, name: trimmed };
  return { handle: match[1] as string, name: (match[2] as string).trim() };
}

// ---------------------------------------------------------------------------------------------
// Page chrome
// ---------------------------------------------------------------------------------------------

/** A header line that capture tools write above the page (`URL Source: ...`, `Markdown Content:`). */
export const CAPTURE_HEADER_LINE = /^(?:URL Source|Markdown Content|Published Time|Captured At|Source URL):/;

/** The `Title:` line of a capture header (chrome only when a `URL Source:` line follows). */
export const CAPTURE_TITLE_LINE = /^Title:\s/;

/** The first character of the word after glued chrome: a capital, a digit or a space. */
export const GLUE_BOUNDARY_CHAR = /^[\p{Lu}\p{N}\s]/u;

/** The fence of YAML front matter. */
export const FRONT_MATTER_FENCE_LINE = /^---$/;

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

/** An arXiv identifier of the new scheme: `2603.01234` (year, month, number), optional version. */
export const ARXIV_ID = /^(\d{2})(\d{2})\.(\d{4,5})(?:v\d+)?$/;

/**
 * Read the year and month an arXiv identifier was issued in.
 *
 * @param id - An identifier such as `2603.01234`.
 * @returns The four-digit year and the month, or null when the id is not of the new scheme.
 * @example
 * parseArxivIdMonth('2603.01234')
 * //=> { year: 2026, month: 3 }
 */
export function parseArxivIdMonth(id: string): { year: number; month: number } | null {
  const match = ARXIV_ID.exec(id);
  if (match === null) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: 2000 + Number(match[1]), month };
}

// ---------------------------------------------------------------------------------------------
// Math
// ---------------------------------------------------------------------------------------------

/** A URL in prose: `http(s)://` or `www.` up to a space, a brace, a quote or an angle bracket. */
export const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s{}"<>\\]+/g;
/** Punctuation that ends a sentence after a URL rather than belonging to it. */
export const URL_TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
/** The column specification of an array environment (`lllllll`, `c|c`). */
export const ENVIRONMENT_COLUMNS = /^[lcrp|]+$/;
/** A run of spaces at the end of a string. */
export const TRAILING_SPACES = / +$/;
/** One letter or digit of any script. */
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** One letter or symbol of any script. */
export const LETTER_OR_SYMBOL = /^[\p{L}\p{S}]$/u;
/** One combining mark. */
export const COMBINING_MARK = /^\p{M}$/u;
/** (Math report) A `\command` left in cleaned text. */
export const REPORT_BACKSLASH_COMMAND = /\\[A-Za-z]+/g;
/** (Math report) A run of ASCII letters with the characters around it, to test against the command table. */
export const REPORT_LETTER_RUN = /([^A-Za-z]?)([A-Za-z]+)(?=([^A-Za-z]?))/g;
/** (Math report) A brace group not written as a script (`{x}` without `^` or `_` before it). */
export const REPORT_BARE_BRACE_GROUP = /(?:^|[^^_{}])\{[^{}]{0,40}\}/g;
/** (Math report) LaTeX punctuation left in cleaned text: `--`, ` `` `, `''`. */
export const REPORT_LATEX_PUNCTUATION = /--|``|''/g;
