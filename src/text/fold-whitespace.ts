import { INLINE_WHITESPACE_BUT_SPACE, NON_SPACE_WHITESPACE, WHITESPACE_RUN } from './prose-patterns.js';

const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * Fold every run of whitespace (tabs, NBSP, line breaks included) into one space and trim.
 *
 * @param text - Any text.
 * @returns The text on one line, with single spaces.
 * @example
 * foldWhitespace('  Hello,\u00a0\tworld\n ')
 * //=> 'Hello, world'
 */
export function foldWhitespace(text: string): string {
  // Most text needs no folding; two cheap scans prove it before any string is built.
  if (!NON_SPACE_WHITESPACE.test(text) && !text.includes('  ')) return text.trim();
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Tell whether any line of a text holds whitespace that folding would change inside it: a tab,
 * NBSP or other whitespace but the plain space, or two spaces between its first and last
 * non-space characters. Space at a line's start or end does not count: tokenizing trims it. When
 * this is false, the trimmed lines of the text, joined with single spaces, are already folded.
 * A tab or NBSP anywhere, even at a line's edge, counts: the answer may say true for nothing.
 *
 * @param text - A whole capture.
 * @returns True when some line may need folding inside.
 * @example
 * linesNeedFolding('  indented line\ntrailing   \n')
 * //=> false
 * linesNeedFolding('a  b')
 * //=> true
 */
export function linesNeedFolding(text: string): boolean {
  if (INLINE_WHITESPACE_BUT_SPACE.test(text)) return true;
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', at)) {
    let end = at + 2;
    while (text.charCodeAt(end) === SPACE) end += 1;
    if (end < text.length && !isLineBreak(text.charCodeAt(end)) && !startsLine(text, at)) return true;
    at = end;
  }
  return false;
}

/** A line feed or carriage return. */
function isLineBreak(code: number): boolean {
  return code === LINE_FEED || code === CARRIAGE_RETURN;
}

/** Only spaces stand between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && text.charCodeAt(before) === SPACE) before -= 1;
  return before < 0 || isLineBreak(text.charCodeAt(before));
}
