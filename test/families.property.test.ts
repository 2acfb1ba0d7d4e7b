import { describe, expect, it } from 'vitest';
import { parsePaperDump, ParseResultSchema, type Paper, type ParseResult } from '../src/index.js';
import { familyStyleArbitrary, fc, richPapersArbitrary, type RichPaper } from './arbitraries.js';
import { expectedPaper, FAMILIES, predictableFields, printFamily, REFERENCE_DATE } from './print-families.js';

/**
 * The four laws of a family run on the same generated dumps (every run takes the one global
 * seed that test/setup.ts configures), and each dump is parsed once: the file stays fast.
 */
const RUNS = { numRuns: 100 };
const parsed = new Map<string, ParseResult>();

const parse = (text: string): ParseResult => {
  let result = parsed.get(text);
  if (result === undefined) {
    result = parsePaperDump(text, { math: 'keep', referenceDate: REFERENCE_DATE });
    parsed.set(text, result);
  }
  return result;
};

/** Warnings and errors (an info such as the `duplicate-card` of a trending page, every card twice, is fine). */
const warningsAndErrors = (result: ParseResult) => result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');

/**
 * The same papers with every yearless date's arXiv id moved to that date's month of the reference
 * year: then the id (markdown) and the reference date (plain text) imply the same year.
 */
const alignIdsWithReferenceYear = (papers: RichPaper[]): RichPaper[] =>
  papers.map((paper) =>
    paper.footer.date.year !== null
      ? paper
      : { ...paper, arxivId: `${REFERENCE_DATE.slice(2, 4)}${String(paper.footer.date.month).padStart(2, '0')}${paper.arxivId.slice(4)}` },
  );

/** A paper without what only one of plain daily text and inline markdown carries. */
const sharedFields = (paper: Paper) => {
  const { upvotes: _upvotes, arxivId: _arxivId, links: _links, githubStars: _githubStars, aiSummary: _aiSummary, source: _source, ...rest } =
    paper;
  return rest;
};

describe('print then parse, in every capture family', () => {
  it.each(FAMILIES)('should give back every paper printed as %s, in order, with the fields that family carries', (family) => {
    fc.assert(
      fc.property(richPapersArbitrary, familyStyleArbitrary, (papers, style) => {
        const result = parse(printFamily(papers, family, style));
        expect(result.papers.map(predictableFields)).toEqual(papers.map((paper) => expectedPaper(paper, family, style)));
      }),
      RUNS,
    );
  });

  it.each(FAMILIES)('should name the family %s in result.format and in every paper source', (family) => {
    fc.assert(
      fc.property(richPapersArbitrary, familyStyleArbitrary, (papers, style) => {
        const result = parse(printFamily(papers, family, style));
        expect(result.format).toBe(family);
        expect(result.papers.map((paper) => paper.source.format)).toEqual(papers.map(() => family));
      }),
      RUNS,
    );
  });

  it.each(FAMILIES)('should give no warning or error diagnostic for a well-formed %s capture', (family) => {
    fc.assert(
      fc.property(richPapersArbitrary, familyStyleArbitrary, (papers, style) => {
        expect(warningsAndErrors(parse(printFamily(papers, family, style)))).toEqual([]);
      }),
      RUNS,
    );
  });

  it.each(FAMILIES)('should give a result that passes ParseResultSchema for a %s capture', (family) => {
    fc.assert(
      fc.property(richPapersArbitrary, familyStyleArbitrary, (papers, style) => {
        const result = parse(printFamily(papers, family, style));
        expect(ParseResultSchema.safeParse(result).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('cross-family agreement', () => {
  it('should give equal records from plain daily text and inline markdown, apart from what only one of them carries', () => {
    fc.assert(
      fc.property(richPapersArbitrary.map(alignIdsWithReferenceYear), familyStyleArbitrary, (papers, style) => {
        const daily = parse(printFamily(papers, 'daily', style)).papers.map(sharedFields);
        const markdown = parse(printFamily(papers, 'markdown', style)).papers.map(sharedFields);
        expect(markdown).toEqual(daily);
        expect(markdown.length).toBe(papers.length);
      }),
      { numRuns: 100 },
    );
  });
});
