import { INLINE_WHITESPACE_BUT_SPACE, NON_SPACE_WHITESPACE, WHITESPACE_RUN } from './prose-patterns.js';

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
  // Most text needs no folding, and most of the rest is trimmed lines joined by line feeds (a
  // hard-wrapped paragraph): cheap scans prove either before a regex runs.
  const doubleSpace = text.includes('  ');
  if (!NON_SPACE_WHITESPACE.test(text)) return doubleSpace ? text.replace(WHITESPACE_RUN, ' ').trim() : text.trim();
  if (!doubleSpace && isTrimmedLines(text)) return text.replaceAll('\n', ' ').trim();
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Lines joined by single line feeds, each without space at its ends, and no other whitespace but single spaces. */
function isTrimmedLines(text: string): boolean {
  return (
    !INLINE_WHITESPACE_BUT_SPACE.test(text) &&
    !text.includes('\r') &&
    !text.includes('\n\n') &&
    !text.includes(' \n') &&
    !text.includes('\n ')
  );
}
