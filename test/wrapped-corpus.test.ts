import { describe, expect, test } from 'vitest';
import { parsePaperDump, type ParseResult } from '../src/index.js';
import { compareRecords } from './compare-records.js';
import { listWrapCorpus, WRAP_WIDTHS, wrapIn, type CorpusFile } from './wrap-corpus.js';

/**
 * Every corpus capture hard-wrapped at the usual columns (plain text as `fold -s` writes it,
 * markdown with `\` hard line breaks) must give the same papers as the capture as it is: the
 * same count, titles and abstracts (whitespace folded).
 */
const CORPUS = listWrapCorpus();

const unwrapped = new Map<string, ParseResult>();
const parse = (file: CorpusFile, text: string): ParseResult => parsePaperDump(text, { referenceDate: file.referenceDate, math: 'keep' });

const variants = (files: readonly CorpusFile[]) =>
  files.flatMap((file) => WRAP_WIDTHS.map((width) => ({ name: file.name, width, file })));

function expectSameRecords(file: CorpusFile, width: number): void {
  let original = unwrapped.get(file.name);
  if (original === undefined) {
    original = parse(file, file.text);
    unwrapped.set(file.name, original);
  }
  const wrapped = parse(file, wrapIn(file.style, file.text, width));
  expect(wrapped.format).toBe(original.format);
  expect(compareRecords(original.papers, wrapped.papers)).toEqual({
    unwrapped: original.papers.length,
    wrapped: original.papers.length,
    lost: [],
    titles: [],
    abstracts: [],
    extra: [],
  });
}

describe('hard-wrapped corpus captures', () => {
  test.each(variants(CORPUS))('should read $name folded at $width columns as unwrapped', ({ file, width }) => {
    expectSameRecords(file, width);
  });
});

/**
 * Without the blanks that `fold -s` leaves at its breaks, only the widths tell a wrap's breaks from
 * line ends, and a hyphen at a break (`language- and`, `language-` + `aware`) is ambiguous.
 */
describe('search captures folded, with the blanks that fold -s leaves at its breaks stripped', () => {
  const searchCaptures = CORPUS.filter((file) => file.name.startsWith('002_') || file.name.startsWith('003_'));

  test.each(variants(searchCaptures))('should read all but one card in a hundred (rounded up) of $name folded at $width columns as unwrapped', ({ file, width }) => {
    const original = parse(file, file.text);
    const stripped = wrapIn('fold', file.text, width).replace(/ +\n/g, '\n');
    const { lost, titles, abstracts, extra } = compareRecords(original.papers, parse(file, stripped).papers);
    expect(lost.length + titles.length + abstracts.length + extra.length).toBeLessThanOrEqual(Math.ceil(original.papers.length / 100));
  });
});
