/**
 * The key that tells two copies of one paper apart from two papers by their titles. Each
 * regular expression is named, documented in one line and linear, with its `parseX` beside it.
 */

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
