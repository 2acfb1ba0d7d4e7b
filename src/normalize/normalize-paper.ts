import { parseOptions } from '../parse-options.js';
import { NormalizeOptionsSchema, RawRecordSchema, type NormalizeOptions, type Paper, type RawRecord } from '../schema.js';
import { normalizeRecord } from './normalize-record.js';

/**
 * Turn one raw record into a validated-shape `Paper`: text cleaned (the original kept in
 * `raw`), footer read into counts, organization and an ISO date with its year resolved.
 *
 * @param raw - A record from `parseRecords`.
 * @param options - `math`, `referenceDate`, and `latestWrittenYear` (the latest year written in the dump).
 * @returns The paper.
 * @example
 * normalizePaper(parseRecords(tokenize('A  Title\n\nAn abstract. It ends.')).records[0]).title
 * //=> 'A Title'
 */
export function normalizePaper(raw: RawRecord, options: NormalizeOptions = {}): Paper {
  const checked = parseOptions(NormalizeOptionsSchema, options, 'normalizePaper');
  if (!RawRecordSchema.safeParse(raw).success) {
    throw new TypeError('Expected `raw` to be a record from parseRecords(), got something else');
  }
  return normalizeRecord(raw, checked).paper;
}
