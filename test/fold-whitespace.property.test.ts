import { describe, expect, it, test } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { foldWhitespace } from '../src/text/fold-whitespace.js';
import { WRAPPED_HYPHEN_BREAK } from '../src/text/prose-patterns.js';
import { fc, papersArbitrary, plainFormatArbitrary } from './arbitraries.js';
import { printDump } from './print-dump.js';

/** Text with whitespace around words: of every kind captures hold, or (to reach the fast path often) spaces and line breaks only. */
const whitespaceHeavyText = fc
  .oneof(
    fc.array(fc.oneof(fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2009', '\n', '\r\n', '\r', '\u3000'), fc.string({ maxLength: 6 })), { maxLength: 40 }),
    fc.array(fc.oneof(fc.constantFrom(' ', ' ', '  ', '   ', '\n', '\r\n', '\r'), fc.stringMatching(/^[a-z]{1,6}$/)), { maxLength: 40 }),
  )
  .map((parts) => parts.join(''));

/**
 * A printed dump, hard-wrapped or not, with spaces added at line starts and ends, and, when
 * `inside` is set, whitespace damage inside lines too: spaces doubled or turned into tabs or NBSP.
 */
const noisyDumpArbitrary = fc
  .record({
    papers: papersArbitrary,
    format: plainFormatArbitrary,
    wrapAt: fc.option(fc.integer({ min: 60, max: 120 }), { nil: undefined }),
    inside: fc.boolean(),
    noise: fc.array(fc.constantFrom('  ', '\t', '\u00a0', '\u2009'), { minLength: 1, maxLength: 8 }),
    seed: fc.nat(),
  })
  .map(({ papers, format, wrapAt, inside, noise, seed }) => {
    let count = seed;
    const printed = printDump(papers, format === 'search' ? { format } : { format, wrapAt });
    const damaged = inside
      ? printed.replace(/(?<=\S) (?=\S)/g, (space) => (++count % 7 === 0 ? (noise[count % noise.length] as string) : space))
      : printed;
    const text = damaged.replace(/^/gm, () => (++count % 3 === 0 ? '  ' : '')).replace(/$/gm, () => (++count % 5 === 0 ? '   ' : ''));
    return { text, inside };
  });

describe('foldWhitespace', () => {
  test.each([
    ['plain lines', 'A title\nAn abstract.', 'A title An abstract.'],
    ['space at the start and end of lines', '   indented\ntrailing   \n  both  ', 'indented trailing both'],
    ['CRLF line breaks', 'one\r\ntwo\r\n', 'one two'],
    ['two spaces inside a line', 'a  b', 'a b'],
    ['a tab inside a line', 'a\tb', 'a b'],
    ['a blank line', 'a\n\nb', 'a b'],
    ['an NBSP', 'a\u00a0b', 'a b'],
  ])('should fold %s (%j) into %j', (_name, text, expected) => {
    expect(foldWhitespace(text)).toBe(expected);
  });

  it('should give what replacing every whitespace run with one space and trimming gives', () => {
    fc.assert(
      fc.property(whitespaceHeavyText, (text) => {
        expect(foldWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('math: keep on plain text', () => {
  it('should give each title and abstract exactly as folding its text as found gives it', () => {
    fc.assert(
      fc.property(noisyDumpArbitrary, ({ text }) => {
        for (const paper of parsePaperDump(text, { math: 'keep' }).papers) {
          expect(paper.title).toBe(foldWhitespace(paper.raw.title.replace(WRAPPED_HYPHEN_BREAK, '')));
          if (paper.raw.abstract !== null) expect(paper.abstract).toBe(foldWhitespace(paper.raw.abstract.replace(WRAPPED_HYPHEN_BREAK, '')));
        }
      }),
      { numRuns: 400 },
    );
  });
});
