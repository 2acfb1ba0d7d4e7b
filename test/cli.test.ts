import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { dedupePapers, parsePaperDump, PaperSchema, type Paper, type ParseOptions } from '../src/index.js';
import { readFixture } from './read-fixture.js';

// The command as a user runs it, built for the tests by test/global-setup.ts.
const CLI = inject('cliPath');

const DAILY = '000_055f216e977f1c87.txt';
const SEARCH = '002_ad3ed8a1ed9d81af.txt';
const LISTING = '004_532eaede1c8b74eb.txt';
const API_JSON = 'json/api-daily-papers-2025-09-18.json';
const FEED = 'feeds/hf-rss-feedgen-2026-05-11.xml';
const ONE_ITEM_FEED = 'feeds/a-feed-with-one-item.xml';
const ATOM_FEED = 'feeds/the-same-papers-as-an-atom-feed-whose-entries-hold-the-html-in-content.xml';
/** A feed of another site: no family claims it. */
const NEWS_FEED =
  '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Town News</title><link>https://news.example.org/</link>' +
  '<item><title>Bridge reopens</title><link>https://news.example.org/bridge</link></item></channel></rss>\n';
const JSON_LINES = 'json/normalized-2026-02-24.jsonl';
const PAPER_JSON = 'json/scraper-2025-12-09.json';
const HTML_PAGE = 'html/hf-daily-2026-02-24.html';
/** A daily card whose date has no year: only a reference date gives it one. */
const YEARLESS = 'Apr 20\n\nA Title\n\nWe propose a model. Results.\n\n  • 4 authors\n·\nMar 6 3\n';

const CSV_HEADER = [
  'title',
  'abstract',
  'authorCount',
  'organizationHandle',
  'organizationName',
  'publishedAt',
  'yearInferred',
  'upvotes',
  'comments',
  'arxivId',
  'links',
  'githubStars',
  'aiSummary',
  'file',
  'startLine',
  'endLine',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the command with `...args` in the temp folder, with `input` on stdin (none: stdin is closed at once). */
function paperdump(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: folder });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const parsed = new Map<string, Paper[]>();

/** The papers parsePaperDump finds in a fixture (parsed once per fixture and options). */
function papersOf(fixture: string, options: ParseOptions = {}): Paper[] {
  const key = JSON.stringify([fixture, options]);
  let papers = parsed.get(key);
  if (papers === undefined) parsed.set(key, (papers = parsePaperDump(readFixture(fixture), options).papers));
  return papers;
}

/** The JSON lines of an output, parsed. */
function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The rows of a CSV text (RFC 4180: quoted cells may hold commas, quotes doubled, line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += char;
  }
  return rows;
}

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'paperdump-cli-'));
  for (const fixture of [DAILY, SEARCH, LISTING]) writeFileSync(join(folder, fixture), readFixture(fixture));
  writeFileSync(join(folder, 'api.json'), readFixture(API_JSON));
  writeFileSync(join(folder, 'bad.json'), '[1, 2]');
  writeFileSync(join(folder, 'other.html'), readFixture('html/katex-auto-render-index.html'));
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'yearless.txt'), YEARLESS);
  // A folder input: sorted path order is a/one.txt, b.txt, c.json, d.jsonl, e.json, f.html; dotfiles and dot-folders are skipped.
  mkdirSync(join(folder, 'tree', 'a', '.cache'), { recursive: true });
  writeFileSync(join(folder, 'tree', 'b.txt'), readFixture(SEARCH));
  writeFileSync(join(folder, 'tree', 'a', 'one.txt'), readFixture(DAILY));
  writeFileSync(join(folder, 'tree', 'c.json'), readFixture(API_JSON));
  writeFileSync(join(folder, 'tree', 'd.jsonl'), readFixture(JSON_LINES));
  writeFileSync(join(folder, 'tree', 'e.json'), readFixture(PAPER_JSON));
  writeFileSync(join(folder, 'tree', 'f.html'), readFixture(HTML_PAGE));
  writeFileSync(join(folder, 'tree', '.hidden.txt'), readFixture(LISTING));
  writeFileSync(join(folder, 'tree', 'a', '.cache', 'skipped.txt'), readFixture(LISTING));
  // Feeds in a folder, under the names feed readers save them with.
  mkdirSync(join(folder, 'feeds'));
  writeFileSync(join(folder, 'feeds', 'a.xml'), readFixture(FEED));
  writeFileSync(join(folder, 'feeds', 'b.rss'), readFixture(ONE_ITEM_FEED));
  writeFileSync(join(folder, 'feeds', 'c.atom'), readFixture(ATOM_FEED));
  writeFileSync(join(folder, 'news.xml'), NEWS_FEED);
  mkdirSync(join(folder, 'nothing', '.git'), { recursive: true });
  writeFileSync(join(folder, 'nothing', '.git', 'HEAD'), 'ref: refs/heads/main\n');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe.concurrent('paperdump output formats', () => {
  test.each([
    { name: 'a daily page', fixture: DAILY, count: 34 },
    { name: 'a search page', fixture: SEARCH, count: 193 },
    { name: 'a listing page', fixture: LISTING, count: 64 },
  ])('should write $name as JSON lines that pass PaperSchema and equal parsePaperDump', async ({ fixture, count }) => {
    const { code, stdout } = await paperdump([fixture]);
    const lines = jsonLines(stdout);
    expect(code).toBe(0);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(PaperSchema.safeParse(line).success).toBe(true);
    expect(lines).toEqual(papersOf(fixture));
  });

  test('should write --format json as one array equal to parsePaperDump', async () => {
    const { code, stdout } = await paperdump(['--format', 'json', SEARCH]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(papersOf(SEARCH));
  });

  test('should write --format csv as a header and one row per paper, naming the file', async () => {
    const { code, stdout } = await paperdump(['--format', 'csv', DAILY]);
    const [header, ...rows] = csvRows(stdout);
    const papers = papersOf(DAILY);
    expect(code).toBe(0);
    expect(header).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(papers.length);
    for (const [index, row] of rows.entries()) {
      const paper = papers[index]!;
      expect(row).toHaveLength(CSV_HEADER.length);
      expect(row.slice(0, 2)).toEqual([paper.title, paper.abstract ?? '']);
      expect(row[5]).toBe(paper.publishedAt ?? '');
      expect(row[6]).toBe(String(paper.yearInferred));
      expect(row[10]).toBe(paper.links.join(' '));
      expect(row.slice(13)).toEqual([DAILY, String(paper.source.startLine), String(paper.source.endLine)]);
    }
  });
});

describe.concurrent('paperdump inputs', () => {
  test('should read stdin and name it <stdin> in diagnostics', async () => {
    const { code, stdout, stderr } = await paperdump([], readFixture(LISTING));
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(papersOf(LISTING));
    expect(stderr).toMatch(/^<stdin>:\d+:\d+: warning year-unknown: /m);
  });

  test('should read stdin for the path -, between files', async () => {
    const { code, stdout } = await paperdump(['--jobs', '1', DAILY, '-', 'api.json'], readFixture(LISTING));
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([...papersOf(DAILY), ...papersOf(LISTING), ...papersOf(API_JSON)]);
  });

  test('should read a folder in sorted path order without dotfiles, JSON and JSON Lines files too, the same with --jobs 1 and --jobs 2', async () => {
    const args = ['--format', 'csv', 'tree', DAILY, 'tree'];
    const [one, two] = await Promise.all([paperdump(['--jobs', '1', ...args]), paperdump(['--jobs', '2', ...args])]);
    const tree = [
      ...papersOf(DAILY).map((paper) => [paper.title, join('tree', 'a', 'one.txt')]),
      ...papersOf(SEARCH).map((paper) => [paper.title, join('tree', 'b.txt')]),
      ...papersOf(API_JSON).map((paper) => [paper.title, join('tree', 'c.json')]),
      ...papersOf(JSON_LINES).map((paper) => [paper.title, join('tree', 'd.jsonl')]),
      ...papersOf(PAPER_JSON).map((paper) => [paper.title, join('tree', 'e.json')]),
      ...papersOf(HTML_PAGE).map((paper) => [paper.title, join('tree', 'f.html')]),
    ];
    const expected = [...tree, ...papersOf(DAILY).map((paper) => [paper.title, DAILY]), ...tree];
    expect(one.code).toBe(0);
    expect(csvRows(one.stdout).slice(1).map((row) => [row[0], row[13]])).toEqual(expected);
    expect(two).toEqual(one);
  });

  test('should read the .xml, .rss and .atom feeds of a folder, in path order, as parsePaperDump reads them', async () => {
    const { code, stdout, stderr } = await paperdump(['--format', 'csv', 'feeds']);
    const expected = [
      ...papersOf(FEED).map((paper) => [paper.title, join('feeds', 'a.xml')]),
      ...papersOf(ONE_ITEM_FEED).map((paper) => [paper.title, join('feeds', 'b.rss')]),
      ...papersOf(ATOM_FEED).map((paper) => [paper.title, join('feeds', 'c.atom')]),
    ];
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(expected).toHaveLength(38 + 1 + 38);
    expect(csvRows(stdout).slice(1).map((row) => [row[0], row[13]])).toEqual(expected);
  });

  test('should write the papers of a feed as JSON lines equal to parsePaperDump', async () => {
    const { code, stdout } = await paperdump(['feeds/a.xml']);
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(papersOf(FEED));
  });

  test('should warn, write nothing and exit 0 for a folder without files to read', async () => {
    const { code, stdout, stderr } = await paperdump(['nothing']);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
    expect(stderr).toBe('paperdump: warning: no files to read in nothing\n');
  });

  test('should give each paper once with --dedupe over the same file twice', async () => {
    const { code, stdout } = await paperdump(['--jobs', '1', '--dedupe', DAILY, DAILY]);
    const papers = papersOf(DAILY);
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(dedupePapers([...papers, ...papers]));
    expect(jsonLines(stdout).map((paper) => (paper as Paper).title)).toEqual(papers.map((paper) => paper.title));
  });

  test('should name the file of the first copy in the CSV of --dedupe', async () => {
    const { stdout } = await paperdump(['--dedupe', '--format', 'csv', '--jobs', '2', SEARCH, DAILY, 'tree/b.txt']);
    const rows = csvRows(stdout).slice(1);
    const searchPapers = dedupePapers(papersOf(SEARCH)).length;
    const dailyPapers = dedupePapers([...papersOf(SEARCH), ...papersOf(DAILY)]).length - searchPapers;
    // The search page's papers come first, then what the daily page adds; tree/b.txt, a copy of the search page, adds none.
    expect(rows.map((row) => row[13])).toEqual([...Array<string>(searchPapers).fill(SEARCH), ...Array<string>(dailyPapers).fill(DAILY)]);
  });
});

describe.concurrent('paperdump exit codes and diagnostics', () => {
  test.each([
    { name: 'a JSON file that holds no paper', args: ['bad.json'], exitCode: 1 },
    { name: 'an HTML page that shows no paper', args: ['other.html'], exitCode: 1 },
    { name: 'a missing file', args: ['missing.txt'], exitCode: 1 },
    { name: '--help', args: ['--help'], exitCode: 0 },
  ])('should exit with $exitCode for $name', async ({ args, exitCode }) => {
    expect((await paperdump(args)).code).toBe(exitCode);
  });

  test.each([
    { name: 'an unknown option', args: ['--bogus', DAILY], message: "unknown option '--bogus'" },
    { name: 'a bad --format', args: ['--format', 'xml', DAILY], message: "argument 'xml' is invalid" },
    { name: 'a bad --math', args: ['--math', 'latex', DAILY], message: "argument 'latex' is invalid" },
    { name: 'a bad --reference-date', args: ['--reference-date', '2026-02-30', DAILY], message: 'YYYY-MM-DD' },
    { name: 'a bad --jobs', args: ['--jobs', '0', DAILY], message: '1 or more' },
  ])('should exit with 2 and a short message for $name', async ({ args, message }) => {
    const { code, stdout, stderr } = await paperdump(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  test('should exit with 1 and say what it saw for a feed of another site', async () => {
    const { code, stdout, stderr } = await paperdump(['news.xml']);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^news\.xml:2:1: error unknown-format: The input looks like an XML feed of another site \("Town News", https:\/\/news\.example\.org\/\)/m);
  });

  test('should report a malformed file by name and still write every record of the others', async () => {
    const { code, stdout, stderr } = await paperdump(['--jobs', '2', DAILY, 'bad.json', 'missing.txt', SEARCH]);
    expect(code).toBe(1);
    expect(jsonLines(stdout)).toEqual([...papersOf(DAILY), ...papersOf(SEARCH)]);
    expect(stderr).toMatch(/^bad\.json:1:1: error unknown-format: \S/m);
    expect(stderr).toMatch(/^missing\.txt: error read-failed: ENOENT: no such file or directory$/m);
  });

  test('should print each diagnostic as file:line:column: severity code: message', async () => {
    const { stderr } = await paperdump([LISTING]);
    const expected = parsePaperDump(readFixture(LISTING))
      .diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')
      .map((d) => `${LISTING}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`);
    expect(expected.some((line) => line.includes(' warning year-unknown: '))).toBe(true);
    expect(stderr).toBe(expected.join(''));
  });

  test('should print info diagnostics only with --verbose', async () => {
    const [quiet, verbose] = await Promise.all([paperdump(['--format', 'json', 'empty.txt']), paperdump(['--verbose', 'empty.txt'])]);
    expect(quiet).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(/^empty\.txt:\d+:\d+: info no-papers: /m);
  });
});

describe.concurrent('paperdump parse options', () => {
  test('should apply --reference-date', async () => {
    const { code, stdout, stderr } = await paperdump(['--jobs', '1', '--reference-date', '2026-04-21', LISTING, 'yearless.txt']);
    const options = { referenceDate: '2026-04-21' };
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([...papersOf(LISTING, options), ...parsePaperDump(YEARLESS, options).papers]);
    expect(jsonLines(stdout).at(-1)).toMatchObject({ publishedAt: '2026-03-06', yearInferred: true });
    expect(parsePaperDump(YEARLESS).papers[0]).toMatchObject({ publishedAt: null });
    expect(stderr).toBe('');
  });

  test('should apply --math keep', async () => {
    const { code, stdout } = await paperdump(['--math', 'keep', DAILY]);
    const expected = papersOf(DAILY, { math: 'keep' });
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual(expected);
    expect(expected).not.toEqual(papersOf(DAILY));
  });
});
