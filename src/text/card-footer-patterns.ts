/**
 * The grammar of a card's footer and counts, as tokenizers find them and normalizing reads
 * them: author counts, the `·` separator, card dates, organization lines, upvote boxes, GitHub
 * star counts. Each regular expression is named, documented in one line and linear, with its
 * `parseX` beside it.
 */

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

/** An upvote box: a count or `-`, alone or as `[-] 92`, `- [x] 92` or `Upvote 117`. */
export const UPVOTE_LINE = /^(?:\[-\]\s*|-\s*\[[xX ]\]\s*|Upvote\s*)?(\d[\d,]*|-)$/;

/**
 * Read an upvote box.
 *
 * @param text - A trimmed line.
 * @returns The count (`-` is 0), or null when the line is no upvote box.
 * @example
 * parseUpvoteLine('Upvote 117')
 * //=> 117
 */
export function parseUpvoteLine(text: string): number | null {
  const match = UPVOTE_LINE.exec(text);
  if (match === null) return null;
  return match[1] === '-' ? 0 : Number((match[1] as string).replaceAll(',', ''));
}

/** Upvote box text with its marker (`Upvote`, `[-]`, `- [x]`), which makes it an upvote box without a link. */
export const MARKED_UPVOTE_LINE = /^(?:\[-\]|-\s*\[[xX ]\]|Upvote)\s*(?:\d[\d,]*|-)$/;

/** A GitHub link with its star count: `GitHub 11.3k`, `LINK: GitHub 152`, `GitHub 264 auto`. */
export const GITHUB_STARS_LINE = /^(?:LINK:\s*)?GitHub\s+(\d[\d,]*(?:\.\d+)?)\s*([kKmM]?)(?:\s+auto)?$/;

/**
 * Read the star count of a GitHub link.
 *
 * @param text - The link's text.
 * @returns The stars (`11.3k` is 11300), or null.
 * @example
 * parseGithubStarsLine('GitHub 11.3k')
 * //=> 11300
 */
export function parseGithubStarsLine(text: string): number | null {
  const match = GITHUB_STARS_LINE.exec(text);
  if (match === null) return null;
  const scale = { k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2] as string] ?? 1;
  return Math.round(Number((match[1] as string).replaceAll(',', '')) * scale);
}

/** A date line with a lead-in: `Published on Oct 4, 2026`, `Submitted on Oct 5, 2023`. */
export const DATE_LEAD_IN = /^(?:Published|Submitted)\s+on\s+/;

/** A plain count: digits only. */
export const PLAIN_COUNT = /^\d+$/;
