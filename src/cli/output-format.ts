import { stringify } from 'csv-stringify/sync';
import type { Paper } from '../index.js';
import { PAPER_CSV_COLUMNS, paperCsvRow } from './paper-csv-row.js';

/** The output formats of the command. */
export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv'] as const;

/** One of `OUTPUT_FORMATS`: `jsonl`, a paper as JSON a line; `json`, one JSON array; `csv`, a header and a row per paper. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * A paper as one record of an output format: its JSON and a line break (`jsonl`), its JSON
 * alone (`json`; the array's brackets and commas are the writer's), or its CSV row and a line
 * break (`csv`, see `paperCsvRow`). JSON is the paper exactly as the library gives it (it passes
 * `PaperSchema`); only CSV names the file.
 *
 * @param format - The output format.
 * @param paper - The paper.
 * @param file - The input it came from: a path, or `<stdin>`.
 * @returns The record's text.
 * @example
 * formatPaperRecord('csv', paper, 'dump.txt')
 * //=> 'A Title,An abstract.,4,,,2026-03-06,true,,3,,,,,dump.txt,12,19\n'
 */
export function formatPaperRecord(format: OutputFormat, paper: Paper, file: string): string {
  if (format === 'csv') return stringify([paperCsvRow(paper, file)]);
  return format === 'jsonl' ? `${JSON.stringify(paper)}\n` : JSON.stringify(paper);
}

/**
 * Records of an output format joined into one text, as they follow each other in the output:
 * `json` records with a comma and a line break between them, the others one after another.
 *
 * @param format - The output format of the records.
 * @param records - Records made by `formatPaperRecord`.
 * @returns The text of the records.
 * @example
 * joinRecords('json', ['{"title":"A"}', '{"title":"B"}'])
 * //=> '{"title":"A"},\n{"title":"B"}'
 */
export function joinRecords(format: OutputFormat, records: readonly string[]): string {
  return records.join(format === 'json' ? ',\n' : '');
}

/**
 * The CSV header row, with its line break.
 *
 * @returns `title,abstract,...,endLine\n`.
 * @example
 * csvHeader().startsWith('title,abstract,authorCount,')
 * //=> true
 */
export function csvHeader(): string {
  return stringify([[...PAPER_CSV_COLUMNS]]);
}
