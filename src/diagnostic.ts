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
