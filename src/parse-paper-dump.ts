import { assertString } from './assert-argument.js';
import { normalizeRecordsResult } from './normalize/normalize-records.js';
import { parseOptions } from './parse-options.js';
import { readTokenRecords } from './parse/parse-records.js';
import { ParseOptionsSchema, type ParseOptions, type ParseResult } from './schema.js';
import { tokenize } from './tokenize/tokenize.js';

/**
 * Parse a captured paper listing into validated, clean `Paper` records. It is the three stages
 * composed: `normalizeRecords(parseRecords(tokenize(text), { format }), { referenceDate, math })`.
 * Any string parses; what could not be read is in `diagnostics` (docs/record.md#the-stages).
 *
 * @param text - The whole capture.
 * @param options - `referenceDate` (`YYYY-MM-DD`, the day of the capture: years of yearless dates), `format` (skip detection), `math` (`unicode` or `keep`).
 * @returns The family, the page date, the papers and the diagnostics.
 * @example
 * parsePaperDump('Mar 6\n\nA Title\n\nWe propose a model. Results.\n\n• 2 authors\n·\nMar 6 3', { referenceDate: '2026-04-21' }).papers[0].publishedAt
 * //=> '2026-03-06'
 */
export function parsePaperDump(text: string, options: ParseOptions = {}): ParseResult {
  assertString(text, 'text');
  const { referenceDate, format, math } = parseOptions(ParseOptionsSchema, options, 'parsePaperDump');
  // The stages' own argument checks are spared: the text and options were checked above.
  const { summaryCards: _summaryCards, ...records } = readTokenRecords(tokenize(text), { format });
  return normalizeRecordsResult(records, { referenceDate, math });
}
