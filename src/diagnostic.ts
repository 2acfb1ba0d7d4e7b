import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
import type { Diagnostic } from './schema.js';

/**
 * Make a diagnostic of a known code at a position, with the code's own severity.
 *
 * @param code - A code from `DIAGNOSTIC_CODES`.
 * @param message - What happened, for a person.
 * @param at - Where: 1-based line and column, 0-based offset.
 * @returns The diagnostic.
 * @example
 * makeDiagnostic('no-papers', 'No paper card found', { line: 1, column: 1, offset: 0 }).severity
 * //=> 'info'
 */
export function makeDiagnostic(
  code: DiagnosticCode,
  message: string,
  at: { line: number; column: number; offset: number },
): Diagnostic {
  return {
    severity: DIAGNOSTIC_CODES[code].severity,
    code,
    message,
    line: at.line,
    column: at.column,
    offset: at.offset,
  };
}

/**
 * Put diagnostics in input order: by line, then column. The array is sorted in place and returned.
 *
 * @param diagnostics - Diagnostics made by this library, in any order.
 * @returns The same array, sorted.
 * @example
 * const later = makeDiagnostic('invalid-date', 'b', { line: 9, column: 1, offset: 80 });
 * const earlier = makeDiagnostic('invalid-date', 'a', { line: 2, column: 4, offset: 12 });
 * sortDiagnostics([later, earlier]).map((diagnostic) => diagnostic.line)
 * //=> [2, 9]
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
