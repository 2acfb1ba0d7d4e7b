import type { ReadRecords } from '../parse/read-records.js';
import type { Diagnostic, MathMode, Paper } from '../schema.js';
import { linesNeedFolding } from '../text/fold-whitespace.js';
import { normalizeRecord } from './normalize-record.js';

/** What normalizing records needs besides the records: math mode, reference date, the dump's latest written year. */
export interface NormalizeContext {
  referenceDate?: string | undefined;
  math?: MathMode | undefined;
  latestWrittenYear?: number | undefined;
}

/**
 * Normalize the raw records of a text into papers, with the diagnostics of reading and
 * normalizing them, in no particular order.
 *
 * @param parsed - What `readRecords` read from the text.
 * @param text - The text itself (a plain one is scanned once for whitespace to fold).
 * @param context - Math mode, reference date and the dump's latest written year.
 * @returns The papers, one per record, and the diagnostics.
 * @example
 * const text = 'A Title\n\nAn abstract. It ends.\n\n• 4 authors\n·\nSep 18, 2025';
 * normalizeRecords(readRecords(text, {}), text, {}).papers[0].publishedAt
 * //=> '2025-09-18'
 */
export function normalizeRecords(
  parsed: Pick<ReadRecords, 'records' | 'diagnostics' | 'markdown' | 'json'>,
  text: string,
  context: NormalizeContext,
): { papers: Paper[]; diagnostics: Diagnostic[] } {
  const options = {
    ...(context.referenceDate === undefined ? {} : { referenceDate: context.referenceDate }),
    ...(context.math === undefined ? {} : { math: context.math }),
    ...(context.latestWrittenYear === undefined ? {} : { latestWrittenYear: context.latestWrittenYear }),
  };
  // Folding whitespace is all that `keep` does: one scan of the whole plain text can spare a scan of every card text.
  const linesFolded = context.math === 'keep' && !parsed.json && !parsed.markdown && !linesNeedFolding(text);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const papers = parsed.records.map((record) => {
    const result = normalizeRecord(record, options, linesFolded);
    diagnostics.push(...result.diagnostics);
    return result.paper;
  });
  return { papers, diagnostics };
}
