import type { Token } from '../schema.js';
import { CODE_LINE, DELIMITER, MARKDOWN_LINE, QUOTED_FIELD } from './unclaimed-input-patterns.js';

/** At least this share of the non-blank lines is code, or markdown, for the input to read as such. */
const SHARE_OF_LINES = 0.3;

/** Delimited data has at least this many rows. */
const LEAST_CSV_ROWS = 2;

/**
 * Say what an input that no family claims looks like, from its line tokens: delimited data
 * (CSV: every row has the same number of commas, tabs or semicolons), source code, a markdown
 * document (links, or headings, list items and quotes written in the text), or plain text.
 *
 * @param tokens - Line tokens from `tokenize`.
 * @returns A phrase for the `unknown-format` message.
 * @example
 * describeUnclaimedInput(tokenize('name,qty\napple,3\npear,5'))
 * //=> 'CSV (3 rows of 2 fields)'
 */
export function describeUnclaimedInput(tokens: readonly Token[]): string {
  const lines = tokens.filter((token) => token.kind !== 'blank').map((token) => token.text);
  if (lines.length === 0) return 'empty text';
  const fields = readCsvFields(lines);
  if (fields !== null) return `CSV (${lines.length} rows of ${fields} fields)`;
  let code = 0;
  let markdown = tokens.some((token) => token.urls !== undefined || token.kind === 'title' || token.kind === 'link') ? SHARE_OF_LINES * lines.length : 0;
  for (const token of tokens) {
    if (token.kind === 'blank') continue;
    if (CODE_LINE.test(token.text)) code += 1;
    if (MARKDOWN_LINE.test(token.text)) markdown += 1;
  }
  if (code >= SHARE_OF_LINES * lines.length) return `source code (${lines.length} lines)`;
  if (markdown >= SHARE_OF_LINES * lines.length) return `a markdown document (${lines.length} lines)`;
  return `plain text (${lines.length} lines)`;
}

/** The number of fields of every row, when all rows have the same number (2 or more) of one delimiter; else null. */
function readCsvFields(lines: readonly string[]): number | null {
  if (lines.length < LEAST_CSV_ROWS) return null;
  for (const delimiter of [',', '\t', ';']) {
    const count = (line: string): number => (line.replace(QUOTED_FIELD, '').match(DELIMITER) ?? []).filter((found) => found === delimiter).length;
    const first = count(lines[0] as string);
    if (first >= 1 && lines.every((line) => count(line) === first)) return first + 1;
  }
  return null;
}
