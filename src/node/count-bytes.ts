/**
 * Pass the chunks of a source through unchanged, telling how many bytes each one holds (for a
 * progress bar). A string chunk counts its UTF-8 length.
 *
 * @param source - Chunks of bytes or text, such as a file's read stream.
 * @param onBytes - Called with the size of each chunk, before it is passed on.
 * @returns The same chunks, in order.
 * @example
 * for await (const chunk of countBytes(createReadStream('dump.txt'), (count) => bar.increment(count))) parse(chunk)
 * //=> the file's chunks, and the bar advanced by 65536 bytes at a time
 */
export async function* countBytes(
  source: AsyncIterable<string | Uint8Array>,
  onBytes: (count: number) => void,
): AsyncGenerator<string | Uint8Array, void, undefined> {
  for await (const chunk of source) {
    onBytes(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}
