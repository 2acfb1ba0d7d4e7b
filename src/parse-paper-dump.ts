import { assertString } from './assert-string.js';
import { makeDiagnostic } from './diagnostic.js';
import { findLatestWrittenYear, resolveDate } from './normalize/resolve-date.js';
import { normalizeRecord } from './normalize/normalize-record.js';
import { parseOptions } from './parse-options.js';
import { mergeDuplicatePapers } from './normalize/merge-duplicates.js';
import { parseJsonDump } from './parse/parse-json-dump.js';
import { parseRecords } from './parse/parse-records.js';
import {
  ParseOptionsSchema,
  type Diagnostic,
  type Format,
  type PageDate,
  type ParseOptions,
  type ParseResult,
  type RawField,
  type RecordsResult,
} from './schema.js';
import { isMarkdown } from './tokenize/tokenize.js';
import { tokenizeMarkdown } from './tokenize/tokenize-markdown.js';
import { tokenizePlainText } from './tokenize/tokenize-plain-text.js';
import { linesNeedFolding } from './normalize/fold-whitespace.js';

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
  const parsed = readRecords(text, format);
  // Folding whitespace is all that `keep` does: one scan of the whole plain text can spare a scan of every card text.
  const linesFolded = math === 'keep' && parsed.plainText && !linesNeedFolding(text);
  const latestWrittenYear = findLatestWrittenYear(parsed.dateTexts);
  const normalizeOptions = {
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(math === undefined ? {} : { math }),
    ...(latestWrittenYear === undefined ? {} : { latestWrittenYear }),
  };

  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const normalized = parsed.records.map((record) => {
    const result = normalizeRecord(record, normalizeOptions, linesFolded);
    diagnostics.push(...result.diagnostics);
    return result.paper;
  });
  const merged = mergeDuplicatePapers(normalized);
  diagnostics.push(...merged.diagnostics);
  const pageDate = parsed.pageDate === null ? null : resolvePageDate(parsed.pageDate, normalizeOptions, diagnostics);
  if (merged.papers.length === 0 && !diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    diagnostics.push(makeDiagnostic('no-papers', 'No paper card was found in the input', { line: 1, column: 1, offset: 0 }));
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { format: parsed.format, pageDate, papers: merged.papers, diagnostics };
}

/**
 * The raw records of a text, from JSON when it is JSON, else from its tokens (as `tokenize`
 * makes them); the date lines it writes; and whether it was read as plain text.
 */
function readRecords(text: string, format: Format | undefined): RecordsResult & { dateTexts: string[]; plainText: boolean } {
  const json = format === undefined || format === 'api-json' || format === 'scraper-json' ? parseJsonDump(text) : null;
  if (json !== null) {
    const dateTexts = json.records.flatMap((record) => (record.date === null ? [] : [record.date.text]));
    return { ...json, dateTexts, plainText: false };
  }
  const markdown = isMarkdown(text);
  const tokens = markdown ? tokenizeMarkdown(text) : tokenizePlainText(text);
  const parsed = parseRecords(tokens, format === undefined ? {} : { format });
  const dateTexts = tokens.filter((token) => token.kind === 'date').map((token) => token.text);
  return { ...parsed, dateTexts, plainText: !markdown };
}

/** The page date with its year resolved by the same rule as the cards' dates. */
function resolvePageDate(
  field: RawField,
  context: { referenceDate?: string; latestWrittenYear?: number },
  diagnostics: Diagnostic[],
): PageDate {
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
