import { describe, expect, test } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** The firecrawl capture of a search page (corpus/markdown), read by hand: every card, in order. */
const CARDS = [
  { title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering', arxivId: '2606.00683', upvotes: 101, comments: 6, authorCount: null, organization: { handle: 'occ-ai', name: 'OCC' }, publishedAt: '2026-05-29', yearInferred: true },
  { title: 'Benchmark Radar: A Living Database and Search Engine for AI Benchmarks and Evaluation', arxivId: '2609.11115', upvotes: 173, comments: 9, authorCount: null, organization: { handle: 'CarnegieMellonU', name: 'Carnegie Mellon University' }, publishedAt: '2026-09-09', yearInferred: true },
  { title: 'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research', arxivId: '2502.20581', upvotes: 0, comments: null, authorCount: 3, organization: null, publishedAt: '2025-02-27', yearInferred: false },
  { title: "Source or It Didn't Happen: A Multi-Agent Framework for Citation Hallucination Detection", arxivId: '2605.08583', upvotes: 1, comments: 1, authorCount: null, organization: { handle: 'umass', name: 'University of Massachusetts Amherst' }, publishedAt: '2026-05-08', yearInferred: true },
  { title: 'Sources of Truth: A Multi-Platform, Multilingual Audit of Citations in AI Mental Health Information Queries', arxivId: '2609.00319', upvotes: 0, comments: null, authorCount: 10, organization: null, publishedAt: '2026-08-30', yearInferred: true },
  { title: 'WebCiteS: Attributed Query-Focused Summarization on Chinese Web Search Results with Citations', arxivId: '2403.01774', upvotes: 0, comments: null, authorCount: 9, organization: null, publishedAt: '2024-03-03', yearInferred: false },
  { title: 'Search Engines in an AI Era: The False Promise of Factual and Verifiable Source-Cited Responses', arxivId: '2410.22349', upvotes: 0, comments: null, authorCount: 5, organization: null, publishedAt: '2024-10-14', yearInferred: false },
  { title: 'DeepTRACE: Auditing Deep Research AI Systems for Tracking Reliability Across Citations and Evidence', arxivId: '2509.04499', upvotes: 0, comments: null, authorCount: 6, organization: null, publishedAt: '2025-09-01', yearInferred: false },
];

describe('the firecrawl capture of a search page', () => {
  const result = parsePaperDump(readFixture('firecrawl-search-source-citations.md'));

  test('should read it as inline-link markdown with 8 papers, its page date, and no diagnostic', () => {
    expect(result.format).toBe('markdown');
    expect(result.papers).toHaveLength(CARDS.length);
    expect(result.pageDate).toEqual({ text: 'Oct 2', date: '2026-10-02', yearInferred: true, line: 28 });
    expect(result.diagnostics).toEqual([]);
  });

  test.each(CARDS.map((card, index) => ({ index, ...card })))('should read card $index: "$title"', ({ index, ...card }) => {
    expect(result.papers[index]).toMatchObject(card);
  });

  test('should take the abstract from the abstract link, with its hard wraps joined, and start at the upvote box', () => {
    const paper = result.papers[2];
    expect(paper?.abstract).toMatch(/^Academic citations are widely used for evaluating research and tracing knowledge flows\./);
    expect(paper?.abstract).toMatch(/reliance on citation quantity alone|rely on citation quantity alone/);
    expect(paper?.source).toEqual({ format: 'markdown', startLine: 54, endLine: 85 });
  });

  test('should keep the code link written in an abstract, without its final period', () => {
    expect(result.papers[3]?.links.every((link) => link.startsWith('https://') && !link.endsWith('.'))).toBe(true);
    expect(result.papers[3]?.links.length).toBeGreaterThan(0);
  });
});
