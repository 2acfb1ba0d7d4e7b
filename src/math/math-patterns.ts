/**
 * The character classes of the math cleaner. Each regular expression is named, documented in
 * one line and linear.
 */

/** The column specification of an array environment (`lllllll`, `c|c`). */
export const ENVIRONMENT_COLUMNS = /^[lcrp|]+$/;
/** A run of spaces at the end of a string. */
export const TRAILING_SPACES = / +$/;
/** One letter or digit of any script. */
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** One letter or symbol of any script. */
export const LETTER_OR_SYMBOL = /^[\p{L}\p{S}]$/u;
/** One combining mark. */
export const COMBINING_MARK = /^\p{M}$/u;
