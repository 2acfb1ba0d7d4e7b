import { createReadStream } from 'node:fs';
import { formatPaperRecord, joinRecords, type OutputFormat } from './output-format.js';
import type { ParseEvent } from './parse-event.js';
import { parseSource, type ParseSettings } from './parse-source.js';

/** A file to parse on a worker thread, how, and the format to write its papers in (null: send the papers). */
export interface ParseFileTask {
  path: string;
  settings: ParseSettings;
  render: OutputFormat | null;
}

/**
 * The worker of the command's thread pool (its own entry, `dist/cli/parse-file-worker.js`):
 * read one file, parse it, and write its papers as records of the output format, joined in one
 * text, all on the worker thread: the main thread has only that text to write out.
 *
 * @param task - The file's path, the parse settings, and the output format or null.
 * @returns The file's events: its diagnostics and failure, then its records in one event (or its papers), in input order.
 * @example
 * await pool.run({ path: 'captures/a.txt', settings: { math: 'unicode' }, render: 'jsonl' })
 * //=> [{ kind: 'diagnostic', diagnostic: { code: 'missing-abstract', ... } }, { kind: 'records', records: '{"title":"A Title",...}\n...', count: 34 }]
 */
export default async function parseFile(task: ParseFileTask): Promise<ParseEvent[]> {
  const events: ParseEvent[] = [];
  const records: string[] = [];
  const { render } = task;
  const papers = parseSource(createReadStream(task.path), task.settings, {
    onDiagnostic: (diagnostic) => events.push({ kind: 'diagnostic', diagnostic }),
    onFailure: (code, reason) => events.push({ kind: 'failure', code, reason }),
  });
  for await (const paper of papers) {
    if (render === null) events.push({ kind: 'paper', paper });
    else records.push(formatPaperRecord(render, paper, task.path));
  }
  if (render !== null) events.push({ kind: 'records', records: joinRecords(render, records), count: records.length });
  return events;
}
