import { assertString } from './assert-argument.js';
import { makeDiagnostic, sortDiagnostics } from './diagnostic.js';
import { mergeDuplicatePapers } from './normalize/merge-duplicates.js';
import { normalizeRecords } from './normalize/normalize-records.js';
import { findLatestWrittenYear } from './normalize/resolve-date.js';
import { resolvePageDate } from './normalize/resolve-page-date.js';
import { parseOptions } from './parse-options.js';
import { readRecords } from './parse/read-records.js';
import { ParseOptionsSchema, type ParseOptions, type ParseResult } from './schema.js';

/**
 * Parse a captured paper listing into validated, clean `Paper` records: read JSON, or tokenize
 * the text (plain or markdown) and find its cards; normalize each; merge the cards that appear
 * more than once. Any string parses; what could not be read is in `diagnostics`.
 *
 * @param text - The whole capture.
 * @param options - `referenceDate` (`YYYY-MM-DD`, the day of the capture: years of yearless dates), `format` (skip detection), `math` (`unicode` or `keep`).
 * @returns The family, the page date, the papers and the diagnostics.
 * @example
 * parsePaperDump('Mar 6\n\nA Title\n\nAn abstract. It ends.\n\n• 2 authors\n·\nMar 6 3', { referenceDate: '2026-04-21' }).papers[0].publishedAt
 * //=> '2026-03-06'
 */
export function parsePaperDump(text: string, options: ParseOptions = {}): ParseResult {
  assertString(text, 'text');
  const { referenceDate, format, math } = parseOptions(ParseOptionsSchema, options, 'parsePaperDump');
  const parsed = readRecords(text, { format });
  const context = { referenceDate, math, latestWrittenYear: findLatestWrittenYear(parsed.dateTexts) };
  const normalized = normalizeRecords(parsed, text, context);
  const merged = mergeDuplicatePapers(normalized.papers);
  const diagnostics = [...normalized.diagnostics, ...merged.diagnostics];
  const page = parsed.pageDate === null ? null : resolvePageDate(parsed.pageDate, context);
  if (page !== null && page.diagnostic !== null) diagnostics.push(page.diagnostic);
  if (merged.papers.length === 0 && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    diagnostics.push(makeDiagnostic('no-papers', 'No paper card was found in the input', { line: 1, column: 1, offset: 0 }));
  }
  return { format: parsed.format, pageDate: page?.pageDate ?? null, papers: merged.papers, diagnostics: sortDiagnostics(diagnostics) };
}
