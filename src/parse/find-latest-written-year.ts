import type { Token } from '../schema.js';
import { parseCardDateLine } from '../text/card-footer-patterns.js';

/**
 * The latest year written on any date of a dump: a yearless date there most likely belongs to
 * the year after it (docs/record.md#where-a-missing-year-comes-from).
 *
 * @param tokens - The dump's tokens (only `date` tokens are read).
 * @returns The latest written year, or null when no date writes one.
 * @example
 * findLatestWrittenYear(tokenize('Sep 18, 2025\n\nMar 6\n\nNov 20, 2024 3'))
 * //=> 2025
 */
export function findLatestWrittenYear(tokens: readonly Token[]): number | null {
  let latest: number | null = null;
  for (const token of tokens) {
    if (token.kind !== 'date') continue;
    const year = parseCardDateLine(token.text)?.year ?? null;
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}
