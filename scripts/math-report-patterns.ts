/**
 * What the math report looks for in cleaned text. Each regular expression is named,
 * documented in one line and linear.
 */

/** A `\command` left in cleaned text. */
export const REPORT_BACKSLASH_COMMAND = /\\[A-Za-z]+/g;
/** A run of ASCII letters with the characters around it, to test against the command table. */
export const REPORT_LETTER_RUN = /([^A-Za-z]?)([A-Za-z]+)(?=([^A-Za-z]?))/g;
/** A brace group not written as a script (`{x}` without `^` or `_` before it). */
export const REPORT_BARE_BRACE_GROUP = /(?:^|[^^_{}])\{[^{}]{0,40}\}/g;
/** LaTeX punctuation left in cleaned text: `--`, ` `` `, `''`. */
export const REPORT_LATEX_PUNCTUATION = /--|``|''/g;
