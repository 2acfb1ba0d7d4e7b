import type { Writable } from 'node:stream';

/**
 * Write text to a stream, respecting backpressure: when the stream's buffer is full, wait for
 * it to drain before going on, so that a slow reader keeps memory bounded.
 *
 * @param stream - Where to write (standard output, a file stream, ...).
 * @param text - The text to write.
 * @returns A promise that settles when more may be written; it rejects when the stream fails
 * or is closed (a reader that went away: `EPIPE`) before it drained.
 * @example
 * await writeText(process.stdout, '{"title":"A Title"}\n')
 * //=> undefined
 */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new Error('the output is closed');
  if (stream.write(text)) return;
  await waitForDrain(stream);
}

/** Settle once the stream drains; reject if it fails or closes first. */
function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error: Error | null): void => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error === null) resolve();
      else reject(error);
    };
    const onDrain = (): void => settle(null);
    const onError = (error: Error): void => settle(error);
    const onClose = (): void => settle(new Error('the output is closed'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
