/**
 * Page chrome that is recognised by its shape rather than listed word for word (the lists are
 * `chrome-phrases.ts` and `markdown-chrome.ts`): capture headers, front matter, `Submitted by`,
 * HTML anchors. Each regular expression is named, documented in one line and linear.
 */

/** A header line that capture tools write above the page (`URL Source: ...`, `Markdown Content:`). */
export const CAPTURE_HEADER_LINE = /^(?:URL Source|Markdown Content|Published Time|Captured At|Source URL):/;

/** The `Title:` line of a capture header (chrome only when a `URL Source:` line follows). */
export const CAPTURE_TITLE_LINE = /^Title:\s/;

/** The first character of the word after glued chrome: a capital, a digit or a space. */
export const GLUE_BOUNDARY_CHAR = /^[\p{Lu}\p{N}\s]/u;

/** A name that starts in lower case and holds a capital, a digit or an inner `.` or `-` (`xLSTM`, `s1:`, `dots.ocr`, `sui-1`), which no word ending a chrome word does. */
export const LOWERCASE_NAME_START = /^\p{Ll}[\p{L}\p{N}]*?(?:[\p{Lu}\p{N}]|[.-][\p{L}\p{N}])/u;

/** The fence of YAML front matter. */
export const FRONT_MATTER_FENCE_LINE = /^---$/;

/** `Submitted by` and what follows it: the user who submitted the paper (chrome). */
export const SUBMITTED_BY_LINE = /^Submitted\s+by\b/;

/** A header line that a capture tool writes above the page, in list or bold form: `URL: ...`, `Page Title: ...`, `Source SHA256: ...`. */
export const MARKDOWN_CAPTURE_HEADER_LINE =
  /^\**(?:URL|Title|Page Title|Captured(?: \(UTC\))?|Captured At|Source(?: HTML| SHA256| URL)?|Generated from|Extraction|Retrieved|URL Source|Markdown Content|Published Time):\**\s/;

/** A front matter field written in the middle of a file: `retrieved: 2026-10-02`. */
export const FRONT_MATTER_FIELD_LINE = /^[a-z_][a-z0-9_-]*:(?:\s|$)/;

/** A capture header or front matter line naming the trending page as the captured URL. */
export const TRENDING_PAGE_URL_LINE = /^\**(?:url|URL|Source URL|URL Source|Page URL):\**\s*<?https?:\/\/huggingface\.co\/papers\/trending/;

/** What structured HTML extractions leave: an HTML anchor line. */
export const HTML_ANCHOR_LINE = /^<a\s+(?:id|name)=/;
