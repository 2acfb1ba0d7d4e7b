import { describe, expect, it } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { evidenceFreeObjectArbitrary, fc, jsonListLayoutArbitrary } from './arbitraries.js';

/** A list of objects written in a layout: a JSON array, wrapped in an object's member, or one object a line. */
const write = (objects: readonly Record<string, unknown>[], layout: 'array' | 'data' | 'papers' | 'items' | 'results' | 'lines'): string => {
  if (layout === 'lines') return objects.map((object) => JSON.stringify(object)).join('\n');
  const list = JSON.stringify(objects, null, 2);
  return layout === 'array' ? list : `{"${layout}": ${list}}`;
};

describe('JSON without paper evidence', () => {
  it('should give no record, no family and one unknown-format error for any list of objects without paper evidence', () => {
    fc.assert(
      fc.property(fc.array(evidenceFreeObjectArbitrary, { minLength: 1, maxLength: 12 }), jsonListLayoutArbitrary, (objects, layout) => {
        const result = parsePaperDump(write(objects, layout));
        expect(result.papers).toEqual([]);
        expect(result.format).toBeNull();
        expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.code)).toEqual([
          'unknown-format',
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
