import { describe, expect, test } from 'vitest';
import { parsePaperDump, ParseResultSchema, type Paper } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/**
 * Every corpus capture: its family, page date, record count (counted by hand in the text), and
 * the diagnostics it must give: the EditReward abstract of Oct 31 uses two author macros
 * (`\mname`, `\benchname`); the listing of Mar 11 writes no year anywhere, so without a
 * reference date its page date's year is unknown.
 */
const CAPTURES = [
  { file: '000_055f216e977f1c87.txt', format: 'daily', pageDate: 'Apr 20', papers: 34, diagnostics: [] },
  { file: '001_71592d889472a176.txt', format: 'daily', pageDate: 'Oct 31', papers: 89, diagnostics: ['unknown-macro', 'unknown-macro'] },
  { file: '002_ad3ed8a1ed9d81af.txt', format: 'search', pageDate: null, papers: 193, diagnostics: [] },
  { file: '003_8484e09dc279088b.txt', format: 'search', pageDate: null, papers: 298, diagnostics: [] },
  { file: '004_532eaede1c8b74eb.txt', format: 'listing', pageDate: 'Mar 11', papers: 64, diagnostics: ['year-unknown'] },
] as const;

const parseFixture = (file: string) => parsePaperDump(readFixture(file));

const findPaper = (papers: readonly Paper[], titleStart: string): Paper => {
  const paper = papers.find((candidate) => candidate.title.startsWith(titleStart));
  if (paper === undefined) throw new Error(`no paper titled "${titleStart}..."`);
  return paper;
};

describe('every corpus capture', () => {
  test.each(CAPTURES)('should read $file as $format with $papers papers and the diagnostics $diagnostics', ({ file, format, pageDate, papers, diagnostics }) => {
    const result = parseFixture(file);
    expect(result.format).toBe(format);
    expect(result.pageDate?.text ?? null).toBe(pageDate);
    expect(result.papers).toHaveLength(papers);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(diagnostics);
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
  });

  test.each(CAPTURES)('should give every paper of $file a title and an abstract', ({ file }) => {
    for (const paper of parseFixture(file).papers) {
      expect(paper.title.length).toBeGreaterThan(3);
      expect(paper.abstract?.length ?? 0).toBeGreaterThan(100);
    }
  });
});

describe('the daily capture of Apr 20 (000)', () => {
  const { papers, pageDate } = parseFixture('000_055f216e977f1c87.txt');

  test('should read the page date and give it the year after the latest written one', () => {
    expect(pageDate).toEqual({ text: 'Apr 20', date: '2026-04-20', yearInferred: true, line: 11 });
  });

  test.each([
    { title: 'Pre-training under infinite compute', authorCount: 4, organization: null, publishedAt: '2025-09-18', yearInferred: false, comments: null },
    { title: 'The Art of Scaling Reinforcement Learning Compute for LLMs', authorCount: null, organization: { handle: 'facebook', name: 'AI at Meta' }, publishedAt: '2025-10-15', yearInferred: false, comments: 2 },
    { title: 'From Logistic Regression to the Perceptron Algorithm', authorCount: 1, organization: null, publishedAt: '2024-12-11', yearInferred: false, comments: null },
    { title: 'NoLoCo: No-all-reduce Low Communication Training Method', authorCount: null, organization: { handle: 'Gensyn', name: 'Gensyn' }, publishedAt: '2025-06-12', yearInferred: false, comments: 2 },
    { title: 'Parallel Scaling Law for Language Models', authorCount: 8, organization: null, publishedAt: '2025-05-15', yearInferred: false, comments: 3 },
    { title: 'Improved high-dimensional estimation with Langevin dynamics', authorCount: 3, organization: null, publishedAt: '2026-03-06', yearInferred: true, comments: null },
    { title: 'FlashKAT: Understanding and Addressing Performance Bottlenecks', authorCount: 2, organization: null, publishedAt: '2025-05-19', yearInferred: false, comments: null },
  ])('should read the footer of "$title"', ({ title, ...footer }) => {
    const paper = findPaper(papers, title);
    expect({
      authorCount: paper.authorCount,
      organization: paper.organization,
      publishedAt: paper.publishedAt,
      yearInferred: paper.yearInferred,
      comments: paper.comments,
    }).toEqual(footer);
  });

  test('should place the first card at its lines', () => {
    expect(papers[0]?.source).toEqual({ format: 'daily', startLine: 13, endLine: 19 });
    expect(papers[0]?.abstract).toMatch(/^Since compute grows much faster than web text available/);
  });
});

describe('the daily capture of Oct 31 (001)', () => {
  const { papers, pageDate } = parseFixture('001_71592d889472a176.txt');

  test('should infer the year 2025 from the latest written year, 2024', () => {
    expect(pageDate?.date).toBe('2025-10-31');
    expect(papers[0]).toMatchObject({ publishedAt: '2025-03-24', yearInferred: true, comments: 4, authorCount: 9 });
  });

  test('should take the reference date over the written years when one is given', () => {
    const result = parsePaperDump(readFixture('001_71592d889472a176.txt'), { referenceDate: '2026-11-02' });
    expect(result.pageDate?.date).toBe('2026-10-31');
    expect(result.papers[0]?.publishedAt).toBe('2026-03-24');
  });

  test.each([
    { title: 'EditReward: A Human-Aligned Reward Model', organization: { handle: 'TIGER-Lab', name: 'TIGER-Lab' }, publishedAt: '2025-09-30', comments: 3 },
    { title: 'A Theoretical Study on Bridging Internal Probability', organization: { handle: 'LAMDA-NeSy', name: 'NJU-IRP' }, publishedAt: '2025-10-17', comments: 6 },
    { title: 'TensorBLEU: Vectorized GPU-based BLEU Score', organization: { handle: 'ReactiveAI', name: 'Reactive AI' }, publishedAt: '2025-10-06', comments: 2 },
  ])('should read the organization footer of "$title"', ({ title, ...footer }) => {
    expect(findPaper(papers, title)).toMatchObject({ ...footer, authorCount: null, yearInferred: true });
  });

  test('should report the author macros of the EditReward abstract and name the title as their likely expansion', () => {
    const diagnostics = parseFixture('001_71592d889472a176.txt').diagnostics;
    expect(diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'unknown-macro', line: 99 },
      { code: 'unknown-macro', line: 99 },
    ]);
    expect(diagnostics[0]?.message).toBe('Unknown LaTeX macro `\\mname` kept as "mname"; the title suggests it stands for "EditReward".');
    expect(findPaper(parseFixture('001_71592d889472a176.txt').papers, 'EditReward').abstract).toContain('we built mname, trained');
  });

  test('should keep the cards that show no footer, with null footer fields', () => {
    const paper = findPaper(papers, 'Kinetics: Rethinking Test-Time Scaling Laws');
    expect(paper).toMatchObject({ authorCount: null, organization: null, publishedAt: null, comments: null });
    expect(paper.source).toEqual({ format: 'daily', startLine: 53, endLine: 55 });
  });

  test('should read the last card', () => {
    expect(papers.at(-1)).toMatchObject({
      title: "Let's Make Block Coordinate Descent Converge Faster: Faster Greedy Rules, Message-Passing, Active-Set Complexity, and Superlinear Convergence",
      authorCount: 3,
      publishedAt: '2017-12-23',
      source: { format: 'daily', startLine: 697, endLine: 703 },
    });
  });
});

describe('the search captures (002, 003)', () => {
  test('should strip the chrome word glued to the first title', () => {
    const first = parseFixture('002_ad3ed8a1ed9d81af.txt').papers[0];
    expect(first?.title).toBe('DreamPropeller: Supercharge Text-to-3D Generation with Parallel Sampling');
    expect(first?.raw.title).toBe('DreamPropeller: Supercharge Text-to-3D Generation with Parallel Sampling');
    expect(first?.source).toEqual({ format: 'search', startLine: 3, endLine: 4 });
  });

  test.each([
    { file: '002_ad3ed8a1ed9d81af.txt', first: 'DreamPropeller: Supercharge', last: 'Data-efficient LLM Fine-tuning for Code Generation' },
    { file: '003_8484e09dc279088b.txt', first: "1-bit Adam: Communication Efficient Large-Scale Training with Adam's Convergence Speed", last: 'CoMoSpeech: One-Step Speech and Singing Voice Synthesis via Consistency Model' },
  ])('should read the first and last titles of $file', ({ file, first, last }) => {
    const { papers } = parseFixture(file);
    expect(papers[0]?.title.startsWith(first)).toBe(true);
    expect(papers.at(-1)?.title).toBe(last);
    expect(papers.every((paper) => paper.publishedAt === null && paper.authorCount === null)).toBe(true);
  });
});

describe('the listing capture of Mar 11 (004)', () => {
  const { papers, pageDate } = parseFixture('004_532eaede1c8b74eb.txt');

  test('should give the page date its year from the reference date, and then report nothing', () => {
    const result = parsePaperDump(readFixture('004_532eaede1c8b74eb.txt'), { referenceDate: '2026-03-12' });
    expect(result.pageDate).toEqual({ text: 'Mar 11', date: '2026-03-11', yearInferred: true, line: 9 });
    expect(result.diagnostics).toEqual([]);
  });

  test('should read the page date and the first and last cards', () => {
    expect(pageDate).toEqual({ text: 'Mar 11', date: null, yearInferred: true, line: 9 });
    expect(papers[0]?.title).toBe('AutoNumerics-Zero: Automated Discovery of State-of-the-Art Mathematical Functions');
    expect(papers[0]?.source).toEqual({ format: 'listing', startLine: 11, endLine: 13 });
    expect(papers.at(-1)?.title).toBe('FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness');
  });
});
