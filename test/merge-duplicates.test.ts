import { describe, expect, test } from 'vitest';
import { mergeDuplicatePapers } from '../src/normalize/merge-duplicates.js';
import { PaperSchema, type Paper } from '../src/schema.js';

/** A valid paper with every optional field empty, at lines `startLine` to `startLine + 3`. */
const makePaper = (overrides: Partial<Paper> & { startLine?: number } = {}): Paper => {
  const { startLine = 1, ...fields } = overrides;
  const title = fields.title ?? 'Scaling Laws for Neural Language Models';
  const abstract = fields.abstract === undefined ? 'We study scaling laws. They hold.' : fields.abstract;
  return {
    title,
    abstract,
    authorCount: null,
    organization: null,
    publishedAt: null,
    yearInferred: false,
    upvotes: null,
    comments: null,
    arxivId: null,
    links: [],
    githubStars: null,
    aiSummary: null,
    authors: null,
    raw: { title, abstract },
    source: { format: 'daily', startLine, endLine: startLine + 3 },
    ...fields,
  };
};

/** Freeze a value and everything in it, so that any mutation throws. */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
};

describe('which papers are the same', () => {
  test.each([
    {
      name: 'the same arXiv id under different titles',
      first: { arxivId: '2509.14033', title: 'SAIL-VL2 Technical Report' },
      later: { arxivId: '2509.14033', title: 'SAIL-VL2: Technical Report (v2)' },
    },
    {
      name: 'the same arXiv id with a version suffix',
      first: { arxivId: '2509.14033' },
      later: { arxivId: '2509.14033v2' },
    },
    {
      name: 'the same title when the later copy has no id',
      first: { arxivId: '2509.14033', title: 'SAIL-VL2 Technical Report' },
      later: { title: 'sail-vl2:  technical\nreport.' },
    },
    {
      name: 'the same title when the first copy has no id',
      first: { title: 'Zetta ζ: An Efficient Harness' },
      later: { arxivId: '2608.16590', title: 'ZETTA ζ — an efficient harness' },
    },
    {
      name: 'the same title when neither has an id',
      first: { title: 'Pre-training under infinite compute' },
      later: { title: 'Pre-Training Under Infinite Compute' },
    },
    {
      name: 'the same title in compatibility forms (full-width letters, NBSP)',
      first: { title: 'ＧＰＴ Scaling' },
      later: { title: 'GPT\u00a0scaling' },
    },
  ])('should merge two cards with $name', ({ first, later }) => {
    const { papers, diagnostics } = mergeDuplicatePapers([makePaper(first), makePaper({ ...later, startLine: 20 })]);
    expect(papers).toHaveLength(1);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['duplicate-card']);
  });

  test.each([
    {
      name: 'different titles and no ids',
      first: { title: 'Scaling Laws for Neural Language Models' },
      later: { title: 'Scaling Laws for Neural Machine Translation' },
    },
    {
      name: 'the same title and different arXiv ids',
      first: { arxivId: '2509.14033', title: 'Technical Report' },
      later: { arxivId: '2509.14142', title: 'Technical Report' },
    },
    {
      name: 'different arXiv ids and different titles',
      first: { arxivId: '2509.14033', title: 'A' },
      later: { arxivId: '2509.14232', title: 'B' },
    },
    {
      name: 'titles that differ by a digit',
      first: { title: 'Llama 2: Open Foundation Models' },
      later: { title: 'Llama 3: Open Foundation Models' },
    },
  ])('should keep two cards with $name apart', ({ first, later }) => {
    const input = [makePaper(first), makePaper({ ...later, startLine: 20 })];
    const { papers, diagnostics } = mergeDuplicatePapers(input);
    expect(papers).toEqual(input);
    expect(diagnostics).toEqual([]);
  });

  test('should send a later copy without an id to the first of two papers with different ids that share its title', () => {
    const { papers } = mergeDuplicatePapers([
      makePaper({ arxivId: '2509.00001', title: 'Report', startLine: 1 }),
      makePaper({ arxivId: '2509.00002', title: 'Report', startLine: 10 }),
      makePaper({ title: 'Report', upvotes: 7, startLine: 20 }),
    ]);
    expect(papers.map((paper) => [paper.arxivId, paper.upvotes])).toEqual([
      ['2509.00001', 7],
      ['2509.00002', null],
    ]);
  });

  test('should find a group by the id a later copy brought, and by a later copy\'s title', () => {
    const { papers, diagnostics } = mergeDuplicatePapers([
      makePaper({ title: 'First Title', startLine: 1 }),
      makePaper({ title: 'First Title', arxivId: '2509.00001', startLine: 10 }),
      makePaper({ title: 'Renamed Title', arxivId: '2509.00001', startLine: 20 }),
      makePaper({ title: 'Renamed title.', startLine: 30 }),
      makePaper({ title: 'First Title', arxivId: '2509.00002', startLine: 40 }),
    ]);
    expect(papers.map((paper) => [paper.title, paper.arxivId, paper.source.startLine])).toEqual([
      ['First Title', '2509.00001', 1],
      ['First Title', '2509.00002', 40],
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([10, 20, 30]);
  });
});

describe('the merged record', () => {
  test('should keep the first copy\'s position among the other papers', () => {
    const { papers } = mergeDuplicatePapers([
      makePaper({ title: 'A', arxivId: '2509.00001', startLine: 1 }),
      makePaper({ title: 'B', startLine: 10 }),
      makePaper({ title: 'A again', arxivId: '2509.00001', startLine: 20 }),
      makePaper({ title: 'C', startLine: 30 }),
    ]);
    expect(papers.map((paper) => paper.title)).toEqual(['A', 'B', 'C']);
  });

  test.each([
    {
      name: 'the later abstract, with its raw text, when the first has none',
      first: { abstract: null, aiSummary: 'An AI summary.' },
      later: { abstract: 'A  later abstract.', raw: { title: 'x', abstract: 'A\n later abstract.' } },
      expected: { abstract: 'A  later abstract.', raw: { title: 'Scaling Laws for Neural Language Models', abstract: 'A\n later abstract.' }, aiSummary: 'An AI summary.' },
    },
    {
      name: 'the first abstract when both have one',
      first: { abstract: 'First abstract.' },
      later: { abstract: 'Later abstract.' },
      expected: { abstract: 'First abstract.', raw: { title: 'Scaling Laws for Neural Language Models', abstract: 'First abstract.' } },
    },
    {
      name: 'every field the first copy lacks',
      first: { arxivId: null },
      later: { authorCount: 4, organization: { handle: 'facebook', name: 'AI at Meta' }, arxivId: '2509.14033', aiSummary: 'Summary.' },
      expected: { authorCount: 4, organization: { handle: 'facebook', name: 'AI at Meta' }, arxivId: '2509.14033', aiSummary: 'Summary.' },
    },
    {
      name: 'the first copy\'s fields when both have them',
      first: { authorCount: 3, organization: { handle: 'a', name: 'A' }, aiSummary: 'First.' },
      later: { authorCount: 4, organization: { handle: 'b', name: 'B' }, aiSummary: 'Later.' },
      expected: { authorCount: 3, organization: { handle: 'a', name: 'A' }, aiSummary: 'First.' },
    },
    {
      name: 'the larger counts, a missing count giving way',
      first: { upvotes: 5, comments: null, githubStars: 11300 },
      later: { upvotes: 92, comments: 2, githubStars: 152 },
      expected: { upvotes: 92, comments: 2, githubStars: 11300 },
    },
    {
      name: 'a zero count over a missing one',
      first: { upvotes: null },
      later: { upvotes: 0 },
      expected: { upvotes: 0 },
    },
    {
      name: 'the union of the links, in order',
      first: { links: ['https://github.com/a/b', 'https://a.github.io'] },
      later: { links: ['https://a.github.io', 'https://github.com/c/d'] },
      expected: { links: ['https://github.com/a/b', 'https://a.github.io', 'https://github.com/c/d'] },
    },
    {
      name: 'the later date when the first has none',
      first: {},
      later: { publishedAt: '2026-03-06', yearInferred: true },
      expected: { publishedAt: '2026-03-06', yearInferred: true },
    },
    {
      name: 'the later date when its year is written and the first one\'s is inferred',
      first: { publishedAt: '2026-09-18', yearInferred: true },
      later: { publishedAt: '2025-09-18', yearInferred: false },
      expected: { publishedAt: '2025-09-18', yearInferred: false },
    },
    {
      name: 'the first date when both years are written',
      first: { publishedAt: '2025-09-17', yearInferred: false },
      later: { publishedAt: '2025-09-18', yearInferred: false },
      expected: { publishedAt: '2025-09-17', yearInferred: false },
    },
    {
      name: 'the first date when both years are inferred',
      first: { publishedAt: '2026-09-17', yearInferred: true },
      later: { publishedAt: '2026-09-18', yearInferred: true },
      expected: { publishedAt: '2026-09-17', yearInferred: true },
    },
    {
      name: 'the first format, spanning from the first start line to the last end line',
      first: { source: { format: 'markdown', startLine: 5, endLine: 9 } },
      later: { source: { format: 'trending', startLine: 40, endLine: 44 } },
      expected: { source: { format: 'markdown', startLine: 5, endLine: 44 } },
    },
  ] as { name: string; first: Partial<Paper>; later: Partial<Paper>; expected: Partial<Paper> }[])(
    'should keep $name',
    ({ first, later, expected }) => {
      const { papers } = mergeDuplicatePapers([
        makePaper({ arxivId: '2509.14033', ...first }),
        makePaper({ startLine: 40, ...later }),
      ]);
      expect(papers).toHaveLength(1);
      expect(papers[0]).toMatchObject(expected);
      expect(PaperSchema.safeParse(papers[0]).success).toBe(true);
    },
  );

  test('should keep the first copy\'s title and raw title', () => {
    const { papers } = mergeDuplicatePapers([
      makePaper({ arxivId: '2509.14033', title: 'First', raw: { title: 'First\n', abstract: 'a' } }),
      makePaper({ arxivId: '2509.14033', title: 'Later', startLine: 40 }),
    ]);
    expect([papers[0]?.title, papers[0]?.raw.title]).toEqual(['First', 'First\n']);
  });

  test('should fold three copies into one, each count the largest', () => {
    const { papers, diagnostics } = mergeDuplicatePapers([
      makePaper({ arxivId: '2509.14033', upvotes: 1, startLine: 1 }),
      makePaper({ arxivId: '2509.14033', upvotes: 30, comments: 1, startLine: 10 }),
      makePaper({ arxivId: '2509.14033', upvotes: 2, comments: 4, startLine: 20 }),
    ]);
    expect(papers.map(({ upvotes, comments, source }) => ({ upvotes, comments, source }))).toEqual([
      { upvotes: 30, comments: 4, source: { format: 'daily', startLine: 1, endLine: 23 } },
    ]);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([10, 20]);
  });
});

describe('duplicate-card diagnostics', () => {
  test.each([
    {
      name: 'an id',
      later: { arxivId: '2509.14033', title: 'SAIL-VL2 Technical Report' },
      message: 'The card "SAIL-VL2 Technical Report" at line 40 has the same arXiv id 2509.14033 as the card at line 3; it is merged into that one',
    },
    {
      name: 'a title',
      later: { title: 'SAIL-VL2: technical report' },
      message: 'The card "SAIL-VL2: technical report" at line 40 has the same title as the card at line 3; it is merged into that one',
    },
  ])('should name the later card, its line and the first card\'s line for a match by $name', ({ later, message }) => {
    const { diagnostics } = mergeDuplicatePapers([
      makePaper({ arxivId: '2509.14033', title: 'SAIL-VL2 Technical Report', startLine: 3 }),
      makePaper({ ...later, startLine: 40 }),
    ]);
    expect(diagnostics).toEqual([{ severity: 'info', code: 'duplicate-card', message, line: 40, column: 1, offset: 0 }]);
  });

  test('should cut a long title in the message', () => {
    const title = `${'Very long title '.repeat(10)}end`;
    const { diagnostics } = mergeDuplicatePapers([makePaper({ title }), makePaper({ title, startLine: 9 })]);
    expect(diagnostics[0]?.message).toContain(`"${title.slice(0, 57)}..."`);
  });
});

describe('purity and size', () => {
  test('should not change the input papers, pass a paper without copies through, and make each merged paper anew', () => {
    const input = deepFreeze([
      makePaper({ arxivId: '2509.14033', abstract: null, links: ['https://a.io'] }),
      makePaper({ title: 'Other' }),
      makePaper({ arxivId: '2509.14033', organization: { handle: 'h', name: 'N' }, links: ['https://b.io'], startLine: 40 }),
    ]);
    const copy = structuredClone(input);
    const { papers } = mergeDuplicatePapers(input);
    expect(input).toEqual(copy);
    expect(papers[1]).toBe(input[1]);
    const merged = papers[0] as Paper;
    for (const original of input) {
      expect(merged).not.toBe(original);
      expect(merged.links).not.toBe(original.links);
      expect(merged.raw).not.toBe(original.raw);
      expect(merged.source).not.toBe(original.source);
      if (merged.organization !== null) expect(merged.organization).not.toBe(original.organization);
    }
  });

  test('should return an empty result for no papers', () => {
    expect(mergeDuplicatePapers([])).toEqual({ papers: [], diagnostics: [], firstCopies: [] });
  });

  test('should tell where the first copy of each merged paper stands in the input', () => {
    const input = [
      makePaper({ title: 'Alpha', startLine: 1 }),
      makePaper({ title: 'Beta', startLine: 5 }),
      makePaper({ title: 'alpha', startLine: 9 }),
      makePaper({ title: 'Gamma', startLine: 13 }),
      makePaper({ title: 'BETA', startLine: 17 }),
    ];
    const { papers, firstCopies } = mergeDuplicatePapers(input, 'across-dumps');
    expect(papers.map((paper) => paper.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(firstCopies).toEqual([0, 1, 3]);
  });

  test('should merge many copies of one paper, each with its own link, into one with every link and one diagnostic per later copy', () => {
    const copies = 1_000;
    const input = Array.from({ length: copies }, (_, index) =>
      makePaper({ arxivId: '2509.14033', links: [`https://example.com/${index}`], upvotes: index, startLine: index * 4 + 1 }),
    );
    const { papers, diagnostics } = mergeDuplicatePapers(input);
    expect(papers).toHaveLength(1);
    expect([...(papers[0]?.links ?? [])].sort()).toEqual(input.flatMap((paper) => paper.links).sort());
    expect(papers[0]?.upvotes).toBe(copies - 1);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(Array<string>(copies - 1).fill('duplicate-card'));
  });

  test('should keep many different papers apart', () => {
    const input = Array.from({ length: 1_000 }, (_, index) => makePaper({ title: `Paper number ${index}`, startLine: index * 4 + 1 }));
    const { papers, diagnostics } = mergeDuplicatePapers(input);
    expect(papers).toEqual(input);
    expect(diagnostics).toEqual([]);
  });
});
