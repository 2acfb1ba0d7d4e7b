import type { Diagnostic, Paper } from '../index.js';

/**
 * What parsing one input gives, piece by piece, in input order: a paper, a diagnostic, or a
 * failure that ended the input early (`read-failed`: it could not be read; `parse-failed`: the
 * parser itself failed, a bug).
 */
export type ParseEvent =
  | { kind: 'paper'; paper: Paper }
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  | { kind: 'failure'; code: 'read-failed' | 'parse-failed'; reason: string };

/** A `ParseEvent` and the name of the input it comes from (a path, or `<stdin>`). */
export type InputEvent = ParseEvent & { file: string };
