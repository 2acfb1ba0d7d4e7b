import { Readable } from 'node:stream';
import { describe, expect, it, test } from 'vitest';
import { dedupePapers, parsePaperDump, parsePaperStream, PaperSchema, type Diagnostic, type Paper } from '../src/index.js';
import { readFixture } from './read-fixture.js';

const DAILY = readFixture('000_055f216e977f1c87.txt');
const SEARCH = readFixture('002_ad3ed8a1ed9d81af.txt');

async function collect(papers: AsyncIterable<Paper>): Promise<Paper[]> {
  const collected: Paper[] = [];
  for await (const paper of papers) collected.push(paper);
  return collected;
}

describe('parsePaperStream sources', () => {
  test.each([
    ['a Node Readable of strings', () => Readable.from([DAILY.slice(0, 5000), DAILY.slice(5000)])],
    ['a Node Readable of bytes', () => Readable.from([Buffer.from(DAILY)])],
    ['a web ReadableStream', () => new Blob([DAILY]).stream()],
    ['a web ReadableStream read through its reader', () => readerOnly(new Blob([DAILY]).stream())],
  ])('should read %s', async (_name, source) => {
    expect(await collect(parsePaperStream(source()))).toEqual(parsePaperDump(DAILY).papers);
  });

  test.each([
    ['a string', 'Mar 6'],
    ['null', null],
    ['a number', 42],
  ])('should throw a TypeError at once when the source is %s', (_name, source) => {
    expect(() => parsePaperStream(source as never)).toThrow(/Expected `source` to be an async iterable/);
  });

  test('should throw a TypeError at once for a wrong option', () => {
    expect(() => parsePaperStream(Readable.from([]), { batchLength: 0 })).toThrow(TypeError);
    expect(() => parsePaperStream(Readable.from([]), { onDiagnostic: 'log' as never })).toThrow(/onDiagnostic/);
  });
});

describe('parsePaperStream as a stream', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('should yield the first papers before the source has given half its text (%s line breaks)', async (_name, lineBreak) => {
    let chunksGiven = 0;
    const lines = SEARCH.split('\n');
    const source = (async function* () {
      for (let copy = 0; copy < 4; copy += 1) {
        for (let at = 0; at < lines.length; at += 50) {
          chunksGiven += 1;
          yield `${lines.slice(at, at + 50).join(lineBreak)}${lineBreak}`;
        }
      }
    })();
    const stream = parsePaperStream(source, { batchLength: 16_384 });
    const first = await stream.next();
    const totalChunks = 4 * Math.ceil(lines.length / 50);
    expect(first.done).toBe(false);
    expect(chunksGiven).toBeLessThan(totalChunks / 2);
    await stream.return(undefined);
  });

  it('should tell each diagnostic once, in input order, and the page once', async () => {
    const diagnostics: Diagnostic[] = [];
    const pages: unknown[] = [];
    const text = readFixture('004_532eaede1c8b74eb.txt');
    const papers = await collect(
      parsePaperStream(Readable.from([text]), { batchLength: 8_192, onDiagnostic: (d) => diagnostics.push(d), onPage: (page) => pages.push(page) }),
    );
    const whole = parsePaperDump(text);
    expect(papers).toEqual(whole.papers);
    expect(diagnostics).toEqual(whole.diagnostics);
    expect(pages).toEqual([{ format: whole.format, pageDate: whole.pageDate }]);
  });

  it('should say no-papers for an empty stream, as for an empty text', async () => {
    const diagnostics: Diagnostic[] = [];
    expect(await collect(parsePaperStream(Readable.from([]), { onDiagnostic: (d) => diagnostics.push(d) }))).toEqual([]);
    expect(diagnostics).toEqual(parsePaperDump('').diagnostics);
  });

  it('should merge copies at most 64 papers apart, and yield a copy further on as a paper of its own', async () => {
    const whole = parsePaperDump(SEARCH);
    const first = whole.papers[0] as Paper;
    const near = whole.papers[10] as Paper;
    const copy = (paper: Paper) => `\n${paper.raw.title}\n${paper.raw.abstract ?? ''}\n`;
    const text = SEARCH.replace(`${near.raw.abstract ?? ''}\n`, `${near.raw.abstract ?? ''}\n${copy(near).slice(1)}`) + copy(first);
    const diagnostics: Diagnostic[] = [];
    const streamed = await collect(parsePaperStream(Readable.from([text]), { batchLength: 4_096, onDiagnostic: (d) => diagnostics.push(d) }));
    expect(parsePaperDump(text).papers).toHaveLength(whole.papers.length);
    expect(streamed).toHaveLength(whole.papers.length + 1);
    expect(streamed.at(-1)?.title).toBe(first.title);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-card')).toHaveLength(1);
  });

  it('should read JSON whole, cut anywhere', async () => {
    const text = readFixture('json/api-daily-papers-2026-08-20.json');
    const chunks = text.match(/[\s\S]{1,100}/g) ?? [];
    expect(await collect(parsePaperStream(Readable.from(chunks), { batchLength: 256 }))).toEqual(parsePaperDump(text).papers);
  });

  it.each([
    ['its hydration data', 'html/hf-daily-2026-02-24.html'],
    ['its rendered cards', 'html/the-daily-page-without-its-hydration-data-read-from-its-rendered-cards.html'],
  ])('should read an HTML page whole, cut anywhere, from %s', async (_name, file) => {
    const text = readFixture(file);
    const chunks = text.match(/[\s\S]{1,4096}/g) ?? [];
    const diagnostics: Diagnostic[] = [];
    const pages: unknown[] = [];
    const options = { batchLength: 8_192, onDiagnostic: (d: Diagnostic) => diagnostics.push(d), onPage: (page: unknown) => pages.push(page) };
    const whole = parsePaperDump(text);
    expect(await collect(parsePaperStream(Readable.from(chunks), options))).toEqual(whole.papers);
    expect(diagnostics).toEqual(whole.diagnostics);
    expect(pages).toEqual([{ format: 'html', pageDate: whole.pageDate }]);
  });

  it('should give an HTML page that shows no paper the same error as parsePaperDump', async () => {
    const text = readFixture('html/katex-auto-render-index.html');
    const diagnostics: Diagnostic[] = [];
    expect(await collect(parsePaperStream(Readable.from([text]), { batchLength: 256, onDiagnostic: (d) => diagnostics.push(d) }))).toEqual([]);
    expect(diagnostics).toEqual(parsePaperDump(text).diagnostics);
  });
});

describe('dedupePapers', () => {
  const [first, second] = parsePaperDump(DAILY).papers as [Paper, Paper];

  it('should keep one record per paper across dumps, in order of first appearance', () => {
    const monday = [first, second];
    const tuesday = [{ ...second, upvotes: 99 }, { ...first, upvotes: 3, source: { ...first.source, startLine: 900, endLine: 910 } }];
    const deduped = dedupePapers([...monday, ...tuesday]);
    expect(deduped.map((paper) => paper.title)).toEqual([first.title, second.title]);
    expect(deduped.map((paper) => paper.upvotes)).toEqual([3, 99]);
    expect(deduped[0]?.source).toEqual(first.source);
    for (const paper of deduped) expect(PaperSchema.safeParse(paper).success).toBe(true);
  });

  test.each([
    ['a newer count', 5, 7, 7],
    ['a newer count that is smaller', 9, 4, 4],
    ['no newer count', 6, null, 6],
  ])('should keep the newest known upvotes given %s', (_name, older, newer, expected) => {
    expect(dedupePapers([{ ...first, upvotes: older }, { ...first, upvotes: newer }])[0]?.upvotes).toBe(expected);
  });

  it('should match by arXiv id without version, else by title ignoring case and punctuation', () => {
    const withId = { ...first, arxivId: '2604.01234v1' };
    expect(dedupePapers([withId, { ...second, arxivId: '2604.01234v2' }])).toHaveLength(1);
    expect(dedupePapers([first, { ...first, title: `${first.title.toUpperCase()}!` }])).toHaveLength(1);
    expect(dedupePapers([first, second])).toHaveLength(2);
  });

  it('should fill what the first copy lacks and unite the links, leaving its input unchanged', () => {
    const bare = { ...first, abstract: null, links: ['https://a.example'] };
    const full = { ...first, links: ['https://b.example'] };
    const snapshot = structuredClone([bare, full]);
    const [merged] = dedupePapers([bare, full]);
    expect(merged?.abstract).toBe(first.abstract);
    expect(merged?.links).toEqual(['https://a.example', 'https://b.example']);
    expect([bare, full]).toEqual(snapshot);
  });

  it('should throw a TypeError for what is no iterable', () => {
    expect(() => dedupePapers(42 as never)).toThrow(/Expected `papers` to be an iterable, got number/);
  });
});

/** A web stream that only offers its reader, as older browsers give. */
function readerOnly(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return { getReader: () => stream.getReader() } as ReadableStream<Uint8Array>;
}
