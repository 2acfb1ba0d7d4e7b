import { describe, expect, it } from 'vitest';
import { parsePaperDump, ParseResultSchema } from '../src/index.js';
import { fc, papersArbitrary, plainFormatArbitrary } from './arbitraries.js';
import { expectedFields, parsedFields, printDump } from './print-dump.js';

const REFERENCE_DATE = '2026-12-31';

/** Lines that look like parts of a dump, to make random text that reaches deep into the parser. */
const dumpishLine = fc.oneof(
  fc.constantFrom('', '·', '  • 3 authors', '1 author', 'Mar 6', 'Sep 18, 2025 3', 'Feb 30', 'Subscribe', 'SubscribeA Title', 'new', 'Daily Papers', '---', 'Title: x', 'URL Source: y'),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
);

describe('parsePaperDump on any input', () => {
  it('should never throw on any string, and its result should pass ParseResultSchema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(dumpishLine).map((lines) => lines.join('\n'))), (text) => {
        const result = parsePaperDump(text);
        expect(ParseResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('print then parse', () => {
  it('should give back every printed paper, in order, from each plain-text family (a daily page without footers reads as a listing)', () => {
    fc.assert(
      fc.property(papersArbitrary, plainFormatArbitrary, (papers, format) => {
        const result = parsePaperDump(printDump(papers, { format }), { referenceDate: REFERENCE_DATE });
        const hasFooter = papers.some((paper) => paper.footer !== null);
        expect(result.format).toBe(format === 'daily' && !hasFooter ? 'listing' : format);
        expect(result.papers.map(parsedFields)).toEqual(papers.map((paper) => expectedFields(paper, format, 2026)));
      }),
      { numRuns: 300 },
    );
  });

  it('should give back every printed paper when titles and abstracts are hard-wrapped at a fixed column', () => {
    fc.assert(
      fc.property(
        papersArbitrary,
        fc.constantFrom('daily' as const, 'listing' as const),
        fc.integer({ min: 60, max: 120 }),
        (papers, format, wrapAt) => {
          const result = parsePaperDump(printDump(papers, { format, wrapAt }), { referenceDate: REFERENCE_DATE });
          expect(result.papers.map(parsedFields)).toEqual(papers.map((paper) => expectedFields(paper, format, 2026)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('one lost line', () => {
  it('should change at most the two cards around a deleted line', () => {
    fc.assert(
      fc.property(
        papersArbitrary,
        plainFormatArbitrary,
        fc.constantFrom(0, 72, 90),
        fc.nat(),
        (papers, format, wrapAt, seed) => {
          const lines = printDump(papers, { format, wrapAt: format === 'search' ? 0 : wrapAt }).split('\n');
          const deleted = seed % lines.length;
          const damaged = [...lines.slice(0, deleted), ...lines.slice(deleted + 1)].join('\n');
          const expected = papers.map((paper) => JSON.stringify(expectedFields(paper, format, 2026)));
          const actual = parsePaperDump(damaged, { referenceDate: REFERENCE_DATE }).papers.map((paper) =>
            JSON.stringify(parsedFields(paper)),
          );
          const lost = expected.filter((paper) => !actual.includes(paper));
          const invented = actual.filter((paper) => !expected.includes(paper));
          expect(lost.length).toBeLessThanOrEqual(2);
          expect(invented.length).toBeLessThanOrEqual(2);
        },
      ),
      { numRuns: 500 },
    );
  });
});
