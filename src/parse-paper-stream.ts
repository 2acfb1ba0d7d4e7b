import { describeValue } from './assert-argument.js';
import { makeDiagnostic, sortDiagnostics } from './diagnostic.js';
import { addToDuplicateIndex, countIndexedPapers, createDuplicateIndex, takeOldestPaper } from './normalize/merge-duplicates.js';
import { normalizeRecordList } from './normalize/normalize-records.js';
import { resolvePageDate } from './normalize/resolve-page-date.js';
import { parseOptions } from './parse-options.js';
import { readTokenRecords } from './parse/parse-records.js';
import { isJsonFormat } from './parse/read-json-records.js';
import { parseHtmlStart } from './tokenize/html-patterns.js';
import { parseJsonStart } from './tokenize/json-patterns.js';
import { parseXmlStart } from './tokenize/xml-patterns.js';
import { isMarkdown, tokenize, tokenizeLines } from './tokenize/tokenize.js';
import {
  StreamOptionsSchema,
  type Diagnostic,
  type Format,
  type PageDate,
  type Paper,
  type StreamOptions,
  type Token,
} from './schema.js';

/** What `parsePaperStream` reads: chunks of text or of UTF-8 bytes, from any async source. */
export type PaperStreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/** How many characters are parsed at a time unless `batchLength` says otherwise. */
const DEFAULT_BATCH_LENGTH = 262_144;

/** How many papers wait for later copies of themselves before they are yielded. */
const MERGE_WINDOW = 64;

/**
 * Plain text is told from markdown on the first batch: a text that shows no markdown is read
 * on until it does, or until this many characters show none.
 */
const PLAIN_TEXT_EVIDENCE = 65_536;

/** How many of a batch's last records wait for the next batch, which may still change them. */
const HELD_RECORDS = 2;

/**
 * Parse a capture as it streams in, yielding each paper once its card is complete: the same
 * papers, diagnostics, family and page date as `parsePaperDump` on the whole text, however
 * the text is cut into chunks, with memory bounded by the batch length and the largest card.
 *
 * The text is parsed a batch at a time (`batchLength` characters, cut at a line break of any kind); the
 * last two cards of a batch are read again with the next one. The family, markdown or not, and
 * the page date come from the first batch (of plain text, at least 64 KiB). Where the whole text and the stream can differ:
 * - copies of a paper merge when they are at most 64 papers apart; a copy further on is a
 *   paper of its own (`dedupePapers` merges them);
 * - the year of a yearless date that only the dump's latest written year decides comes from
 *   the years written so far;
 * - JSON, XML (feeds), HTML and reference-style markdown (whose link list closes the page) are read whole.
 *
 * Diagnostics are given to `onDiagnostic`, in input order, once final; `onPage` hears the
 * family and page date once. Chunks may be strings or UTF-8 bytes.
 *
 * @param source - An async iterable of strings or UTF-8 bytes (a Node `Readable`), or a web `ReadableStream`.
 * @param options - Those of `parsePaperDump`, and `batchLength`, `onDiagnostic`, `onPage`.
 * @returns An async iterable of the papers, in input order.
 * @example
 * for await (const paper of parsePaperStream(createReadStream('dump.txt'))) console.log(paper.title)
 * //=> 'A Title'
 */
export function parsePaperStream(source: PaperStreamSource, options: StreamOptions = {}): AsyncGenerator<Paper, void, undefined> {
  const chunks = readChunks(source);
  const checked = parseOptions(StreamOptionsSchema, options, 'parsePaperStream');
  return streamPapers(chunks, checked);
}

/** The state of a stream between batches. */
interface StreamState {
  /** The text read and not yet settled; it starts at a line start. */
  text: string;
  /** Lines and characters of the input before `text`. */
  lineShift: number;
  offsetShift: number;
  /** Known after the first batch (or given). */
  format: Format | undefined;
  markdown: boolean | undefined;
  summaryCards: boolean | undefined;
  /** The text is read whole: JSON, XML, or reference-style markdown. */
  whole: boolean;
  latestWrittenYear: number | undefined;
  pageDone: boolean;
  papersSeen: number;
  errorSeen: boolean;
  /** The text length at which the next batch is tried. */
  nextBatchAt: number;
}

/** Read the chunks, parse them in batches, and yield the papers as the merge window lets them go. */
async function* streamPapers(
  chunks: AsyncIterable<string | Uint8Array>,
  options: StreamOptions,
): AsyncGenerator<Paper, void, undefined> {
  const { batchLength = DEFAULT_BATCH_LENGTH, onDiagnostic, onPage, format, referenceDate, math } = options;
  const state: StreamState = {
    text: '',
    lineShift: 0,
    offsetShift: 0,
    format,
    markdown: undefined,
    summaryCards: undefined,
    whole: false,
    latestWrittenYear: undefined,
    pageDone: false,
    papersSeen: 0,
    errorSeen: false,
    nextBatchAt: batchLength,
  };
  const duplicates = createDuplicateIndex();
  // A BOM is kept, as reading a file as UTF-8 text keeps it: positions then match the whole text's.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const readBatch = (final: boolean): Paper[] => {
    const batch = parseBatch(state, final, { referenceDate, math });
    if (batch === null) {
      // Nothing settled: the text read so far is parsed again with the next batch. Waiting for as
      // much text again as is held keeps the total parsing linear however long nothing settles.
      state.nextBatchAt = state.text.length + Math.max(batchLength, state.text.length);
      return [];
    }
    const diagnostics = batch.diagnostics;
    if (batch.page !== null) onPage?.(batch.page);
    // Copies merge while fewer than MERGE_WINDOW papers stand between them, however the text came in batches.
    const ready: Paper[] = [];
    for (const paper of batch.papers) {
      const diagnostic = addToDuplicateIndex(duplicates, paper);
      if (diagnostic !== null) diagnostics.push(diagnostic);
      if (countIndexedPapers(duplicates) > MERGE_WINDOW) ready.push(takeOldestPaper(duplicates) as Paper);
    }
    if (final) while (countIndexedPapers(duplicates) > 0) ready.push(takeOldestPaper(duplicates) as Paper);
    state.papersSeen += ready.length;
    if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) state.errorSeen = true;
    if (final && state.papersSeen === 0 && !state.errorSeen) {
      diagnostics.push(makeDiagnostic('no-papers', 'No paper card was found in the input', { line: 1, column: 1, offset: 0 }));
    }
    for (const diagnostic of sortDiagnostics(diagnostics)) onDiagnostic?.(diagnostic);
    state.nextBatchAt = state.text.length + batchLength;
    return ready;
  };
  for await (const chunk of chunks) {
    state.text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (!state.whole && state.text.length >= state.nextBatchAt) yield* readBatch(false);
  }
  state.text += decoder.decode();
  yield* readBatch(true);
}

/** A batch read: its settled papers, their diagnostics, and the page (the first batch only; else null). */
interface Batch {
  papers: Paper[];
  diagnostics: Diagnostic[];
  page: { format: Format | null; pageDate: PageDate | null } | null;
}

/**
 * Parse the text read so far up to its last line break (all of it when final), settle every
 * card but the last two, and drop the settled text from the state. Null when nothing can be
 * settled yet.
 */
function parseBatch(state: StreamState, final: boolean, context: Pick<StreamOptions, 'referenceDate' | 'math'>): Batch | null {
  let text = state.text;
  let markdown = state.markdown;
  if (!final) {
    // The last complete line break: a LF, or a CR that is not the last character (a LF may follow it).
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r', text.length - 2));
    if (cut === -1) return null;
    text = text.slice(0, cut + 1);
    // JSON, XML and HTML are read whole: their records are not lines, and HTML's data may stand anywhere in the page.
    const wholeFormat = state.format !== undefined && (isJsonFormat(state.format) || state.format === 'feed' || state.format === 'html');
    const wholeStart = state.markdown === undefined && state.format === undefined && (parseJsonStart(text) || parseXmlStart(text) || parseHtmlStart(text));
    if (wholeFormat || wholeStart) state.whole = true;
    if (state.whole) return null;
    if (markdown === undefined) {
      markdown = isMarkdown(text);
      if (!markdown && text.length < PLAIN_TEXT_EVIDENCE) return null;
    }
  }
  // A whole text read at the end may be JSON or HTML; a batch is line text of the kind the first batch showed.
  const tokens = shiftTokens(
    markdown === undefined ? tokenize(text) : tokenizeLines(text, markdown),
    state.lineShift,
    state.offsetShift,
  );
  // JSON (a root `group`) or HTML (the page's `element`): read whole, at the end.
  const structured = tokens[0]?.kind === 'group' || tokens[0]?.kind === 'element';
  const parsed = readTokenRecords(tokens, { format: state.format, summaryCards: state.summaryCards });
  if (!final && !structured && parsed.format === 'reference-markdown') {
    state.whole = true;
    return null;
  }
  if (!final && parsed.records.length <= HELD_RECORDS) return null;
  state.markdown = markdown;
  state.format = structured ? state.format : (parsed.format ?? undefined);
  state.summaryCards = parsed.summaryCards;
  const latestHere = parsed.latestWrittenYear;
  if (latestHere !== null && (state.latestWrittenYear === undefined || latestHere > state.latestWrittenYear)) {
    state.latestWrittenYear = latestHere;
  }
  const heldLine = final ? Number.POSITIVE_INFINITY : (parsed.records[parsed.records.length - HELD_RECORDS]?.startLine ?? 0);
  const records = parsed.records.filter((record) => record.startLine < heldLine);
  const normalizeContext = { referenceDate: context.referenceDate, math: context.math, latestWrittenYear: state.latestWrittenYear };
  const normalized = normalizeRecordList(records, normalizeContext);
  // One by one: a batch without cards can hold any number of diagnostics, too many to spread into push's arguments.
  for (const diagnostic of parsed.diagnostics) if (diagnostic.line < heldLine) normalized.diagnostics.push(diagnostic);
  let page: Batch['page'] = null;
  if (!state.pageDone) {
    state.pageDone = true;
    const resolved = parsed.pageDate === null ? null : resolvePageDate(parsed.pageDate, normalizeContext);
    if (resolved !== null && resolved.diagnostic !== null) normalized.diagnostics.push(resolved.diagnostic);
    page = { format: parsed.format, pageDate: resolved?.pageDate ?? null };
  }
  if (!final) {
    const consumed = lineStartOffset(state.text, heldLine - 1 - state.lineShift);
    state.text = state.text.slice(consumed);
    state.offsetShift += consumed;
    state.lineShift = heldLine - 1;
  }
  return { papers: normalized.papers, diagnostics: normalized.diagnostics, page };
}

/** Move freshly made tokens (owned here) to where their text stands in the whole input. */
function shiftTokens(tokens: Token[], lineShift: number, offsetShift: number): Token[] {
  if (lineShift === 0 && offsetShift === 0) return tokens;
  for (const token of tokens) {
    token.line += lineShift;
    token.offset += offsetShift;
    if (token.endLine !== undefined) token.endLine += lineShift;
  }
  return tokens;
}

/** The offset at which a text's line starts after `lines` line breaks (CRLF, LF or a lone CR each). Linear. */
function lineStartOffset(text: string, lines: number): number {
  let offset = 0;
  // The next carriage return at or after `offset`; -1 when there is none left.
  let carriageReturn = text.indexOf('\r');
  for (let line = 0; line < lines; line += 1) {
    if (carriageReturn !== -1 && carriageReturn < offset) carriageReturn = text.indexOf('\r', offset);
    const newline = text.indexOf('\n', offset);
    if (carriageReturn !== -1 && (newline === -1 || carriageReturn < newline)) {
      offset = text.charCodeAt(carriageReturn + 1) === 10 ? carriageReturn + 2 : carriageReturn + 1;
    } else if (newline !== -1) {
      offset = newline + 1;
    } else {
      return text.length;
    }
  }
  return offset;
}

/** The chunks of a source, whatever kind of stream it is; a `TypeError` at once when it is no stream. */
function readChunks(source: PaperStreamSource): AsyncIterable<string | Uint8Array> {
  if (typeof source === 'object' && source !== null) {
    if (Symbol.asyncIterator in source) return source as AsyncIterable<string | Uint8Array>;
    if (typeof (source as ReadableStream).getReader === 'function') return readWebStream(source as ReadableStream<string | Uint8Array>);
  }
  throw new TypeError(`Expected \`source\` to be an async iterable, a Node Readable or a ReadableStream, got ${describeValue(source)}`);
}

/** The chunks of a web stream that is not async-iterable itself (as in some browsers). */
async function* readWebStream(stream: ReadableStream<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
