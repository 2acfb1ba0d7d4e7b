import { describe, expect, it } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { everydayProseArbitrary, fc } from './arbitraries.js';

describe('text that is no listing', () => {
  it('should give no records and one unknown-format error for any text of English prose lines', () => {
    fc.assert(
      fc.property(everydayProseArbitrary, (text) => {
        const result = parsePaperDump(text);
        expect(result.papers).toEqual([]);
        expect(result.format).toBeNull();
        expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'unknown-format' }]);
      }),
      { numRuns: 300 },
    );
  });
});
