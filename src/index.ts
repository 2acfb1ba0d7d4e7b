export { parsePaperDump } from './parse-paper-dump.js';
export { parsePaperStream, type PaperStreamSource } from './parse-paper-stream.js';
export { dedupePapers } from './dedupe-papers.js';
export { tokenize } from './tokenize/tokenize.js';
export { parseRecords } from './parse/parse-records.js';
export { normalizeRecords } from './normalize/normalize-records.js';
export { cleanMath, normalizeAbstract } from './math/normalize-abstract.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
export {
  CleanOptionsSchema,
  DiagnosticSchema,
  FormatSchema,
  PageInfoSchema,
  PaperSchema,
  ParseOptionsSchema,
  ParseResultSchema,
  RawRecordSchema,
  StreamOptionsSchema,
  TokenSchema,
  type CleanOptions,
  type Diagnostic,
  type Format,
  type MathMode,
  type NormalizeOptions,
  type Organization,
  type PageDate,
  type PageInfo,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type RawField,
  type RawRecord,
  type RecordsOptions,
  type RecordsResult,
  type Severity,
  type Source,
  type StreamOptions,
  type Token,
  type TokenKind,
} from './schema.js';
