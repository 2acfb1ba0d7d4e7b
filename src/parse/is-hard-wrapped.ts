import type { Token } from '../schema.js';

/** No tool wraps text wider than this; a longer line in the middle of a block is not a wrap. */
const WIDEST_WRAP = 200;

/** The lines of a wrapped paragraph, but for the last, fill at least this share of the width. */
const LEAST_FILL = 0.4;

/** The last line of a wrapped paragraph is no wider than the others, give or take this. */
const LAST_LINE_SLACK = 15;

/**
 * Tell whether consecutive lines are one paragraph hard-wrapped at a fixed column (to be
 * joined), rather than separate title and abstract lines written one after the other.
 *
 * @param lines - Two or more consecutive text tokens with no blank line between them.
 * @returns True when every line but the last is near one width and the last is no wider.
 * @example
 * isHardWrapped(['Large language models are', 'strong.'].map((text) => ({ text })))
 * //=> true
 */
export function isHardWrapped(lines: readonly Pick<Token, 'text'>[]): boolean {
  if (lines.length < 2) return false;
  let widest = 0;
  let narrowest = Number.POSITIVE_INFINITY;
  for (let index = 0; index < lines.length - 1; index += 1) {
    const width = (lines[index] as Pick<Token, 'text'>).text.length;
    if (width > widest) widest = width;
    if (width < narrowest) narrowest = width;
  }
  const last = (lines[lines.length - 1] as Pick<Token, 'text'>).text.length;
  return widest <= WIDEST_WRAP && narrowest >= widest * LEAST_FILL && last <= widest + LAST_LINE_SLACK;
}
