import { parsePaperStream, type Diagnostic, type ParseOptions } from '../index.js';
import { describeFileError, isSystemError } from '../node/describe-file-error.js';
import type { ParseEvent } from './parse-event.js';

/** The parse options the command passes on: the reference date and the math mode. */
export type ParseSettings = Pick<ParseOptions, 'referenceDate' | 'math'>;

/**
 * Parse one input as it streams in, giving its papers and diagnostics as events in input
 * order. An error of the source (a file that cannot be read) or of the parser ends the events
 * with a failure instead of throwing, after whatever came before it.
 *
 * @param source - The input's chunks: a file's read stream, standard input.
 * @param settings - The reference date and math mode.
 * @returns The events: each paper as it completes, each diagnostic before the next paper.
 * @example
 * for await (const event of parseSourceEvents(createReadStream('dump.txt'), { math: 'unicode' })) console.log(event.kind)
 * //=> 'paper', 'paper', 'diagnostic', 'paper', ...
 */
export async function* parseSourceEvents(
  source: AsyncIterable<string | Uint8Array>,
  settings: ParseSettings,
): AsyncGenerator<ParseEvent, void, undefined> {
  const diagnostics: Diagnostic[] = [];
  const onDiagnostic = (diagnostic: Diagnostic): void => {
    diagnostics.push(diagnostic);
  };
  try {
    for await (const paper of parsePaperStream(source, { ...settings, onDiagnostic })) {
      yield* takeDiagnostics(diagnostics);
      yield { kind: 'paper', paper };
    }
    yield* takeDiagnostics(diagnostics);
  } catch (error) {
    yield* takeDiagnostics(diagnostics);
    yield isSystemError(error)
      ? { kind: 'failure', code: 'read-failed', reason: describeFileError(error) }
      : { kind: 'failure', code: 'parse-failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The diagnostics collected so far as events; the list is emptied. */
function takeDiagnostics(diagnostics: Diagnostic[]): ParseEvent[] {
  return diagnostics.splice(0).map((diagnostic) => ({ kind: 'diagnostic', diagnostic }));
}
