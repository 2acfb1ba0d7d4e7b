/**
 * What tells HTML from other text, and the pieces of markup the HTML tokenizer reads by shape.
 * Each regular expression is named, documented in one line and linear, with its `parseX` beside it.
 */

/** The start of an HTML page: a doctype naming HTML, or the `html` element's start tag. */
export const HTML_PAGE_START = /^<(?:!doctype\s+html|html)[\s>]/i;

/** The start tag of an element that begins a fragment of a page: a block, a heading, a list, a table, or what a head holds. */
export const HTML_FRAGMENT_START =
  /^<(?:article|aside|body|div|footer|h[1-6]|head|header|li|link|main|meta|nav|ol|p|script|section|style|table|template|title|ul)[\s>/]/i;

/** Markup that a page may start with before its doctype: an XML declaration, or a comment. */
const LEADING_MARKUP_ENDS: readonly (readonly [string, string])[] = [
  ['<?xml', '?>'],
  ['<!--', '-->'],
];

const BOM = 0xfeff;

/** The offset of the first character at or after `from` that is not whitespace. */
function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
  return index;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/** The offset where a text's own markup starts: after a byte order mark, whitespace, an XML declaration and comments. */
function contentStart(text: string): number {
  let index = skipWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  for (;;) {
    const leading = LEADING_MARKUP_ENDS.find(([open]) => text.startsWith(open, index));
    if (leading === undefined) return index;
    const end = text.indexOf(leading[1], index + leading[0].length);
    if (end === -1) return index;
    index = skipWhitespace(text, end + leading[1].length);
  }
}

/**
 * Tell whether a text starts like HTML, before all of it is read: a doctype naming HTML, the
 * `html` start tag, or the start tag of an element that begins a fragment of a page (`<article`,
 * `<div`, ...), after a byte order mark, whitespace, an XML declaration and comments.
 *
 * @param text - The start of a capture.
 * @returns True when it starts like HTML.
 * @example
 * parseHtmlStart('<!DOCTYPE html>\n<html lang="en">')
 * //=> true
 * parseHtmlStart('<a id="source-section-0"></a>\n\n# Daily Papers')
 * //=> false
 */
export function parseHtmlStart(text: string): boolean {
  const start = contentStart(text);
  // Both patterns are anchored: the text they test is a short slice, however long the capture.
  const head = text.slice(start, start + 16);
  return HTML_PAGE_START.test(head) || HTML_FRAGMENT_START.test(head);
}

/**
 * Tell whether a whole text is HTML: a page (a doctype naming HTML or the `html` start tag
 * opens it), or a fragment of one (the start tag of a block element opens it and a tag's `>`
 * ends it), after a byte order mark, whitespace, an XML declaration and comments. Markdown that
 * holds some HTML (an anchor before a heading) is not HTML: it neither opens with a page's or a
 * block's tag nor ends with one.
 *
 * @param text - A whole capture.
 * @returns True for HTML.
 * @example
 * parseHtml('<article><h3><a href="/papers/2602.20159">A Title</a></h3></article>')
 * //=> true
 * parseHtml('<div align="center">A README</div>\n\n# A Project')
 * //=> false
 */
export function parseHtml(text: string): boolean {
  const start = contentStart(text);
  const head = text.slice(start, start + 16);
  if (HTML_PAGE_START.test(head)) return true;
  if (!HTML_FRAGMENT_START.test(head)) return false;
  let end = text.length - 1;
  while (end > start && isWhitespace(text.charCodeAt(end))) end -= 1;
  return text.charCodeAt(end) === 0x3e;
}

/** An entity or character reference as it may stand in an attribute value: `&quot;`, `&#39;`, `&amp`. */
export const CHARACTER_REFERENCE = /^&#?[0-9A-Za-z]*;?/;

/** The longest reference text read: longer than every entity name, so that a longer run of letters decodes to nothing. */
const REFERENCE_WINDOW = 64;

/**
 * The character reference that starts at an offset of an attribute's raw text, as it stands
 * (at most 64 characters).
 *
 * @param raw - The raw text.
 * @param at - The offset of an `&`.
 * @returns The reference's text (an `&` alone when no name follows).
 * @example
 * parseCharacterReference('a &quot;b&quot;', 2)
 * //=> '&quot;'
 */
export function parseCharacterReference(raw: string, at: number): string {
  return CHARACTER_REFERENCE.exec(raw.slice(at, at + REFERENCE_WINDOW))?.[0] ?? '&';
}

/** A count as a card shows it on a link: `53`, `1,024`, `11.3k`. */
export const SHOWN_COUNT = /^\d[\d,]*(?:\.\d+)?[kKmM]?$/;

/**
 * Tell whether a link's text is only a count (a star count, say).
 *
 * @param text - A link's text, trimmed.
 * @returns True for `53`, `1,024`, `11.3k`.
 * @example
 * parseShownCount('11.3k')
 * //=> true
 */
export function parseShownCount(text: string): boolean {
  return SHOWN_COUNT.test(text);
}

/** The origin of an absolute web URL: `https://huggingface.co` of `https://huggingface.co/papers`. */
export const URL_ORIGIN = /^https?:\/\/[^/?#\s]+/i;

/**
 * The origin of an absolute web URL.
 *
 * @param url - A URL.
 * @returns Its scheme and host, or null when it is no absolute `http(s)` URL.
 * @example
 * parseUrlOrigin('https://huggingface.co/papers/date/2026-02-24')
 * //=> 'https://huggingface.co'
 */
export function parseUrlOrigin(url: string): string | null {
  return URL_ORIGIN.exec(url.trim())?.[0] ?? null;
}

/** A Hugging Face paper page: `https://huggingface.co/papers/2602.20159` (a fragment or query may follow). */
export const PAPER_PAGE_URL = /^https?:\/\/(?:www\.)?(?:huggingface|hf)\.co\/papers\/\d{4}\.\d{4,5}(?:v\d+)?(?:[?#]|$)/i;

/**
 * Tell whether a resolved URL is a Hugging Face paper page.
 *
 * @param url - An absolute URL.
 * @returns True for `https://huggingface.co/papers/<id>`, with or without a fragment.
 * @example
 * parsePaperPageUrl('https://huggingface.co/papers/2602.20159#community')
 * //=> true
 * parsePaperPageUrl('https://arxiv.org/abs/2602.20159')
 * //=> false
 */
export function parsePaperPageUrl(url: string): boolean {
  return PAPER_PAGE_URL.test(url);
}
