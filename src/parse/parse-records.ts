import { describeValue } from '../assert-argument.js';
import { makeDiagnostic } from '../diagnostic.js';
import { parseOptions } from '../parse-options.js';
import { RecordsOptionsSchema, type Format, type RawRecord, type RecordsOptions, type RecordsResult, type Token } from '../schema.js';
import { describeUnclaimedInput } from './describe-unclaimed-input.js';
import { hasPaperEvidence } from './paper-evidence.js';
import { showsSiteEvidence } from './site-evidence.js';
import type { Assembled } from './assemble-records.js';
import { detectFormat } from './detect-format.js';
import { findLatestWrittenYear } from './find-latest-written-year.js';
import { parseDaily } from './parse-daily.js';
import { parseListing } from './parse-listing.js';
import { hasSummaryCards, parseMarkdown } from './parse-markdown.js';
import { parseSearch } from './parse-search.js';
import { readFeedRecords } from './read-feed-records.js';
import { isHtmlTokens, readHtmlRecords } from './read-html-records.js';
import { isJsonFormat, readJsonRecords, type JsonFormat } from './read-json-records.js';

/** The families read from line tokens (plain text and markdown). */
type LineFormat = Exclude<Format, JsonFormat | 'feed' | 'html'>;

/** Each line family's reader; markdown readers take whether card texts are AI summaries. */
const LINE_FAMILY_PARSERS: Readonly<Record<LineFormat, (tokens: readonly Token[], summaryCards: boolean) => Assembled>> = {
  daily: parseDaily,
  search: parseSearch,
  listing: parseListing,
  markdown: (tokens, summaryCards) => parseMarkdown(tokens, 'markdown', summaryCards),
  'reference-markdown': (tokens, summaryCards) => parseMarkdown(tokens, 'reference-markdown', summaryCards),
  'link-per-line': (tokens, summaryCards) => parseMarkdown(tokens, 'link-per-line', summaryCards),
  trending: (tokens, summaryCards) => parseMarkdown(tokens, 'trending', summaryCards),
  'html-extraction': (tokens, summaryCards) => parseMarkdown(tokens, 'html-extraction', summaryCards),
  digest: (tokens, summaryCards) => parseMarkdown(tokens, 'digest', summaryCards),
};

/** The families whose cards may carry AI summaries instead of abstracts: the markdown ones. */
const FAMILY_USES_SUMMARIES: Readonly<Record<LineFormat, boolean>> = {
  daily: false,
  search: false,
  listing: false,
  markdown: true,
  'reference-markdown': true,
  'link-per-line': true,
  trending: true,
  'html-extraction': true,
  digest: true,
};

/**
 * Turn tokens into raw records: detect the family (or take `options.format`), then read its
 * cards. Nothing is interpreted yet: dates, counts and text stay as found. The result also
 * carries the latest year the dump writes on a date, which yearless dates may need.
 *
 * @param tokens - Tokens from `tokenize`.
 * @param options - `format` to override detection.
 * @returns The family, the page date line, the raw records, diagnostics and the latest written year.
 * @example
 * parseRecords(tokenize('A Title\n\nWe propose a model. Results.')).records[0].abstract.text
 * //=> 'We propose a model. Results.'
 */
export function parseRecords(tokens: readonly Token[], options: RecordsOptions = {}): RecordsResult {
  if (!Array.isArray(tokens)) {
    throw new TypeError(`Expected \`tokens\` to be an array of tokens from tokenize(), got ${describeValue(tokens)}`);
  }
  const { format } = parseOptions(RecordsOptionsSchema, options, 'parseRecords');
  const { summaryCards: _summaryCards, ...result } = readTokenRecords(tokens, { format });
  return result;
}

/** What a stream carries from its first batch to the next: the family, and whether card texts are AI summaries. */
export interface PageKnowledge {
  format?: Format | undefined;
  summaryCards?: boolean | undefined;
}

/**
 * `parseRecords` with what is known of the page taken as given, not detected again; returns
 * what it found of the page too.
 *
 * @param tokens - Tokens from `tokenize`.
 * @param known - The family and whether card texts are AI summaries, when known.
 * @returns The records result, and whether card texts are AI summaries.
 * @example
 * readTokenRecords(tokenize('A Title\n\nWe propose a model. Results.'), {}).summaryCards
 * //=> false
 */
export function readTokenRecords(tokens: readonly Token[], known: PageKnowledge): RecordsResult & { summaryCards: boolean } {
  const feed = readXmlTokens(tokens, known.format);
  if (feed !== null) return { summaryCards: false, latestWrittenYear: null, ...feed };
  const structured = isStructured(tokens);
  const latestWrittenYear = findLatestWrittenYear(tokens);
  const html = isHtmlTokens(tokens);
  if (html || known.format === 'html') {
    if (html !== (known.format === undefined || known.format === 'html')) {
      return { summaryCards: false, latestWrittenYear, ...htmlMismatch(tokens, known.format as Format, html) };
    }
    return { summaryCards: false, latestWrittenYear, ...readHtmlRecords(tokens) };
  }
  if (structured !== (known.format === undefined ? structured : isJsonFormat(known.format))) {
    return { summaryCards: false, latestWrittenYear, ...formatMismatch(tokens, known.format as Format, structured) };
  }
  if (structured) {
    const json = readJsonRecords(tokens);
    return { summaryCards: false, latestWrittenYear, ...json };
  }
  const format = (known.format ?? detectFormat(tokens)) as LineFormat;
  const summaryCards = known.summaryCards ?? (FAMILY_USES_SUMMARIES[format] && hasSummaryCards(tokens, format));
  const assembled = LINE_FAMILY_PARSERS[format](tokens, summaryCards);
  if (known.format === undefined && !showsSiteEvidence(tokens) && !claimsInput(assembled.records)) {
    return { summaryCards: false, latestWrittenYear, ...unclaimedInput(tokens) };
  }
  const pageDate = assembled.pageDate;
  return {
    summaryCards,
    format,
    pageDate:
      pageDate === null
        ? null
        : { text: pageDate.text, line: pageDate.line, column: pageDate.column, offset: pageDate.offset },
    records: assembled.records,
    diagnostics: assembled.diagnostics,
    latestWrittenYear,
  };
}

/**
 * A family claims the input it detected only on evidence: some of its cards show paper evidence,
 * and at least half of them do (docs/families.md#detection).
 */
function claimsInput(records: readonly RawRecord[]): boolean {
  let evidenced = 0;
  for (const record of records) if (hasPaperEvidence(record)) evidenced += 1;
  return evidenced > 0 && evidenced * 2 >= records.length;
}

/** No family claims the input: no records, and an error that says what the input looked like. */
function unclaimedInput(tokens: readonly Token[]): Omit<RecordsResult, 'latestWrittenYear'> {
  const at = tokens.find((token) => token.kind !== 'blank') ?? { line: 1, column: 1, offset: 0 };
  if (tokens.every((token) => token.kind === 'blank')) {
    return { format: null, pageDate: null, records: [], diagnostics: [makeDiagnostic('no-papers', 'The input is empty', at)] };
  }
  const message = `No paper listing was found: the input looks like ${describeUnclaimedInput(tokens)}, and no family claims it (no title with an abstract that reads like a paper's, no card footer, paper link or upvote box); no record is made`;
  return { format: null, pageDate: null, records: [], diagnostics: [makeDiagnostic('unknown-format', message, at)] };
}

/**
 * Read the tokens of an XML document as a feed (docs/families.md#feed); null for tokens of any
 * other input, which no feed reader takes unless `feed` is asked for (then: `format-mismatch`).
 */
function readXmlTokens(tokens: readonly Token[], format: Format | undefined): Omit<RecordsResult, 'latestWrittenYear'> | null {
  const xml = isXml(tokens);
  if (!xml && format !== 'feed') return null;
  if (xml && (format === undefined || format === 'feed')) return readFeedRecords(tokens, { forced: format === 'feed' });
  const at = tokens[0] ?? { line: 1, column: 1, offset: 0 };
  const message = xml
    ? `The input is XML, and the ${format as Format} family reads ${isJsonFormat(format as Format) ? 'JSON' : 'text lines'}; no record is made`
    : 'The input is not an XML document, so the feed family cannot read it; no record is made';
  return { format: format as Format, pageDate: null, records: [], diagnostics: [makeDiagnostic('format-mismatch', message, at)] };
}

/** Tokens of an XML document: the root `group` says `xml`. */
function isXml(tokens: readonly Token[]): boolean {
  const root = tokens[0];
  return root?.kind === 'group' && root.key === '' && root.text === 'xml';
}

/** The family asked for cannot read the input, HTML or not: an error, and no records (docs/families.md#the-format-option). */
function htmlMismatch(tokens: readonly Token[], format: Format, html: boolean): Omit<RecordsResult, 'latestWrittenYear'> {
  const at = tokens[0] ?? { line: 1, column: 1, offset: 0 };
  const message = html
    ? `The input is HTML, so the ${format} family cannot read it; no record is made`
    : 'The input is not HTML, so the html family cannot read it; no record is made';
  return { format, pageDate: null, records: [], diagnostics: [makeDiagnostic('format-mismatch', message, at)] };
}

/** Tokens of a structured document (JSON): its first token is the root `group`. */
function isStructured(tokens: readonly Token[]): boolean {
  return tokens[0]?.kind === 'group';
}

/** The family asked for cannot read the input: an error, and no records (docs/families.md#the-format-option). */
function formatMismatch(tokens: readonly Token[], format: Format, structured: boolean): Omit<RecordsResult, 'latestWrittenYear'> {
  const at = tokens[0] ?? { line: 1, column: 1, offset: 0 };
  const message = structured
    ? `The input is JSON, and the ${format} family reads text lines; no record is made`
    : `The input is not JSON, so the ${format} family cannot read it; no record is made`;
  return { format, pageDate: null, records: [], diagnostics: [makeDiagnostic('format-mismatch', message, at)] };
}
