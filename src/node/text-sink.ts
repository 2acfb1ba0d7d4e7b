import type { Writable } from 'node:stream';

/** Texts are gathered up to this many characters before they are written in one call. */
const GATHER_LENGTH = 65_536;

/** Writes texts to a stream, gathered into few large writes, with backpressure. */
export interface TextSink {
  /** Add a text; settles when more may be added (the stream drained, if it had to). */
  write: (text: string) => Promise<void>;
  /** Write what is gathered and wait for the stream to take it; the stream is left open. */
  flush: () => Promise<void>;
}

/**
 * A sink that writes texts to a stream without a system call each: texts are gathered and
 * written when 64 KiB have gathered or, at the latest, as soon as the program would wait (the
 * gathered texts are written from `setImmediate`, so a stream of papers that arrives slowly is
 * still written paper by paper). When the stream's buffer is full, `write` waits for it to
 * drain, so a slow reader keeps memory bounded. A stream that fails or closes (a reader that
 * went away: `EPIPE`) makes `write` and `flush` reject.
 *
 * @param stream - Where to write, such as standard output.
 * @returns The sink.
 * @example
 * const sink = createTextSink(process.stdout); await sink.write('{"title":"A Title"}\n'); await sink.flush()
 * //=> undefined, the line written
 */
export function createTextSink(stream: Writable): TextSink {
  let gathered: string[] = [];
  let length = 0;
  let scheduled = false;
  // Standard output is never destroyed by an error (Node revives it), so errors are noted here.
  let failure: Error | null = null;
  const wakers = new Set<() => void>();
  const wake = (): void => {
    for (const waker of wakers) waker();
    wakers.clear();
  };
  stream.on('error', (error: Error) => {
    failure ??= error;
    wake();
  });
  stream.on('close', wake);
  stream.on('drain', wake);
  const writeGathered = (): void => {
    if (length === 0) return;
    const text = gathered.join('');
    gathered = [];
    length = 0;
    if (failure === null && !stream.destroyed) stream.write(text);
  };
  const whenWritable = async (): Promise<void> => {
    for (;;) {
      if (failure !== null) throw failure;
      if (stream.destroyed || stream.writableEnded) throw new Error('the output is closed');
      if (!stream.writableNeedDrain) return;
      await new Promise<void>((resolve) => wakers.add(resolve));
    }
  };
  return {
    write: async (text) => {
      await whenWritable();
      gathered.push(text);
      length += text.length;
      if (length >= GATHER_LENGTH) writeGathered();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          writeGathered();
        });
      }
    },
    flush: async () => {
      await whenWritable();
      writeGathered();
      await whenWritable();
    },
  };
}
