import type { Diagnostic, Paper } from '../index.js';

/** Why an input ended early: `read-failed`, it could not be read; `parse-failed`, the parser itself failed (a bug). */
export type FailureCode = 'read-failed' | 'parse-failed';

/**
 * What parsing one input gives, in input order: a paper; papers already written as records of
 * the output format (`count` records joined by `joinRecords`); a diagnostic; or a failure that
 * ended the input early. A worker thread sends its file's events back as one list.
 */
export type ParseEvent =
  | { kind: 'paper'; paper: Paper }
  | { kind: 'records'; records: string; count: number }
  | { kind: 'diagnostic'; diagnostic: Diagnostic }
  | { kind: 'failure'; code: FailureCode; reason: string };

/** Where the diagnostics and the failure of an input go as soon as they are known. */
export interface ProblemListeners {
  onDiagnostic: (diagnostic: Diagnostic) => void;
  onFailure: (code: FailureCode, reason: string) => void;
}

/** A paper and the name of the input it came from (a path, or `<stdin>`). */
export interface InputPaper {
  paper: Paper;
  file: string;
}

/** What `parseInputs` gives: papers with their input's name, or records ready to write. */
export type OutputItem = ({ kind: 'paper' } & InputPaper) | { kind: 'records'; records: string; count: number };
