import type { TextSink } from '../node/text-sink.js';
import { csvHeader, type OutputFormat } from './output-format.js';

/** Writes the records of an output format (see `formatPaperRecord`) with what goes around and between them. */
export interface RecordWriter {
  /** Write `count` records joined by `joinRecords` (one record: `count` 1); settles when more may be written. */
  write: (records: string, count: number) => Promise<void>;
  /** Write what closes the output (the end of a JSON array; the CSV header when no record came) and flush. */
  end: () => Promise<void>;
}

/**
 * A writer of records in an output format: `jsonl`, a record a line; `json`, the records as
 * one array, a record a line; `csv`, the header row, then the rows. No record at all still
 * gives a valid output: nothing (`jsonl`), `[]`, or the header alone.
 *
 * @param format - The output format of the records.
 * @param sink - Where to write.
 * @returns The writer.
 * @example
 * const writer = createRecordWriter('json', createTextSink(process.stdout)); await writer.write('{"title":"A"}', 1); await writer.end()
 * //=> '[\n{"title":"A"}\n]\n' written
 */
export function createRecordWriter(format: OutputFormat, sink: TextSink): RecordWriter {
  let written = 0;
  const opening = (): string => {
    if (format === 'json') return written === 0 ? '[\n' : ',\n';
    return format === 'csv' && written === 0 ? csvHeader() : '';
  };
  return {
    write: async (records, count) => {
      if (count === 0) return;
      const text = opening() + records;
      written += count;
      await sink.write(text);
    },
    end: async () => {
      if (format === 'json') await sink.write(written === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && written === 0) await sink.write(csvHeader());
      await sink.flush();
    },
  };
}
