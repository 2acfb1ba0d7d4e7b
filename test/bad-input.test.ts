import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import {
  normalizeRecords,
  parsePaperDump,
  parsePaperStream,
  ParseResultSchema,
  parseRecords,
  tokenize,
  type Diagnostic,
  type Paper,
  type ParseResult,
} from '../src/index.js';
import { betweenCards, expectKnownCardsKept } from './between-cards.js';
import { readFixture } from './read-fixture.js';

const DAILY = readFixture('000_055f216e977f1c87.txt');
const SEARCH = readFixture('002_ad3ed8a1ed9d81af.txt');
const LISTING = readFixture('004_532eaede1c8b74eb.txt');

/** The parts of a result that must not depend on line breaks or whitespace kinds. */
const essentials = (text: string) => {
  const result = parsePaperDump(text, { referenceDate: '2026-04-21' });
  return {
    format: result.format,
    papers: result.papers.map(({ title, abstract, authorCount, organization, publishedAt, comments, source }) => ({
      title,
      abstract,
      authorCount,
      organization,
      publishedAt,
      comments,
      lines: [source.startLine, source.endLine],
    })),
    diagnostics: result.diagnostics.map(({ code, line }) => ({ code, line })),
  };
};

describe('misuse of the API', () => {
  test.each([
    ['a number', 42, 'number'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a Buffer', Buffer.from('x'), 'object'],
    ['an array', ['x'], 'array'],
  ])('should throw a TypeError when the text is %s', (_name, value, got) => {
    expect(() => parsePaperDump(value as unknown as string)).toThrow(
      new TypeError(`Expected \`text\` to be a string, got ${got}`),
    );
  });

  test.each([
    [{ referenceDate: '21/04/2026' }, 'Invalid `options.referenceDate` of parsePaperDump(): expected a calendar date written YYYY-MM-DD, got "21/04/2026"'],
    [{ referenceDate: '2026-02-30' }, 'Invalid `options.referenceDate` of parsePaperDump(): expected a calendar date written YYYY-MM-DD, got "2026-02-30"'],
    [{ format: 'xml' }, 'Invalid `options.format` of parsePaperDump(): Invalid option: expected one of "daily"|"search"|"listing"|"markdown"|"reference-markdown"|"link-per-line"|"trending"|"html-extraction"|"api-json"|"scraper-json"|"paper-json"|"json-lines"|"feed"|"html"|"digest", got "xml"'],
    [{ math: true }, 'Invalid `options.math` of parsePaperDump(): Invalid option: expected one of "unicode"|"keep", got boolean'],
    [{ refDate: '2026-04-21' }, 'Invalid options of parsePaperDump(): Unrecognized key: "refDate"'],
    ['daily', 'Expected the options of parsePaperDump() to be an object, got string'],
  ])('should throw a TypeError for the options %j', (options, message) => {
    expect(() => parsePaperDump('', options as never)).toThrow(new TypeError(message));
  });

  test('should report an error, not throw, when text that is not JSON is forced to a JSON family', () => {
    const result = parsePaperDump('A Title\n\nWe propose a model. Results.', { format: 'api-json' });
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'format-mismatch' }]);
  });

  test('should report an error, not throw, when JSON is forced to a text family', () => {
    const result = parsePaperDump('[{"title": "A Title", "summary": "An abstract."}]', { format: 'daily' });
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'format-mismatch' }]);
  });

  test('should throw a TypeError when a stage gets what no earlier stage makes', () => {
    expect(() => parseRecords('text' as never)).toThrow(TypeError);
    expect(() => normalizeRecords({ title: 'x' } as never)).toThrow(TypeError);
    expect(() => normalizeRecords(parseRecords(tokenize('')), { latestWrittenYear: 2025 } as never)).toThrow(TypeError);
  });
});

describe('line breaks and whitespace', () => {
  test.each([
    ['daily', DAILY],
    ['search', SEARCH],
    ['listing', LISTING],
  ])('should read the %s capture the same with CRLF, a BOM, NBSP and tabs', (_name, text) => {
    const plain = essentials(text);
    expect(essentials(text.replaceAll('\n', '\r\n'))).toEqual(plain);
    expect(essentials(`\uFEFF${text}`)).toEqual(plain);
    expect(essentials(text.replaceAll('\n', '\t\n\u00a0'))).toEqual(plain);
  });

  test.each([
    ['inline-link markdown', 'firecrawl-search-source-citations.md'],
    ['an HTML extraction', 'families/a-structured-html-extraction-of-a-daily-page-with-german-image-alt-text-and-titles-broken-by-raw-newlines.md'],
  ])('should read %s the same after a BOM, one character further on line 1', (_name, file) => {
    const text = readFixture(file);
    const withBom = parsePaperDump(`\uFEFF${text}`);
    expect(withBom.papers).toEqual(parsePaperDump(text).papers);
    expect(tokenize(`\uFEFF${text}`)).toEqual(
      tokenize(text).map((token) => ({ ...token, offset: token.offset + 1, column: token.line === 1 ? token.column + 1 : token.column })),
    );
  });

  test.each(['\\u', "\\'", '\\mathbb'])('should keep the title %j as found when cleaning would leave nothing of it', (title) => {
    // A lone title shows no paper evidence: the family is asked for.
    const { papers } = parsePaperDump(`${title}\n\nWe propose a model. Results.`, { format: 'listing' });
    expect(papers.map((paper) => paper.title)).toEqual([title]);
    expect(ParseResultSchema.safeParse(parsePaperDump(title)).success).toBe(true);
  });

  test('should fold NBSP and tabs inside a title', () => {
    const { papers } = parsePaperDump('A\u00a0Title\twith  Gaps\n\nWe propose a model. Results.');
    expect(papers[0]?.title).toBe('A Title with Gaps');
    expect(papers[0]?.raw.title).toBe('A\u00a0Title\twith  Gaps');
  });
});

describe('whole pages', () => {
  test('should parse several pages concatenated as one dump, keeping the first page date and merging the papers both show', () => {
    const first = parsePaperDump(DAILY).papers;
    const second = parsePaperDump(readFixture('001_71592d889472a176.txt')).papers;
    const both = parsePaperDump(`${DAILY}\n${readFixture('001_71592d889472a176.txt')}`);
    const shared = second.filter((paper) => first.some((other) => other.title === paper.title));
    expect(shared.length).toBeGreaterThan(0);
    expect(both.papers).toHaveLength(first.length + second.length - shared.length);
    expect(both.pageDate?.text).toBe('Apr 20');
    expect(both.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-card')).toHaveLength(shared.length);
  });

  test('should rejoin titles and abstracts hard-wrapped at 80 columns in a listing', () => {
    const wrapped = parsePaperDump(
      'Mar 11\n\nHow to Capture Higher-order Correlations? Generalizing Matrix\nSoftmax Attention to Kronecker Computation\n\nIn the classical transformer attention scheme, we are given three n times d\nsize matrices Q, K, V (the query, key, and value tokens), and the goal is to\ncompute a new n times d size matrix.\n',
      // One card, cut short, with few of the words of research: the family is asked for.
      { math: 'keep', format: 'listing' },
    );
    expect(wrapped.papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual([
      {
        title: 'How to Capture Higher-order Correlations? Generalizing Matrix Softmax Attention to Kronecker Computation',
        abstract:
          'In the classical transformer attention scheme, we are given three n times d size matrices Q, K, V (the query, key, and value tokens), and the goal is to compute a new n times d size matrix.',
      },
    ]);
  });

  test('should rejoin a word hyphenated by a hard wrap', () => {
    const { papers } = parsePaperDump('A Title\n\nTraining very large models at scale requires large-\nscale compute. We show how.');
    expect(papers[0]?.abstract).toBe('Training very large models at scale requires large-scale compute. We show how.');
  });
});

describe('damaged dumps', () => {
  const searchLines = SEARCH.split('\n');

  test('should lose only that card when one abstract line of a search dump is missing: its title alone makes no card', () => {
    const damaged = [...searchLines.slice(0, 5), ...searchLines.slice(6)].join('\n');
    const before = parsePaperDump(SEARCH).papers;
    const after = parsePaperDump(damaged);
    expect(after.papers.map(({ title, abstract }) => ({ title, abstract }))).toEqual(
      before.filter((_, index) => index !== 1).map(({ title, abstract }) => ({ title, abstract })),
    );
    expect(after.diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'lone-title', line: 5 }]);
  });

  test('should lose only that card when one title line of a search dump is missing, and say where', () => {
    const damaged = [...searchLines.slice(0, 4), ...searchLines.slice(5)].join('\n');
    const before = parsePaperDump(SEARCH).papers;
    const after = parsePaperDump(damaged);
    expect(after.papers.map((paper) => paper.title)).toEqual(before.filter((_, index) => index !== 1).map((paper) => paper.title));
    expect(after.diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([{ code: 'missing-title', line: 5 }]);
  });

  test.each([
    ['in the middle of its abstract', DAILY.slice(0, DAILY.indexOf('Since compute grows') + 40), 'ends in the middle of its abstract'],
    ['inside its footer', DAILY.slice(0, DAILY.indexOf('Sep 18, 2025')), 'ends inside its footer'],
  ])('should keep a last card cut off %s, with a warning', (_name, text, reason) => {
    const result = parsePaperDump(text, { referenceDate: '2026-04-21' });
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]?.title).toBe('Pre-training under infinite compute');
    expect(result.diagnostics.map(({ severity, code, line }) => ({ severity, code, line }))).toEqual([
      { severity: 'warning', code: 'truncated-card', line: 13 },
    ]);
    expect(result.diagnostics[0]?.message).toContain(reason);
  });

  test('should make no record of a last title cut off before anything else of its card, with a warning', () => {
    const result = parsePaperDump(DAILY.slice(0, DAILY.indexOf('Since compute grows')), { referenceDate: '2026-04-21' });
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ severity, code, line }) => ({ severity, code, line }))).toEqual([
      { severity: 'info', code: 'no-papers', line: 1 },
      { severity: 'warning', code: 'lone-title', line: 13 },
    ]);
  });

  test.each([
    ['a date without a year when nothing implies one', 'Mar 6', 'year-unknown'],
    ['a day that does not exist', 'Feb 30, 2024', 'invalid-date'],
  ])('should report %s', (_name, date, code) => {
    const result = parsePaperDump(`A Title\n\nWe propose a model. Results.\n\n• 2 authors\n·\n${date}`);
    expect(result.papers.map((paper) => paper.publishedAt)).toEqual([null]);
    expect(result.diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([{ code, line: 7 }]);
  });
});

/**
 * Deeper than any recursion can go on Node's default stack (about 14,000 frames of the smallest
 * function): a parser that recursed on nesting would overflow here. How time grows with size is
 * measured by bench/scaling.mjs, not here.
 */
const DEPTH = 30_000;
/** Long enough for every pattern of a run to repeat many times over. */
const RUN = 10_000;
/** More diagnostics than a function call can take as arguments. */
const MANY = 150_000;

/** The codes of a result's diagnostics, each once, sorted. */
const codesOf = (result: ParseResult): string[] => [...new Set(result.diagnostics.map((diagnostic) => diagnostic.code))].sort();

describe('large and hostile inputs', () => {
  test.each<[string, string, 'plain' | 'markdown', string[]]>([
    ['one long line', 'x'.repeat(RUN), 'plain', ['missing-title']],
    ['deeply nested braces in an abstract', `A Title\n\n${'{'.repeat(DEPTH)}x${'}'.repeat(DEPTH)}.`, 'plain', []],
    ['many blank lines', '\n'.repeat(RUN), 'plain', []],
    ['many line feeds and one carriage return at the end', `${'\n'.repeat(RUN)}\r`, 'plain', []],
    ['many footer dots', '·\n'.repeat(RUN), 'plain', ['orphan-footer']],
    ['ten thousand words on one line', 'Word '.repeat(RUN), 'plain', ['missing-title']],
    ['long runs of dates and author counts', 'Mar 6\n• 4 authors\n'.repeat(RUN), 'plain', ['orphan-footer']],
    ['a card link and a long run of open brackets on one line', `[x](https://huggingface.co/papers/2606.00683)\n${'['.repeat(RUN)}`, 'markdown', ['missing-abstract']],
    ['deeply nested brackets', `# x\n${'['.repeat(DEPTH)}x${']'.repeat(DEPTH)}`, 'markdown', ['stray-text']],
    ['deeply nested emphasis marks', `# x\n${'*'.repeat(DEPTH)}a${'*'.repeat(DEPTH)}`, 'markdown', ['stray-text']],
    ['a long line of link ends', `# x\n${'](https://x.org) '.repeat(RUN)}`, 'markdown', ['stray-text']],
    ['many bracket boxes of a text browser', `[x](https://huggingface.co/papers/2606.00683)\n${'[\n92\n][31]\n'.repeat(RUN / 10)}`, 'markdown', ['orphan-footer', 'stray-text']],
  ])('should read %s between two cards, losing neither card', (_name, text, kind, codes) => {
    const result = parsePaperDump(betweenCards(text, kind));
    expectKnownCardsKept(result);
    expect(codesOf(result)).toEqual(codes);
  });

  test('should report every one of very many orphan footers, whole and streamed', async () => {
    const text = betweenCards('·\n'.repeat(MANY));
    const whole = parsePaperDump(text);
    expectKnownCardsKept(whole);
    expect(whole.diagnostics.filter((diagnostic) => diagnostic.code === 'orphan-footer')).toHaveLength(MANY);
    const streamed: Diagnostic[] = [];
    const papers: Paper[] = [];
    for await (const paper of parsePaperStream(Readable.from([text]), { onDiagnostic: (diagnostic) => streamed.push(diagnostic) })) papers.push(paper);
    expect(papers).toEqual(whole.papers);
    // Compared as text: a deep comparison of this many objects takes seconds.
    expect(streamed).toHaveLength(whole.diagnostics.length);
    expect(JSON.stringify(streamed) === JSON.stringify(whole.diagnostics)).toBe(true);
  });

  test('should parse the search capture repeated three times as one record per paper, each repeat reported', () => {
    const copies = 3;
    const result = parsePaperDump(Array.from({ length: copies }, () => SEARCH).join('\n'));
    expect(result.papers).toHaveLength(193);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-card')).toHaveLength((copies - 1) * 193);
    expect(tokenize(SEARCH).length).toBeGreaterThan(380);
  });
});
