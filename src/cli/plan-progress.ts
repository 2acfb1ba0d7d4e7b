import type { Input } from '../node/list-inputs.js';

/** What a progress bar counts to: the bytes and the number of the input files. */
export interface ProgressTotals {
  bytes: number;
  files: number;
}

/** Inputs over this many bytes in all get a progress bar (8 MB). */
export const PROGRESS_MIN_BYTES = 8_000_000;

/** Inputs of more files than this get a progress bar. */
export const PROGRESS_MIN_FILES = 20;

/**
 * Whether a run shows a progress bar, and what it counts to: only when it is wanted, error
 * output is a terminal, and the input is large (over `PROGRESS_MIN_BYTES` in all, or more than
 * `PROGRESS_MIN_FILES` files). Standard input and files of unknown size (pipes) count as no bytes.
 *
 * @param inputs - The inputs of the run.
 * @param wanted - False with `--no-progress`.
 * @param isTerminal - Whether error output is a terminal.
 * @returns The totals to count to, or null for no bar.
 * @example
 * planProgress([{ kind: 'file', name: 'big.txt', size: 1e9 }], true, true)
 * //=> { bytes: 1000000000, files: 1 }
 */
export function planProgress(inputs: readonly Input[], wanted: boolean, isTerminal: boolean): ProgressTotals | null {
  if (!wanted || !isTerminal) return null;
  const totals: ProgressTotals = { bytes: 0, files: 0 };
  for (const input of inputs) {
    if (input.kind !== 'file') continue;
    totals.files++;
    totals.bytes += input.size ?? 0;
  }
  return totals.bytes > PROGRESS_MIN_BYTES || totals.files > PROGRESS_MIN_FILES ? totals : null;
}
