import { parsePaperStream, type Paper, type ParseOptions } from '../index.js';
import { describeFileError, isSystemError } from '../node/describe-file-error.js';
import type { ProblemListeners } from './parse-event.js';

/** The parse options the command passes on: the reference date and the math mode. */
export type ParseSettings = Pick<ParseOptions, 'referenceDate' | 'math'>;

/**
 * Parse one input as it streams in: its papers are yielded as they complete, its diagnostics go
 * to `onDiagnostic` as soon as they are final (nothing piles up, however many there are). An
 * error of the source (a file that cannot be read) or of the parser ends the papers and goes to
 * `onFailure` instead of being thrown.
 *
 * @param source - The input's chunks: a file's read stream, standard input.
 * @param settings - The reference date and math mode.
 * @param listeners - Where diagnostics and a failure go.
 * @returns The papers, in input order.
 * @example
 * for await (const paper of parseSource(createReadStream('dump.txt'), { math: 'unicode' }, { onDiagnostic: print, onFailure: report })) write(paper)
 * //=> each paper of dump.txt, as it is read
 */
export async function* parseSource(
  source: AsyncIterable<string | Uint8Array>,
  settings: ParseSettings,
  listeners: ProblemListeners,
): AsyncGenerator<Paper, void, undefined> {
  try {
    yield* parsePaperStream(source, { ...settings, onDiagnostic: listeners.onDiagnostic });
  } catch (error) {
    if (isSystemError(error)) listeners.onFailure('read-failed', describeFileError(error));
    else listeners.onFailure('parse-failed', error instanceof Error ? error.message : String(error));
  }
}
