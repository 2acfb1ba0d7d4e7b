import { NON_SPACE_WHITESPACE, WHITESPACE_RUN } from '../patterns.js';

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
