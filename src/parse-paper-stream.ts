import { describeValue } from './assert-string.js';
import { parseOptions } from './parse-options.js';
import { parsePaperDump } from './parse-paper-dump.js';
import { StreamOptionsSchema, type Paper, type StreamOptions } from './schema.js';

/** What `parsePaperStream` reads: chunks of text or bytes (UTF-8), from any async source. */
export type PaperStreamSource = AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>;

/**
 * Parse a capture as it streams in, yielding each paper as its card completes.
 *
 * @param source - An async iterable of strings or UTF-8 bytes, a Node `Readable`, or a web `ReadableStream`.
 * @param options - Those of `parsePaperDump`, and `onDiagnostic`, `onPage` and `batchLength`.
 * @returns An async iterable of papers, in input order.
 * @example
 * for await (const paper of parsePaperStream(createReadStream('dump.txt'))) console.log(paper.title)
 * //=> 'A Title'
 */
export async function* parsePaperStream(source: PaperStreamSource, options: StreamOptions = {}): AsyncGenerator<Paper, void, undefined> {
  const { onDiagnostic, onPage, batchLength: _batchLength, ...parse } = parseOptions(StreamOptionsSchema, options, 'parsePaperStream');
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of readChunks(source)) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  const result = parsePaperDump(text, parse);
  onPage?.({ format: result.format, pageDate: result.pageDate });
  for (const diagnostic of result.diagnostics) onDiagnostic?.(diagnostic);
  yield* result.papers;
}

/** The chunks of a source, whatever kind of stream it is. */
async function* readChunks(source: PaperStreamSource): AsyncGenerator<string | Uint8Array> {
  if (typeof source === 'object' && source !== null && Symbol.asyncIterator in source) {
    yield* source as AsyncIterable<string | Uint8Array>;
    return;
  }
  if (typeof source === 'object' && source !== null && typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<string | Uint8Array>).getReader();
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
  throw new TypeError(`Expected \`source\` to be an async iterable or a ReadableStream, got ${describeValue(source)}`);
}
