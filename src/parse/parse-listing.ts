import type { Token } from '../schema.js';
import { assembleRecords, type Assembled } from './assemble-records.js';
import { groupUnits } from './group-units.js';

/**
 * Parse a listing: blank-line separated title and abstract paragraphs without footers,
 * hard-wrapped paragraphs joined.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The page date token, raw records and diagnostics.
 * @example
 * parseListing(tokenize('A Title\n\nWe propose a model. Results.')).records[0].title.text
 * //=> 'A Title'
 */
export function parseListing(tokens: readonly Token[]): Assembled {
  return assembleRecords(groupUnits(tokens, { splitEveryLine: false }), { format: 'listing' });
}
