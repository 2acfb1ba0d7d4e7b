import { WRAPPED_HYPHEN_BREAK } from '../patterns.js';
import type { MathMode } from '../schema.js';
import { foldWhitespace } from './fold-whitespace.js';

/**
 * Clean a card's title or abstract as found: rejoin words hyphenated by a hard wrap, then
 * fold whitespace.
 *
 * @param text - The text as found, lines joined with line breaks.
 * @param math - How math is cleaned.
 * @returns The clean text on one line.
 * @example
 * cleanCardText('Fast large-\nscale   training', 'keep')
 * //=> 'Fast large-scale training'
 */
export function cleanCardText(text: string, math: MathMode): string {
  const unwrapped = text.includes('-\n') ? text.replace(WRAPPED_HYPHEN_BREAK, '') : text;
  return math === 'keep' ? foldWhitespace(unwrapped) : foldWhitespace(unwrapped);
}
