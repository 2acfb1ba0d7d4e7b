import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { countBytes } from '../node/count-bytes.js';
import type { Input } from '../node/list-inputs.js';
import type { InputEvent, ParseEvent } from './parse-event.js';
import type { ParseFileTask } from './parse-file-worker.js';
import { parseSourceEvents, type ParseSettings } from './parse-source-events.js';

/**
 * Files larger than this are not given to a worker, which would hold all their papers at once:
 * they are streamed on the main thread in their turn, while the workers go on with the others.
 */
export const MAX_POOLED_FILE_BYTES = 32 * 1024 * 1024;

/** How `parseInputs` parses, and where it reports progress. */
export interface ParseInputsSettings {
  /** The reference date and math mode. */
  parse: ParseSettings;
  /** How many worker threads to use at most; 1 parses everything on the main thread. */
  jobs: number;
  /** The worker module (`parse-file-worker.js` of the build). */
  workerUrl: URL;
  /** What `-` reads. */
  stdin: Readable;
  /** Called with the bytes of input files read so far, chunk by chunk or file by file. */
  onBytes: (count: number) => void;
  /** Called when an input is done, in input order. */
  onInputDone: (input: Input) => void;
}

/**
 * Parse every input and give its events, input after input in the order given. Standard
 * input, a file that is not a regular file, a file over `MAX_POOLED_FILE_BYTES`, and every
 * input when there is one file or `jobs` is 1, are streamed on the main thread, each paper as
 * it comes. Otherwise files are parsed on a pool of `jobs` worker threads, one file per task:
 * tasks run ahead of the input being given, at most twice as many as threads, so that the
 * results waiting for their turn stay few.
 *
 * @param inputs - The inputs, as `listInputs` gives them.
 * @param settings - Parse settings, thread count, worker module, stdin and progress listeners.
 * @returns The events of every input, each with the input's name, in input order.
 * @example
 * for await (const event of parseInputs(await listInputs(['captures']), settings)) console.log(event.file, event.kind)
 * //=> 'captures/a.txt' 'paper', ..., 'captures/b.txt' 'diagnostic', ...
 */
export async function* parseInputs(inputs: readonly Input[], settings: ParseInputsSettings): AsyncGenerator<InputEvent, void, undefined> {
  const pooled = inputs.map((input) => input.kind === 'file' && input.size !== null && input.size <= MAX_POOLED_FILE_BYTES);
  const threads = Math.min(settings.jobs, pooled.filter(Boolean).length);
  const pool =
    threads > 1 ? new Piscina<ParseFileTask, ParseEvent[]>({ filename: fileURLToPath(settings.workerUrl), minThreads: threads, maxThreads: threads }) : null;
  const tasks = new Map<number, Promise<ParseEvent[]>>();
  let nextTask = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      for (; pool !== null && nextTask < inputs.length && nextTask < index + 2 * threads; nextTask++) {
        const ahead = inputs[nextTask];
        if (pooled[nextTask] && ahead?.kind === 'file') tasks.set(nextTask, runTask(pool, ahead, settings));
      }
      const task = tasks.get(index);
      tasks.delete(index);
      if (task !== undefined) for (const event of await task) yield { ...event, file: input.name };
      else yield* parseOnMainThread(input, settings);
      settings.onInputDone(input);
    }
  } finally {
    await pool?.destroy();
  }
}

/** Parse a file on the pool; the promise never rejects (a failed task is a `parse-failed` event). */
function runTask(pool: Piscina<ParseFileTask, ParseEvent[]>, input: Input & { kind: 'file' }, settings: ParseInputsSettings): Promise<ParseEvent[]> {
  return pool.run({ path: input.name, settings: settings.parse }).then(
    (events) => {
      settings.onBytes(input.size ?? 0);
      return events;
    },
    (error: unknown): ParseEvent[] => [
      { kind: 'failure', code: 'parse-failed', reason: error instanceof Error ? error.message : String(error) },
    ],
  );
}

/** Stream one input through the parser on this thread. */
async function* parseOnMainThread(input: Input, settings: ParseInputsSettings): AsyncGenerator<InputEvent, void, undefined> {
  if (input.kind === 'unreadable') {
    yield { kind: 'failure', code: 'read-failed', reason: input.reason, file: input.name };
    return;
  }
  const source = input.kind === 'stdin' ? settings.stdin : countBytes(createReadStream(input.name), settings.onBytes);
  for await (const event of parseSourceEvents(source, settings.parse)) yield { ...event, file: input.name };
}
