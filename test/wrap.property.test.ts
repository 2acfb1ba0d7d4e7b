import { describe, expect, it } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { fc, wrappedDumpArbitrary } from './arbitraries.js';
import { printDump, wrapText } from './print-dump.js';
import { foldText, wrapMarkdown } from './wrap-text.js';
import { expectedPaper, printFamily, REFERENCE_DATE } from './print-families.js';
import { familyStyleArbitrary, papersArbitrary, richPapersArbitrary } from './arbitraries.js';

const OPTIONS = { referenceDate: REFERENCE_DATE, math: 'keep' } as const;

/** The fields a wrap must not change. */
const fieldsOf = (text: string) =>
  parsePaperDump(text, OPTIONS).papers.map(({ title, abstract, authorCount, organization, publishedAt, comments }) => ({
    title,
    abstract,
    authorCount,
    organization,
    publishedAt,
    comments,
  }));

describe('hard-wrapping a printed dump', () => {
  it('should give the same records from a daily or listing dump hard-wrapped at any width from 40 columns', () => {
    fc.assert(
      fc.property(wrappedDumpArbitrary, ({ papers, format, width }) => {
        const text = printDump(papers, { format });
        const wrapped = text
          .split('\n')
          .map((line) => wrapText(line, width))
          .join('\n');
        expect(fieldsOf(wrapped)).toEqual(fieldsOf(text));
      }),
      { numRuns: 150 },
    );
  });

  it('should give the same records from a search dump folded as `fold -s` folds it, at any width from 60 columns (its page chrome then stays on one line)', () => {
    fc.assert(
      fc.property(papersArbitrary, fc.integer({ min: 60, max: 120 }), (papers, width) => {
        const text = printDump(papers, { format: 'search' });
        expect(fieldsOf(foldText(text, width))).toEqual(fieldsOf(text));
      }),
      { numRuns: 150 },
    );
  });

  it('should give the same records from inline markdown wrapped with hard line breaks at any width from 40 columns', () => {
    fc.assert(
      fc.property(richPapersArbitrary, familyStyleArbitrary, fc.integer({ min: 40, max: 120 }), (papers, style, width) => {
        const text = printFamily(papers, 'markdown', style);
        const parsed = parsePaperDump(wrapMarkdown(text, width), OPTIONS);
        expect(parsed.papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual(
          papers.map((paper) => {
            const { title, abstract } = expectedPaper(paper, 'markdown', style);
            return { title, abstract };
          }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
