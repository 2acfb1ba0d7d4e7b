import { describeValue } from '../assert-string.js';
import { makeDiagnostic } from '../diagnostic.js';
import { RecordsOptionsSchema, type Format, type RecordsOptions, type RecordsResult, type Token } from '../schema.js';
import type { Assembled } from './assemble-records.js';
import { detectFormat } from './detect-format.js';
import { parseDaily } from './parse-daily.js';
import { parseListing } from './parse-listing.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseSearch } from './parse-search.js';
import { parseOptions } from '../parse-options.js';

const FAMILY_PARSERS: Readonly<Record<Format, (tokens: readonly Token[]) => Assembled>> = {
  daily: parseDaily,
  search: parseSearch,
  listing: parseListing,
  markdown: (tokens) => parseMarkdown(tokens, 'markdown'),
  'reference-markdown': (tokens) => parseMarkdown(tokens, 'reference-markdown'),
  'link-per-line': (tokens) => parseMarkdown(tokens, 'link-per-line'),
  trending: (tokens) => parseMarkdown(tokens, 'trending'),
  'html-extraction': (tokens) => parseMarkdown(tokens, 'html-extraction'),
  // JSON is read from the text (parseJsonDump), not from line tokens.
  'api-json': notFromTokens,
  'scraper-json': notFromTokens,
};

/** The JSON families have no line tokens to read: an error, and no records. */
function notFromTokens(tokens: readonly Token[]): Assembled {
  const at = tokens[0] ?? { line: 1, column: 1, offset: 0 };
  return {
    pageDate: null,
    records: [],
    diagnostics: [makeDiagnostic('invalid-json-shape', 'The input is not JSON, so it cannot be read as a JSON family', at)],
  };
}

/**
 * Turn tokens into raw records: detect the family (or take `options.format`), then read its
 * cards. Nothing is interpreted yet: dates, counts and text stay as found.
 *
 * @param tokens - Tokens from `tokenize`.
 * @param options - `format` to override detection.
 * @returns The family, the page date line, the raw records and diagnostics.
 * @example
 * parseRecords(tokenize('A Title\n\nAn abstract. It ends.')).records[0].abstract.text
 * //=> 'An abstract. It ends.'
 */
export function parseRecords(tokens: readonly Token[], options: RecordsOptions = {}): RecordsResult {
  if (!Array.isArray(tokens)) {
    throw new TypeError(`Expected \`tokens\` to be an array of tokens from tokenize(), got ${describeValue(tokens)}`);
  }
  const { format: forced } = parseOptions(RecordsOptionsSchema, options, 'parseRecords');
  const format = forced ?? detectFormat(tokens);
  const assembled = FAMILY_PARSERS[format](tokens);
  const pageDate = assembled.pageDate;
  return {
    format,
    pageDate:
      pageDate === null
        ? null
        : { text: pageDate.text, line: pageDate.line, column: pageDate.column, offset: pageDate.offset },
    records: assembled.records,
    diagnostics: assembled.diagnostics,
  };
}
