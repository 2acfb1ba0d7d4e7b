/**
 * What markdown leaves in a capture's lines: fences around a captured page, link syntax that
 * remark leaves as text (text browsers' `[`/`][32]` boxes, numbered link lists, link targets on
 * lines of their own), image placeholders, avatars' alt text. Each regular expression is named,
 * documented in one line and linear, with its `parseX` beside it.
 */

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

/** Markdown syntax that plain-text captures never show: an inline link target, a reference link, a heading, a fence. */
export const MARKDOWN_SYNTAX = /\]\((?:https?:|\/)|\]\[\d{1,5}\]|^#{1,6}\s|^```|^~~~/m;

/** A line that is only a URL, anywhere in a text (link-per-line exports). */
export const BARE_URL_LINE_IN_TEXT = /^<?https?:\/\/[^\s<>]+>?[ \t]*$/m;

/** A separator dot between two parts of one line: `OCC · Published on Oct 4, 2026`. */
export const INLINE_SEPARATOR = /\s*·\s*/;

/** The number a newsletter puts before a heading's title: `1. `, `12) `. */
export const HEADING_NUMBER = /^\d{1,3}[.)] +/;
