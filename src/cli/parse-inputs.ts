import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { Diagnostic } from '../index.js';
import { countBytes } from '../node/count-bytes.js';
import type { Input } from '../node/list-inputs.js';
import { formatPaperRecord, type OutputFormat } from './output-format.js';
import type { FailureCode, OutputItem, ParseEvent } from './parse-event.js';
import type { ParseFileTask } from './parse-file-worker.js';
import { parseSource, type ParseSettings } from './parse-source.js';

/**
 * Files larger than this are not given to a worker, which would hold all their papers at once:
 * they are streamed on the main thread in their turn, while the workers go on with the others.
 */
export const MAX_POOLED_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Tasks run ahead of the input being given, to keep the workers busy: at least twice as many
 * as threads, and more while the files ahead hold fewer bytes than this. Their results wait in
 * memory for their turn.
 */
const MAX_BYTES_AHEAD = 4 * 1024 * 1024;

/** However small the files, no more tasks than this run ahead. */
const MAX_FILES_AHEAD = 256;

/** How `parseInputs` parses, and where it reports problems and progress. */
export interface ParseInputsSettings {
  /** The reference date and math mode. */
  parse: ParseSettings;
  /** The output format to give papers in as records, or null to give the papers. */
  render: OutputFormat | null;
  /** How many worker threads to use at most; 1 parses everything on the main thread. */
  jobs: number;
  /** The worker module (`parse-file-worker.js` of the build). */
  workerUrl: URL;
  /** What `-` reads. */
  stdin: Readable;
  /** Hears each diagnostic of an input, in input order, before the papers that follow it. */
  onDiagnostic: (file: string, diagnostic: Diagnostic) => void;
  /** Hears that an input could not be read or parsed to its end. */
  onFailure: (file: string, code: FailureCode, reason: string) => void;
  /** Hears the bytes of input files read so far, chunk by chunk or file by file. */
  onBytes: (count: number) => void;
  /** Hears that an input is done, in input order. */
  onInputDone: (input: Input) => void;
}

/**
 * Parse every input and yield its papers (or, with `settings.render`, their records), input
 * after input in the order given; diagnostics and failures go to the listeners of `settings`
 * as they come. Standard input, a file that is not a regular file, a file over
 * `MAX_POOLED_FILE_BYTES`, and every input when there is one file or `jobs` is 1, are streamed
 * on the main thread, each paper as it comes. Otherwise files are parsed on a pool of `jobs`
 * worker threads, one file per task, the records written on the worker; tasks run ahead of
 * the input being yielded, within `MAX_BYTES_AHEAD`, so that the results waiting for their
 * turn stay few.
 *
 * @param inputs - The inputs, as `listInputs` gives them.
 * @param settings - Parse settings, output format, thread count, worker module, stdin and listeners.
 * @returns The papers or records of every input, in input order.
 * @example
 * for await (const item of parseInputs(await listInputs(['captures']), { ...settings, render: null })) console.log(item.kind === 'paper' && item.file)
 * //=> 'captures/a.txt', ..., 'captures/b.txt', ...
 */
export async function* parseInputs(inputs: readonly Input[], settings: ParseInputsSettings): AsyncGenerator<OutputItem, void, undefined> {
  const sizes = inputs.map((input) =>
    input.kind === 'file' && input.size !== null && input.size <= MAX_POOLED_FILE_BYTES ? input.size : null,
  );
  const threads = Math.min(settings.jobs, sizes.filter((size) => size !== null).length);
  const pool = threads > 1 ? await createPool(settings.workerUrl, threads) : null;
  const tasks = new Map<number, Promise<ParseEvent[]>>();
  let nextTask = 0;
  let bytesAhead = 0;
  try {
    for (const [index, input] of inputs.entries()) {
      for (; pool !== null && nextTask < inputs.length; nextTask++) {
        const ahead = nextTask - index;
        if (ahead >= 2 * threads && (bytesAhead >= MAX_BYTES_AHEAD || ahead >= MAX_FILES_AHEAD)) break;
        const size = sizes[nextTask];
        if (size === null || size === undefined) continue;
        tasks.set(nextTask, runTask(pool, inputs[nextTask]!.name, size, settings));
        bytesAhead += size;
      }
      const task = tasks.get(index);
      tasks.delete(index);
      if (task !== undefined) {
        bytesAhead -= sizes[index] ?? 0;
        yield* replayEvents(input.name, await task, settings);
      } else yield* parseOnMainThread(input, settings);
      settings.onInputDone(input);
    }
  } finally {
    await pool?.destroy();
  }
}

/**
 * A pool of `threads` workers running the worker module, two tasks at a time each (one reads
 * its file while the other parses); piscina is loaded only when a run needs it.
 */
async function createPool(workerUrl: URL, threads: number): Promise<Piscina<ParseFileTask, ParseEvent[]>> {
  const { Piscina } = await import('piscina');
  return new Piscina<ParseFileTask, ParseEvent[]>({
    filename: fileURLToPath(workerUrl),
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 2,
  });
}

/** Parse a file on the pool; the promise never rejects (a failed task is a `parse-failed` event). */
function runTask(pool: Piscina<ParseFileTask, ParseEvent[]>, path: string, size: number, settings: ParseInputsSettings): Promise<ParseEvent[]> {
  return pool.run({ path, settings: settings.parse, render: settings.render }).then(
    (events) => {
      settings.onBytes(size);
      return events;
    },
    (error: unknown): ParseEvent[] => [
      { kind: 'failure', code: 'parse-failed', reason: error instanceof Error ? error.message : String(error) },
    ],
  );
}

/** The papers or records of a worker's events; their diagnostics and failure go to the listeners, in order. */
function* replayEvents(file: string, events: readonly ParseEvent[], settings: ParseInputsSettings): Generator<OutputItem, void, undefined> {
  for (const event of events) {
    if (event.kind === 'paper') yield { kind: 'paper', paper: event.paper, file };
    else if (event.kind === 'records') yield event;
    else if (event.kind === 'diagnostic') settings.onDiagnostic(file, event.diagnostic);
    else settings.onFailure(file, event.code, event.reason);
  }
}

/** Stream one input through the parser on this thread. */
async function* parseOnMainThread(input: Input, settings: ParseInputsSettings): AsyncGenerator<OutputItem, void, undefined> {
  const file = input.name;
  if (input.kind === 'unreadable') {
    settings.onFailure(file, 'read-failed', input.reason);
    return;
  }
  const source = input.kind === 'stdin' ? settings.stdin : countBytes(createReadStream(file), settings.onBytes);
  const papers = parseSource(source, settings.parse, {
    onDiagnostic: (diagnostic) => settings.onDiagnostic(file, diagnostic),
    onFailure: (code, reason) => settings.onFailure(file, code, reason),
  });
  const { render } = settings;
  for await (const paper of papers) {
    yield render === null ? { kind: 'paper', paper, file } : { kind: 'records', records: formatPaperRecord(render, paper, file), count: 1 };
  }
}
