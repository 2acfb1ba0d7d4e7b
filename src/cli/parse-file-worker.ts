import { createReadStream } from 'node:fs';
import type { ParseEvent } from './parse-event.js';
import { parseSourceEvents, type ParseSettings } from './parse-source-events.js';

/** A file to parse on a worker thread, and how. */
export interface ParseFileTask {
  path: string;
  settings: ParseSettings;
}

/**
 * The worker of the command's thread pool (its own entry, `dist/cli/parse-file-worker.js`):
 * read one file and parse it, all on the worker thread.
 *
 * @param task - The file's path and the parse settings.
 * @returns The file's events (papers, diagnostics, a failure), in input order.
 * @example
 * await pool.run({ path: 'captures/a.txt', settings: { math: 'unicode' } })
 * //=> [{ kind: 'paper', paper: { title: 'A Title', ... } }, { kind: 'diagnostic', diagnostic: { code: 'missing-abstract', ... } }]
 */
export default async function parseFile(task: ParseFileTask): Promise<ParseEvent[]> {
  const events: ParseEvent[] = [];
  for await (const event of parseSourceEvents(createReadStream(task.path), task.settings)) events.push(event);
  return events;
}
