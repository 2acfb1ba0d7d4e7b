import { stringify } from 'csv-stringify/sync';
import type { Writable } from 'node:stream';
import type { Paper } from '../index.js';
import { writeText } from '../node/write-text.js';
import { PAPER_CSV_COLUMNS, paperCsvRow } from './paper-csv-row.js';

/** The output formats of the command. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv'] as const;

/** One of `OUTPUT_FORMATS`. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Writes papers to an output, one at a time, in a format. */
export interface PaperWriter {
  /** Write one paper, which came from the input named `file`; settles when more may be written. */
  write: (paper: Paper, file: string) => Promise<void>;
  /** Write what closes the output (the end of a JSON array, a CSV header when no paper came); the stream is left open. */
  end: () => Promise<void>;
}

/**
 * A writer of papers in one of the output formats, each paper written as it comes (with
 * backpressure): `jsonl`, one paper as JSON per line; `json`, one JSON array, a paper a line;
 * `csv`, a header row and a row per paper (see `paperCsvRow`). JSON records are the papers
 * exactly as the library gives them (they pass `PaperSchema`); only CSV names the input file.
 *
 * @param format - The output format.
 * @param output - Where to write, such as standard output.
 * @returns The writer.
 * @example
 * const writer = createPaperWriter('jsonl', process.stdout); await writer.write(paper, 'dump.txt'); await writer.end()
 * //=> {"title":"A Title",...} written as one line
 */
export function createPaperWriter(format: OutputFormat, output: Writable): PaperWriter {
  switch (format) {
    case 'jsonl':
      return { write: (paper) => writeText(output, `${JSON.stringify(paper)}\n`), end: async () => {} };
    case 'json': {
      let count = 0;
      return {
        write: (paper) => writeText(output, `${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(paper)}`),
        end: () => writeText(output, count === 0 ? '[]\n' : '\n]\n'),
      };
    }
    case 'csv': {
      let header = stringify([[...PAPER_CSV_COLUMNS]]);
      const takeHeader = (): string => {
        const text = header;
        header = '';
        return text;
      };
      return {
        write: (paper, file) => writeText(output, takeHeader() + stringify([paperCsvRow(paper, file)])),
        end: () => writeText(output, takeHeader()),
      };
    }
  }
}
