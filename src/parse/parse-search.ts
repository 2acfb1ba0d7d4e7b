import type { Token } from '../schema.js';
import { assembleRecords, type Assembled } from './assemble-records.js';
import { groupUnits } from './group-units.js';
import { splitWrappedTitles } from './split-wrapped-titles.js';

/**
 * Parse search results: no blank lines and no footers, a title and an abstract after another.
 * Every paragraph (a line, or the lines of a hard wrap) is a unit of its own, and its shape
 * says what it is.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The page date token (none on these pages), raw records and diagnostics.
 * @example
 * parseSearch(tokenize('A Title\nWe propose a model. Results.\nB Title\nAnother abstract. It ends.')).records.length
 * //=> 2
 */
export function parseSearch(tokens: readonly Token[]): Assembled {
  return assembleRecords(splitWrappedTitles(groupUnits(tokens, { splitEveryLine: false })), { format: 'search' });
}
