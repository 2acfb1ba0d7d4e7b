import { describe, expect, test } from 'vitest';
import { parsePaperDump, ParseResultSchema } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** The JSON corpus files (corpus/json), read through parsePaperDump; figures checked against the files by hand. */
const DUMPS = [
  {
    file: 'json/api-daily-papers-2025-09-18.json',
    format: 'api-json',
    first: { arxivId: '2509.14033', upvotes: 20 },
    last: { arxivId: '2509.14142', upvotes: 0 },
    comments: [1, 1, 1, 1, 1, 1, 1, 1],
  },
  {
    file: 'json/api-daily-papers-2026-08-20.json',
    format: 'api-json',
    first: { arxivId: '2608.16590', upvotes: 92 },
    last: { arxivId: '2608.14229', upvotes: 0 },
    comments: [1, 1, 1, 1, 2, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1],
  },
] as const;

describe('papers API JSON', () => {
  test.each(DUMPS)('should read $file with the upvotes of its first and last papers and every comment count', ({ file, format, first, last, comments }) => {
    const result = parsePaperDump(readFixture(file));
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.format).toBe(format);
    expect(result.papers).toHaveLength(comments.length);
    expect(result.papers[0]).toMatchObject(first);
    expect(result.papers.at(-1)).toMatchObject(last);
    expect(result.papers.map((paper) => paper.comments)).toEqual(comments);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  test('should read the first paper of Aug 20 whole: its date from the paper, its links, stars and AI summary', () => {
    const paper = parsePaperDump(readFixture('json/api-daily-papers-2026-08-20.json')).papers[0];
    expect(paper).toMatchObject({
      title: 'Zetta ζ: An Efficient Closed-Loop Embodied Harness for Self-Evolving Physical Intelligence',
      publishedAt: '2026-08-17',
      yearInferred: false,
      authorCount: 15,
      organization: null,
      githubStars: 152,
      links: ['https://github.com/air-embodied-brain/Zetta-Embodiment', 'https://air-embodied-brain.github.io/zetta/'],
    });
    expect(paper?.aiSummary).toMatch(/^Zetta is a closed-loop embodied harness/);
    expect(paper?.abstract).toMatch(/^Embodied agents are increasingly used/);
  });

  test('should clean the math that the API stores damaged', () => {
    const papers = parsePaperDump(readFixture('json/api-daily-papers-2025-09-18.json')).papers;
    const hala = papers.find((paper) => paper.title.startsWith('Hala'));
    expect(hala?.raw.abstract).toContain('sim2times');
    expect(hala?.abstract).not.toContain('sim2times');
  });
});

describe('scraper JSON', () => {
  test('should read its 16 papers, its page date, and the upvotes of the first and last', () => {
    const result = parsePaperDump(readFixture('json/scraper-output-2024-09-18.json'));
    expect(result.format).toBe('scraper-json');
    expect(result.pageDate).toMatchObject({ text: '2024-09-18', date: '2024-09-18', yearInferred: false });
    expect(result.papers).toHaveLength(16);
    expect(result.papers[0]).toMatchObject({ title: 'OmniGen: Unified Image Generation', arxivId: '2409.11340', upvotes: 107, authorCount: 1 });
    expect(result.papers.at(-1)).toMatchObject({ title: 'PDMX: A Large-Scale Public Domain MusicXML Dataset for Symbolic Music Processing', upvotes: 4 });
    expect(result.papers.every((paper) => paper.publishedAt === null && paper.comments === null)).toBe(true);
  });
});
