/**
 * The shapes of inputs that no family claims, to say what they looked like. Each regular
 * expression is named, documented in one line and linear.
 */

/** A line of code: it ends with `;`, `{`, `}`, `(`, `,` or `=>`, or opens with a keyword of a common language. */
export const CODE_LINE = /(?:[;{}(]|=>)\s*$|^\s*(?:import|export|const|let|var|function|class|def|return|if|for|while|#include|package|public|private|using|fn|struct|\/\/|\/\*|\*\/)\b/;

/** A markdown line: a heading, a list item, a fence, a quote or a table row. */
export const MARKDOWN_LINE = /^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s|```|~~~|>|\|)/;

/** A quoted field of delimited data, which may hold delimiters and doubled quotes. */
export const QUOTED_FIELD = /"(?:[^"]|"")*"/g;

/** A field separator of delimited data: a comma, a tab or a semicolon. */
export const DELIMITER = /[,\t;]/g;
