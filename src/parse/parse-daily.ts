import type { Token } from '../schema.js';
import { assembleRecords, type Assembled } from './assemble-records.js';
import { groupUnits } from './group-units.js';

/**
 * Parse a daily listing: page chrome, a page date, then cards separated by blank lines
 * (title, abstract, and a footer of author count or organization, `·`, date and comments).
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The page date token, raw records and diagnostics.
 * @example
 * parseDaily(tokenize('Apr 20\n\nA Title\n\nWe propose a model. Results.\n\n• 4 authors\n·\nSep 18, 2025')).records[0].authors.text
 * //=> '• 4 authors'
 */
export function parseDaily(tokens: readonly Token[]): Assembled {
  return assembleRecords(groupUnits(tokens, { splitEveryLine: false }), { format: 'daily' });
}
