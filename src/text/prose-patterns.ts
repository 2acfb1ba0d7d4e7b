/**
 * The shapes of prose that every stage reads alike: whitespace, sentence ends, words broken
 * by a hard wrap. Each regular expression is named, documented in one line and linear.
 */

/** A run of whitespace of any kind (spaces, tabs, NBSP, line breaks). */
export const WHITESPACE_RUN = /\s+/g;

/** Whitespace of any kind but the plain space (tabs, NBSP, line breaks). */
export const NON_SPACE_WHITESPACE = /[^\S ]/;

/** Whitespace that is neither the plain space nor a line break (tabs, NBSP, form feeds). */
export const INLINE_WHITESPACE_BUT_SPACE = /[^\S \n\r]/;

/** A sentence boundary inside a text: end punctuation, whitespace, then a capital letter or a digit. */
export const SENTENCE_BREAK = /[.!?]\s+[A-Z0-9]/g;

/** Text that ends like a sentence: a period, `!` or `?`, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?]["'”’)\]]?$/;

/** Text that ends with a period, perhaps inside a closing quote or bracket. */
export const PERIOD_END = /\.["'”’)\]]?$/;

/** A line break inside a word that was hyphenated by a hard wrap: `large-` right at a line end (no blank after it), `scale` after. */
export const WRAPPED_HYPHEN_BREAK = /(?<=\p{L}-)\n[ \t]*(?=\p{L})/gu;

/** Punctuation and symbols before a word's first letter or digit (`(`, `"`, `$`). */
export const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;

/** The colon after a name that opens a title (`gsplat:`). */
export const NAME_COLON_END = /:$/;

/** A decimal digit anywhere in a text. */
export const DIGIT = /\d/;

/** Text that opens with a capital letter or a digit. */
export const CAPITAL_START = /^[\p{Lu}\p{N}]/u;

/** Text that ends with a web address, which needs no final period. */
export const URL_END = /https?:\/\/\S+$/;

/**
 * Count the sentence boundaries in a text.
 *
 * @param text - Any text.
 * @returns How many times end punctuation is followed by a space and a capital or digit.
 * @example
 * countSentenceBreaks('One. Two! three')
 * //=> 1
 */
export function countSentenceBreaks(text: string): number {
  return text.match(SENTENCE_BREAK)?.length ?? 0;
}

/** A word: letters, digits, and the hyphens and apostrophes inside it (`state-of-the-art`). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A character that code and markup use and prose rarely does: braces, semicolons, `=`, angle brackets. */
export const CODE_CHARACTER = /[{};=<>]/g;
