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

/** Whitespace that is neither the plain space nor a line break (tabs, NBSP, form feeds). */
export const INLINE_WHITESPACE_BUT_SPACE = /[^\S \n\r]/;

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
// Markdown
// ---------------------------------------------------------------------------------------------

/** A fence line that may open or close a captured page, somewhere in a text. */
export const PAGE_FENCE_LINE = /^(?:```|~~~)/m;

/** A line that starts like a fence. */
export const PAGE_FENCE_LINE_START = /^(?:```|~~~)/;

/** The opening fence of a captured page: no language, or a text-like one. */
export const PAGE_FENCE_OPENING = /^(?:```|~~~)(?:text|txt|plain|plaintext|markdown|md)?\s*$/i;

/** A closing fence. */
export const PAGE_FENCE_CLOSING = /^(?:```|~~~)\s*$/;

/** Markdown's inline markup characters: brackets, parentheses, emphasis, code, escapes, angle brackets. */
export const MARKUP_CHARACTERS = /[[\]()*_`\\<>!]/g;

/** Text that ends with a letter or a digit. */
export const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{N}]$/u;

/** Text that starts with a digit. */
export const STARTS_WITH_DIGIT = /^\p{N}/u;

/** Text with a letter or a digit somewhere (a line without one is punctuation left by markup). */
export const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A numbered reference of a text browser's link list: `  43. https://huggingface.co/papers/2608.18565`. */
export const REFERENCE_LIST_ITEM = /^(\d{1,5})\.\s+(https?:\/\/\S+)$/;

/**
 * Read a numbered reference of a link list.
 *
 * @param text - A trimmed line.
 * @returns The reference number and its URL, or null.
 * @example
 * parseReferenceListItem('43. https://huggingface.co/papers/2608.18565')
 * //=> { label: '43', url: 'https://huggingface.co/papers/2608.18565' }
 */
export function parseReferenceListItem(text: string): { label: string; url: string } | null {
  const match = REFERENCE_LIST_ITEM.exec(text);
  return match === null ? null : { label: match[1] as string, url: match[2] as string };
}

/** A line that is one URL and nothing else (a link target written after its text). */
export const BARE_URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/;

/**
 * Read a line that is only a URL.
 *
 * @param text - A trimmed line.
 * @returns The URL, or null when the line holds more.
 * @example
 * parseBareUrlLine('https://huggingface.co/papers/2606.00683')
 * //=> 'https://huggingface.co/papers/2606.00683'
 */
export function parseBareUrlLine(text: string): string | null {
  return BARE_URL_LINE.exec(text)?.[1] ?? null;
}

/** A reference link that markdown left as text, inside a line: `[ 1][35]`. */
export const INLINE_REFERENCE_LINK = /\[([^[\]]*)\]\[(\d{1,5})\]/g;

/** The close of a reference link at the end of a line: `Physical Intelligence][32]`. */
export const REFERENCE_LINK_END = /\]\[(\d{1,5})\]$/;

/** The close of an inline link at the end of a line whose opening bracket stood on an earlier line: `117](https://...)`. */
export const INLINE_LINK_END = /\]\(([^\s()]+)\)$/;

/** An image placeholder in any language: `[图片：无替代文本]`, `[Image: no alt text]`, `[Bild]`. */
export const IMAGE_PLACEHOLDER_LINE = /^\[[^[\]:：]{1,24}(?:[:：][^[\]]*)?\]$/;

/** An organization written with its avatar's alt text first: `[microsoft] Microsoft`, `[图片：kandinskylab] Kandinsky Lab`. */
export const BRACKETED_HANDLE_NAME = /^\[(?:[^[\]:：]{1,24}[:：]\s*)?([\p{L}\p{N}][^[\]\s]*)\]\s*(\S.*)$/u;

/**
 * Read an organization written as `[handle] Name`.
 *
 * @param text - A trimmed line.
 * @returns Handle and name, or null.
 * @example
 * parseBracketedHandleName('[microsoft] Microsoft')
 * //=> { handle: 'microsoft', name: 'Microsoft' }
 */
export function parseBracketedHandleName(text: string): { handle: string; name: string } | null {
  const match = BRACKETED_HANDLE_NAME.exec(text);
  return match === null ? null : { handle: match[1] as string, name: (match[2] as string).trim() };
}

/** An image's alt text in brackets before a name: `[Hugging Face's logo] `. */
export const LEADING_ALT_TEXT = /^\[[^[\]]*\]\s*/;

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

/** `Submitted by` and what follows it: the user who submitted the paper (chrome). */
export const SUBMITTED_BY_LINE = /^Submitted\s+by\b/;

/** A header line that a capture tool writes above the page, in list or bold form: `URL: ...`, `Page Title: ...`, `Source SHA256: ...`. */
export const MARKDOWN_CAPTURE_HEADER_LINE =
  /^\**(?:URL|Title|Page Title|Captured(?: \(UTC\))?|Captured At|Source(?: HTML| SHA256| URL)?|Generated from|Extraction|Retrieved|URL Source|Markdown Content|Published Time):\**\s/;

/** A front matter field written in the middle of a file: `retrieved: 2026-10-02`. */
export const FRONT_MATTER_FIELD_LINE = /^[a-z_][a-z0-9_-]*:(?:\s|$)/;

/** A Hugging Face profile (organization or user) link: `https://huggingface.co/occ-ai`. */
export const HUGGING_FACE_PROFILE_URL = /^https?:\/\/(?:www\.)?huggingface\.co\/([A-Za-z0-9][\w.-]*)\/?$/;

/**
 * Read the handle of a Hugging Face profile link.
 *
 * @param url - A URL.
 * @returns The handle, or null when the URL is no profile link.
 * @example
 * parseHuggingFaceProfileUrl('https://huggingface.co/occ-ai')
 * //=> 'occ-ai'
 */
export function parseHuggingFaceProfileUrl(url: string): string | null {
  return HUGGING_FACE_PROFILE_URL.exec(url)?.[1] ?? null;
}

/**
 * The paper a link is about, with its new-scheme arXiv id: `huggingface.co/papers/<id>`, a
 * login link that returns to it (`login?next=%2Fpapers%2F<id>`), or `arxiv.org/abs|pdf/<id>`.
 */
export const PAPER_ID_IN_URL =
  /(?:^|[/.])(?:(?:huggingface|hf)\.co\/(?:papers\/|login\?next=%2Fpapers%2F)|arxiv\.org\/(?:abs|pdf)\/)(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/i;

/**
 * Read the arXiv id of the paper a link is about. The version (`v2`) is dropped, so every
 * capture of a paper gives the same id.
 *
 * @param url - A URL.
 * @returns The id, or null.
 * @example
 * parsePaperIdInUrl('https://huggingface.co/login?next=%2Fpapers%2F2606.00683')
 * //=> '2606.00683'
 */
export function parsePaperIdInUrl(url: string): string | null {
  return PAPER_ID_IN_URL.exec(url)?.[1] ?? null;
}

/** A link to the Hugging Face site itself or to arXiv (not a code or project link). */
export const SITE_OR_ARXIV_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*(?:huggingface\.co|hf\.co|arxiv\.org)(?:[/?#]|$)/;

/** The search query of a papers search URL: `huggingface.co/papers?q=source%20citations`. */
export const SEARCH_QUERY_IN_URL = /huggingface\.co\/papers\?q=([^\s&#)"'>]+)/;

/**
 * Read the search query of a papers search URL.
 *
 * @param text - Text that may hold such a URL.
 * @returns The decoded query, or null.
 * @example
 * parseSearchQueryInUrl('url: https://huggingface.co/papers?q=source%20citations')
 * //=> 'source citations'
 */
export function parseSearchQueryInUrl(text: string): string | null {
  const encoded = SEARCH_QUERY_IN_URL.exec(text)?.[1];
  if (encoded === undefined) return null;
  try {
    return decodeURIComponent(encoded.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** Markdown syntax that plain-text captures never show: an inline link target, a reference link, a heading, a fence. */
export const MARKDOWN_SYNTAX = /\]\((?:https?:|\/)|\]\[\d{1,5}\]|^#{1,6}\s|^```|^~~~/m;

/** A line that is only a URL, anywhere in a text (link-per-line exports). */
export const BARE_URL_LINE_IN_TEXT = /^<?https?:\/\/[^\s<>]+>?[ \t]*$/m;

/** A capture header or front matter line naming the trending page as the captured URL. */
export const TRENDING_PAGE_URL_LINE = /^\**(?:url|URL|Source URL|URL Source|Page URL):\**\s*<?https?:\/\/huggingface\.co\/papers\/trending/;

/** What structured HTML extractions leave: an HTML anchor line. */
export const HTML_ANCHOR_LINE = /^<a\s+(?:id|name)=/;

/** A plain count: digits only. */
export const PLAIN_COUNT = /^\d+$/;

/** The `{...}` tail that an `\\href` leaves after its URL: `https://x.org/a{code}`. */
export const URL_BRACE_TAIL = /\{[^}]*\}?$/;

/** A separator dot between two parts of one line: `OCC · Published on Oct 4, 2026`. */
export const INLINE_SEPARATOR = /\s*·\s*/;

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** The start of a JSON document: an object, or an array whose first item is a JSON value (not a markdown `[link]`). */
export const JSON_START = /^\uFEFF?\s*(?:\{|\[\s*(?:[{["\]\d-]|true|false|null))/;

/**
 * Tell whether a text starts like a JSON document, before all of it is read.
 *
 * @param text - The start of a capture.
 * @returns True when it opens an object, or an array of JSON values.
 * @example
 * parseJsonStart('[{"paper": {}}]')
 * //=> true
 * parseJsonStart('[Upvote 5](https://huggingface.co/login)')
 * //=> false
 */
export function parseJsonStart(text: string): boolean {
  return JSON_START.test(text);
}

// ---------------------------------------------------------------------------------------------
// Duplicate cards
// ---------------------------------------------------------------------------------------------

/** A run of characters that are neither letters nor digits: punctuation, symbols, whitespace. */
export const NON_ALPHANUMERIC_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * Reduce a title to the key that tells two copies of one paper apart from two papers:
 * compatibility-normalized, lower-cased, every run of punctuation or whitespace one space.
 *
 * @param title - A title.
 * @returns Its key; empty when the title has no letter or digit.
 * @example
 * parseTitleKey('SAIL-VL2:  Technical\nReport.')
 * //=> 'sail vl2 technical report'
 */
export function parseTitleKey(title: string): string {
  const lower = title.toLowerCase();
  // Most titles are ASCII: a plain class is several times faster than NFKC and Unicode classes.
  if (ASCII_ONLY.test(lower)) return lower.replace(NON_ASCII_ALPHANUMERIC_RUN, ' ').trim();
  return lower.normalize('NFKC').replace(NON_ALPHANUMERIC_RUN, ' ').trim();
}

/** A run of characters that are no ASCII letter or digit (in lower-case text). */
export const NON_ASCII_ALPHANUMERIC_RUN = /[^a-z0-9]+/g;

/** Text of ASCII characters only. */
export const ASCII_ONLY = /^[\x00-\x7f]*$/;

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
