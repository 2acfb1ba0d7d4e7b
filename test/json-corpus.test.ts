import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/**
 * Each `json/<name>.expected.json` beside a corpus copy: the family, the page date, each paper's
 * fields other than its texts (read with `{ math: 'keep' }`), and the codes of its warnings and
 * errors.
 */
const PAIRS = readdirSync(fileURLToPath(new URL('./fixtures/json/', import.meta.url)))
  .filter((name) => name.endsWith('.expected.json'))
  .map((expected) => ({
    expected,
    capture: readdirSync(fileURLToPath(new URL('./fixtures/json/', import.meta.url))).find(
      (name) => name !== expected && name.startsWith(expected.slice(0, -'expected.json'.length)),
    ) as string,
  }));

describe('JSON captures and what they must give', () => {
  test('should hold a pair for the scraper array and for the JSON Lines capture', () => {
    expect(PAIRS.map((pair) => pair.capture).sort()).toEqual(['normalized-2026-02-24.jsonl', 'scraper-2025-12-09.json']);
  });

  test.each(PAIRS)('should read $capture as $expected says', ({ capture, expected }) => {
    const want = JSON.parse(readFixture(`json/${expected}`)) as { format: string; pageDate: unknown; papers: Record<string, unknown>[]; diagnostics: string[] };
    const result = parsePaperDump(readFixture(`json/${capture}`), { math: 'keep' });
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.format).toBe(want.format);
    expect(result.pageDate).toEqual(want.pageDate);
    const keys = Object.keys(want.papers[0] ?? {});
    expect(result.papers.map((paper) => Object.fromEntries(keys.map((key) => [key, (paper as unknown as Record<string, unknown>)[key]])))).toEqual(
      want.papers,
    );
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.code)).toEqual(want.diagnostics);
  });

  test('should take each JSON Lines abstract from its line, whitespace folded, and each paper one line', () => {
    const text = readFixture('json/normalized-2026-02-24.jsonl');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const result = parsePaperDump(text, { math: 'keep' });
    expect(result.papers.map((paper) => paper.abstract)).toEqual(
      lines.map((line) => (JSON.parse(line) as { abstract: string }).abstract.replace(/\s+/g, ' ').trim()),
    );
    expect(result.papers.map((paper) => [paper.source.startLine, paper.source.endLine])).toEqual(lines.map((_line, index) => [index + 1, index + 1]));
  });

  test('should read the scraper array from the nested details, with no abstract where details holds an empty one', () => {
    const result = parsePaperDump(readFixture('json/scraper-2025-12-09.json'), { math: 'keep' });
    const records = JSON.parse(readFixture('json/scraper-2025-12-09.json')) as { details: { abstract: string } }[];
    expect(result.papers.map((paper) => paper.abstract)).toEqual(
      records.map((record) => (record.details.abstract.trim() === '' ? null : record.details.abstract.replace(/\s+/g, ' ').trim())),
    );
  });
});
