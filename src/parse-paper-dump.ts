import { assertString } from './assert-argument.js';
import { makeDiagnostic } from './diagnostic.js';
import { linesNeedFolding } from './normalize/fold-whitespace.js';
import { mergeDuplicatePapers } from './normalize/merge-duplicates.js';
import { normalizeRecord } from './normalize/normalize-record.js';
import { findLatestWrittenYear, resolveDate } from './normalize/resolve-date.js';
import { parseOptions } from './parse-options.js';
import { parseJsonDump } from './parse/parse-json-dump.js';
import { readTokenRecords } from './parse/parse-records.js';
import {
  ParseOptionsSchema,
  type Diagnostic,
  type Format,
  type MathMode,
  type PageDate,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type RawField,
  type RecordsResult,
  type Token,
} from './schema.js';
import { isMarkdown } from './tokenize/tokenize.js';
import { tokenizeMarkdown } from './tokenize/tokenize-markdown.js';
import { tokenizePlainText } from './tokenize/tokenize-plain-text.js';

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
  const pageDate = parsed.pageDate === null ? null : resolvePageDate(parsed.pageDate, context, diagnostics);
  if (merged.papers.length === 0 && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    diagnostics.push(makeDiagnostic('no-papers', 'No paper card was found in the input', { line: 1, column: 1, offset: 0 }));
  }
  return { format: parsed.format, pageDate, papers: merged.papers, diagnostics: sortDiagnostics(diagnostics) };
}

/** How a text is read: its family and whether it is markdown (each detected when not given), and where it starts in the whole input. */
export interface ReadContext {
  format?: Format | undefined;
  markdown?: boolean | undefined;
  /** Whether card texts are AI summaries (the trending page). */
  summaryCards?: boolean | undefined;
  /** Lines and characters of the input before this text (0 for a whole input). */
  lineShift?: number;
  offsetShift?: number;
}

/** The raw records of a text, with the date lines it writes and how it was read. */
export interface ReadRecords extends RecordsResult {
  dateTexts: string[];
  markdown: boolean;
  json: boolean;
  summaryCards: boolean;
}

/**
 * The raw records of a text, from JSON when it is JSON, else from its tokens (as `tokenize`
 * makes them, moved by the context's shifts); the date lines it writes; and how it was read.
 */
export function readRecords(text: string, context: ReadContext): ReadRecords {
  const { format } = context;
  const json = format === undefined || format === 'api-json' || format === 'scraper-json' ? parseJsonDump(text) : null;
  if (json !== null) {
    const dateTexts = json.records.flatMap((record) => (record.date === null ? [] : [record.date.text]));
    return { ...json, dateTexts, markdown: false, json: true, summaryCards: false };
  }
  const markdown = context.markdown ?? isMarkdown(text);
  const tokens = shiftTokens(markdown ? tokenizeMarkdown(text) : tokenizePlainText(text), context.lineShift ?? 0, context.offsetShift ?? 0);
  const parsed = readTokenRecords(tokens, { format, summaryCards: context.summaryCards });
  const dateTexts = tokens.filter((token) => token.kind === 'date').map((token) => token.text);
  return { ...parsed, dateTexts, markdown, json: false };
}

/** Move freshly made tokens to where their text stands in the whole input. */
function shiftTokens(tokens: Token[], lineShift: number, offsetShift: number): Token[] {
  if (lineShift === 0 && offsetShift === 0) return tokens;
  for (const token of tokens) {
    token.line += lineShift;
    token.offset += offsetShift;
  }
  return tokens;
}

/** What normalizing records needs besides the records: math mode, reference date, the dump's latest written year. */
export interface NormalizeContext {
  referenceDate?: string | undefined;
  math?: MathMode | undefined;
  latestWrittenYear?: number | undefined;
}

/** Normalize raw records into papers, with the diagnostics of reading and normalizing them, unsorted. */
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

/** Diagnostics in input order: by line, then column. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The page date with its year resolved by the same rule as the cards' dates. */
export function resolvePageDate(field: RawField, context: NormalizeContext, diagnostics: Diagnostic[]): PageDate {
  const resolved = resolveDate(field.text, context);
  if (resolved.problem === 'year-unknown') {
    diagnostics.push(
      makeDiagnostic(
        'year-unknown',
        `The page date "${field.text}" has no year, and neither a reference date nor the dump's other dates imply one`,
        field,
      ),
    );
  } else if (resolved.problem === 'invalid-date') {
    diagnostics.push(makeDiagnostic('invalid-date', `The page date "${field.text}" names no calendar day`, field));
  }
  return { text: field.text, date: resolved.date, yearInferred: resolved.yearInferred, line: field.line };
}
