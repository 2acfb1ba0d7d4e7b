import type { SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';
import { formatByteSize } from './format-byte-size.js';
import type { ProgressTotals } from './plan-progress.js';

/** The command's error output: message lines, and a progress bar below them when there is one. */
export interface StderrReporter {
  /** Print a line (diagnostics, failures); with a bar, above it. */
  line: (text: string) => void;
  /** Count bytes of input read. */
  addBytes: (count: number) => void;
  /** Count an input file done. */
  finishFile: () => void;
  /** Print what is pending and remove the bar; call it once, at the end. */
  stop: () => void;
}

/**
 * The error output of a run: lines written as they come, and, when `totals` is given, a
 * progress bar (cli-progress) of the bytes and files done, redrawn ten times a second, with
 * the lines printed above it. cli-progress is loaded only when there is a bar.
 *
 * @param stderr - Where to write, a terminal when there is a bar.
 * @param totals - What the bar counts to, or null for no bar.
 * @returns The reporter.
 * @example
 * const reporter = await createStderrReporter(process.stderr, { bytes: 9e8, files: 3 }); reporter.addBytes(65536)
 * //=> paperdump [░░░░░░░░░░░░░░░░░░░░░░░░░] 0% | 65.5 kB of 900 MB | 0 of 3 files | ETA 0s
 */
export async function createStderrReporter(stderr: Writable, totals: ProgressTotals | null): Promise<StderrReporter> {
  if (totals === null) {
    return {
      line: (text) => {
        stderr.write(`${text}\n`);
      },
      addBytes: () => {},
      finishFile: () => {},
      stop: () => {},
    };
  }
  const { MultiBar, Presets } = await import('cli-progress');
  const bars = new MultiBar(
    {
      stream: stderr as NodeJS.WritableStream,
      format: 'paperdump [{bar}] {percentage}% | {done} of {size} | {files} of {fileCount} files | {duration_formatted}',
      barsize: 25,
      clearOnComplete: true,
      gracefulExit: false,
    },
    Presets.shades_classic,
  );
  let bytes = 0;
  let files = 0;
  const payload = (): object => ({ done: formatByteSize(bytes), size: formatByteSize(totals.bytes), files, fileCount: totals.files });
  const bar: SingleBar = bars.create(Math.max(totals.bytes, 1), 0, payload());
  return {
    line: (text) => bars.log(`${text}\n`),
    addBytes: (count) => {
      bytes += count;
      bar.update(bytes, payload());
    },
    finishFile: () => {
      files++;
      bar.update(bytes, payload());
    },
    stop: () => {
      bars.update();
      bars.stop();
    },
  };
}
