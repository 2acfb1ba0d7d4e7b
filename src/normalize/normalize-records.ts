import { describeValue } from '../assert-argument.js';
import { makeDiagnostic, sortDiagnostics } from '../diagnostic.js';
import { parseOptions } from '../parse-options.js';
import {
  NormalizeOptionsSchema,
  type Diagnostic,
  type NormalizeOptions,
  type Paper,
  type ParseResult,
  type RawRecord,
  type RecordsResult,
} from '../schema.js';
import { mergeDuplicatePapers } from './merge-duplicates.js';
import { normalizeRecord, type NormalizeContext } from './normalize-record.js';
import { resolvePageDate } from './resolve-page-date.js';

/**
 * Turn the raw records of a dump into its papers: each record normalized (text cleaned, counts
 * read, dates given their years), copies of a paper merged into one, the page date resolved.
 * The last stage: `parsePaperDump(text, { format, ...options })` is exactly
 * `normalizeRecords(parseRecords(tokenize(text), { format }), options)`.
 *
 * @param result - What `parseRecords` returned.
 * @param options - `math` (`unicode` or `keep`) and `referenceDate` (`YYYY-MM-DD`, the day of the capture).
 * @returns The family, the page date, the papers and every diagnostic, in input order.
 * @example
 * normalizeRecords(parseRecords(tokenize('A  Title\n\nAn abstract. It ends.'))).papers[0].title
 * //=> 'A Title'
 */
export function normalizeRecords(result: RecordsResult, options: NormalizeOptions = {}): ParseResult {
  if (!isRecordsResult(result)) {
    throw new TypeError(`Expected \`result\` to be what parseRecords() returns, got ${describeValue(result)}`);
  }
  const { referenceDate, math } = parseOptions(NormalizeOptionsSchema, options, 'normalizeRecords');
  return normalizeRecordsResult(result, { referenceDate, math });
}

/**
 * `normalizeRecords` on arguments already checked.
 *
 * @param result - What `parseRecords` returned.
 * @param options - Math mode and reference date.
 * @returns The parse result.
 * @example
 * normalizeRecordsResult(parseRecords(tokenize('A Title\n\nAn abstract. It ends.')), {}).papers.length
 * //=> 1
 */
export function normalizeRecordsResult(result: RecordsResult, options: NormalizeOptions): ParseResult {
  const context = { ...options, latestWrittenYear: result.latestWrittenYear ?? undefined };
  const normalized = normalizeRecordList(result.records, context);
  const merged = mergeDuplicatePapers(normalized.papers);
  const diagnostics = [...result.diagnostics, ...normalized.diagnostics, ...merged.diagnostics];
  const page = result.pageDate === null ? null : resolvePageDate(result.pageDate, context);
  if (page !== null && page.diagnostic !== null) diagnostics.push(page.diagnostic);
  if (merged.papers.length === 0 && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    diagnostics.push(makeDiagnostic('no-papers', 'No paper card was found in the input', { line: 1, column: 1, offset: 0 }));
  }
  return { format: result.format, pageDate: page?.pageDate ?? null, papers: merged.papers, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * Normalize raw records one by one into papers, with the diagnostics of normalizing them, in
 * no particular order; copies are not merged (a stream merges them across its batches).
 *
 * @param records - Raw records of a dump, or of a batch of one.
 * @param context - Math mode, reference date and the dump's latest written year.
 * @returns The papers, one per record, and the diagnostics.
 * @example
 * normalizeRecordList(parseRecords(tokenize('A Title\n\nAn abstract. It ends.\n\n• 4 authors\n·\nSep 18, 2025')).records, {}).papers[0].publishedAt
 * //=> '2025-09-18'
 */
export function normalizeRecordList(records: readonly RawRecord[], context: NormalizeContext): { papers: Paper[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const papers = records.map((record) => {
    const result = normalizeRecord(record, context);
    // One by one: spreading a long list into push's arguments overflows the stack.
    for (const diagnostic of result.diagnostics) diagnostics.push(diagnostic);
    return result.paper;
  });
  return { papers, diagnostics };
}

/** A cheap check that a value has the shape `parseRecords` gives (its records are checked as they are read). */
function isRecordsResult(value: unknown): value is RecordsResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof RecordsResult, unknown>>;
  return (
    (candidate.format === null || typeof candidate.format === 'string') &&
    Array.isArray(candidate.records) &&
    Array.isArray(candidate.diagnostics) &&
    (candidate.latestWrittenYear === null || typeof candidate.latestWrittenYear === 'number') &&
    candidate.records.every((record) => typeof record === 'object' && record !== null && typeof (record as RawRecord).title?.text === 'string')
  );
}
