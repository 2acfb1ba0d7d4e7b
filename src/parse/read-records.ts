import type { Format, RecordsResult, Token } from '../schema.js';
import { isMarkdown } from '../tokenize/tokenize.js';
import { tokenizeMarkdown } from '../tokenize/tokenize-markdown.js';
import { tokenizePlainText } from '../tokenize/tokenize-plain-text.js';
import { parseJsonDump } from './parse-json-dump.js';
import { readTokenRecords } from './parse-records.js';

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
 * Read the raw records of a text (a whole input, or a batch of a stream): from JSON when it is
 * JSON, else from its tokens, moved by the context's shifts to where the text stands in the input.
 *
 * @param text - The text.
 * @param context - Its family and whether it is markdown, when known; where it starts in the input.
 * @returns The records and diagnostics, the date lines the text writes, and how it was read.
 * @example
 * readRecords('Apr 20\n\nA Title\n\nAn abstract. It ends.\n\n• 4 authors\n·\nSep 18, 2025', {}).dateTexts
 * //=> ['Apr 20', 'Sep 18, 2025']
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

/** Move freshly made tokens (owned here, not the caller's) to where their text stands in the whole input. */
function shiftTokens(tokens: Token[], lineShift: number, offsetShift: number): Token[] {
  if (lineShift === 0 && offsetShift === 0) return tokens;
  for (const token of tokens) {
    token.line += lineShift;
    token.offset += offsetShift;
  }
  return tokens;
}
