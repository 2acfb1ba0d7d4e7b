import { describe, expect, it } from 'vitest';
import { parsePaperDump, parsePaperStream, type Diagnostic, type PageInfo, type Paper, type StreamOptions } from '../src/index.js';
import { familyStyleArbitrary, fc, richPapersArbitrary } from './arbitraries.js';
import { FAMILIES, printFamily, REFERENCE_DATE } from './print-families.js';
import { readFixture } from './read-fixture.js';

/** What a stream gives: its papers, its diagnostics in the order heard, and its page. */
interface StreamResult {
  papers: Paper[];
  diagnostics: Diagnostic[];
  page: PageInfo | null;
}

async function readStream(chunks: Iterable<string | Uint8Array>, options: StreamOptions): Promise<StreamResult> {
  const diagnostics: Diagnostic[] = [];
  let page: PageInfo | null = null;
  const source = (async function* () {
    yield* chunks;
  })();
  const papers: Paper[] = [];
  const stream = parsePaperStream(source, { ...options, onDiagnostic: (diagnostic) => diagnostics.push(diagnostic), onPage: (heard) => (page = heard) });
  for await (const paper of stream) papers.push(paper);
  return { papers, diagnostics, page };
}

/** Cut a text, or its bytes, into pieces of the given lengths, over and over (byte cuts fall inside characters too). */
function cut<T extends string | Uint8Array>(whole: T, lengths: readonly number[]): T[] {
  const pieces: T[] = [];
  for (let at = 0, next = 0; at < whole.length; next += 1) {
    const length = lengths[next % lengths.length] as number;
    pieces.push(whole.slice(at, at + length) as T);
    at += length;
  }
  return pieces;
}

const chunkLengths = fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 });
const batchLength = fc.integer({ min: 64, max: 4000 });
const OPTIONS = { math: 'keep', referenceDate: REFERENCE_DATE } as const;

/** The whole-text result in the stream's terms. */
function wholeText(text: string, options: StreamOptions): StreamResult {
  const result = parsePaperDump(text, options);
  return { papers: result.papers, diagnostics: result.diagnostics, page: { format: result.format, pageDate: result.pageDate } };
}

describe('parsePaperStream against parsePaperDump', () => {
  it.each(FAMILIES)('should give the same papers, diagnostics and page as the whole text, for any chunking and batch length (%s)', async (family) => {
    await fc.assert(
      fc.asyncProperty(richPapersArbitrary, familyStyleArbitrary, chunkLengths, batchLength, async (papers, style, lengths, batch) => {
        const text = printFamily(papers, family, style);
        expect(await readStream(cut(text, lengths), { ...OPTIONS, batchLength: batch })).toEqual(wholeText(text, OPTIONS));
      }),
      { numRuns: 40 },
    );
  });

  it('should give the same result from UTF-8 bytes cut anywhere, inside characters too', async () => {
    await fc.assert(
      fc.asyncProperty(richPapersArbitrary, fc.constantFrom(...FAMILIES), familyStyleArbitrary, chunkLengths, async (papers, family, style, lengths) => {
        const text = `\ufeff${printFamily(papers, family, style)}`;
        expect(await readStream(cut(new TextEncoder().encode(text), lengths), { ...OPTIONS, batchLength: 512 })).toEqual(wholeText(text, OPTIONS));
      }),
      { numRuns: 60 },
    );
  });

  it('should give the same result with one character a chunk', async () => {
    await fc.assert(
      fc.asyncProperty(richPapersArbitrary, fc.constantFrom(...FAMILIES), familyStyleArbitrary, async (papers, family, style) => {
        const text = printFamily(papers.slice(0, 3), family, style);
        expect(await readStream([...text], { ...OPTIONS, batchLength: 300 })).toEqual(wholeText(text, OPTIONS));
      }),
      { numRuns: 20 },
    );
  });

  it.each([
    ['a daily page', '000_055f216e977f1c87.txt'],
    ['a daily page', '001_71592d889472a176.txt'],
    ['a dense search page', '002_ad3ed8a1ed9d81af.txt'],
    ['a search page', '003_8484e09dc279088b.txt'],
    ['a listing', '004_532eaede1c8b74eb.txt'],
  ])('should read %s (%s) in small batches as the whole text', async (_name, file) => {
    const text = readFixture(file);
    for (const batch of [2_000, 20_000]) {
      expect(await readStream(cut(text, [1_000, 37, 4_096]), { batchLength: batch })).toEqual(wholeText(text, {}));
    }
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('should read %s line breaks in small batches as the whole text', async (_name, lineBreak) => {
    const text = readFixture('002_ad3ed8a1ed9d81af.txt').replaceAll('\n', lineBreak);
    expect(await readStream(cut(text, [999, 1, 2_048]), { batchLength: 4_000 })).toEqual(wholeText(text, {}));
  });
});
