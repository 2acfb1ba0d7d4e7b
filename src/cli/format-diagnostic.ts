import type { Diagnostic } from '../index.js';

/**
 * One diagnostic as a line of the command's error output, in the `file:line:column:` form that
 * editors and terminals link to the place.
 *
 * @param file - The input's name: its path, or `<stdin>`.
 * @param diagnostic - The diagnostic.
 * @returns `<file>:<line>:<column>: <severity> <code>: <message>`, without a line break.
 * @example
 * formatDiagnostic('dump.txt', { severity: 'warning', code: 'year-unknown', message: 'No year for "Mar 6".', line: 12, column: 1, offset: 300 })
 * //=> 'dump.txt:12:1: warning year-unknown: No year for "Mar 6".'
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/**
 * A failure to read or parse a whole input as a line of the command's error output.
 *
 * @param file - The input's name: its path, or `<stdin>`.
 * @param code - `read-failed` or `parse-failed`.
 * @param reason - What went wrong.
 * @returns `<file>: error <code>: <reason>`, without a line break.
 * @example
 * formatFailure('missing.txt', 'read-failed', 'ENOENT: no such file or directory')
 * //=> 'missing.txt: error read-failed: ENOENT: no such file or directory'
 */
export function formatFailure(file: string, code: string, reason: string): string {
  return `${file}: error ${code}: ${reason}`;
}
