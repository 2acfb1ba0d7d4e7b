import { makeDiagnostic } from '../diagnostic.js';
import type { Diagnostic, PageDate, RawField } from '../schema.js';
import { resolveDate, type YearContext } from './resolve-date.js';

/**
 * Give the page date line its year by the same rule as the cards' dates, with a diagnostic when
 * no year can be found or the day does not exist (docs/record.md#page-date).
 *
 * @param field - The page date line as found.
 * @param context - What a missing year may be inferred from.
 * @returns The page date, and the diagnostic or null.
 * @example
 * resolvePageDate({ text: 'Mar 6', line: 1, column: 1, offset: 0 }, { referenceDate: '2026-04-21' }).pageDate
 * //=> { text: 'Mar 6', date: '2026-03-06', yearInferred: true, line: 1 }
 */
export function resolvePageDate(field: RawField, context: YearContext): { pageDate: PageDate; diagnostic: Diagnostic | null } {
  const resolved = resolveDate(field.text, context);
  const pageDate = { text: field.text, date: resolved.date, yearInferred: resolved.yearInferred, line: field.line };
  switch (resolved.problem) {
    case 'year-unknown':
      return {
        pageDate,
        diagnostic: makeDiagnostic(
          'year-unknown',
          `The page date "${field.text}" has no year, and neither a reference date nor the dump's other dates imply one`,
          field,
        ),
      };
    case 'invalid-date':
      return { pageDate, diagnostic: makeDiagnostic('invalid-date', `The page date "${field.text}" names no calendar day`, field) };
    default:
      return { pageDate, diagnostic: null };
  }
}
