import { AUTHOR_COUNT_LINE, CARD_DATE_LINE, FOOTER_SEPARATOR_LINE } from '../text/card-footer-patterns.js';
import { CAPTURE_HEADER_LINE } from './chrome-patterns.js';
import type { TokenKind } from '../schema.js';
import { CHROME_LINES } from './chrome-phrases.js';

/** No chrome phrase is longer than this; longer lines skip the lookup. */
const LONGEST_CHROME_LINE = 64;

/** Card footer lines and dates are short; longer lines are text without a regex test. */
const LONGEST_FOOTER_LINE = 40;

/**
 * Tell what one trimmed, non-empty line of plain text is.
 *
 * @param text - The line, trimmed, not empty.
 * @returns `chrome`, `authors`, `separator`, `date` or `text`.
 * @example
 * classifyLine('• 4 authors')
 * //=> 'authors'
 */
export function classifyLine(text: string): Exclude<TokenKind, 'blank'> {
  if (text.length <= LONGEST_CHROME_LINE && CHROME_LINES.has(text)) return 'chrome';
  if (CAPTURE_HEADER_LINE.test(text)) return 'chrome';
  if (text.length > LONGEST_FOOTER_LINE) return 'text';
  if (FOOTER_SEPARATOR_LINE.test(text)) return 'separator';
  if (AUTHOR_COUNT_LINE.test(text)) return 'authors';
  if (CARD_DATE_LINE.test(text)) return 'date';
  return 'text';
}
