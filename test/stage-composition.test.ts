import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { normalizeRecords, parsePaperDump, parseRecords, tokenize, type ParseOptions } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** Every capture under test/fixtures/ (plain text, markdown, JSON, HTML), by its path there. */
function listCaptures(folder: string): string[] {
  const url = new URL(`./fixtures/${folder}`, import.meta.url);
  return readdirSync(fileURLToPath(url), { withFileTypes: true }).flatMap((entry) => {
    const name = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) return listCaptures(name);
    const capture = /\.(txt|md|json|jsonl|html)$/.test(entry.name) && !entry.name.endsWith('.expected.json') && entry.name !== 'README.md';
    // A pair's .json is the expected result of its .txt, not a capture.
    return capture && !(folder === 'pairs' && entry.name.endsWith('.json')) ? [name] : [];
  });
}

const CAPTURES = listCaptures('');

/** The options each capture is read with: none, a reference date, keep mode, the family forced. */
const OPTIONS: readonly { name: string; options: ParseOptions }[] = [
  { name: 'no options', options: {} },
  { name: 'a reference date', options: { referenceDate: '2026-04-21' } },
  { name: 'keep mode and a reference date', options: { math: 'keep', referenceDate: '2024-01-15' } },
];

/** The three stages, composed by hand, as a pipeline that looks in between would run them. */
function parseInStages(text: string, { format, referenceDate, math }: ParseOptions): ReturnType<typeof parsePaperDump> {
  return normalizeRecords(parseRecords(tokenize(text), format === undefined ? {} : { format }), {
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(math === undefined ? {} : { math }),
  });
}

describe('the stages composed', () => {
  test('should find captures of every kind among the fixtures', () => {
    expect(CAPTURES.filter((name) => name.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    expect(CAPTURES.filter((name) => name.endsWith('.md')).length).toBeGreaterThanOrEqual(7);
    expect(CAPTURES.filter((name) => name.endsWith('.json')).length).toBeGreaterThanOrEqual(4);
    expect(CAPTURES.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(6);
  });

  describe.each(OPTIONS)('with $name', ({ options }) => {
    test.each(CAPTURES)('should give for %s what parsePaperDump gives: the same family, records, years and diagnostics', (name) => {
      const text = readFixture(name);
      const whole = parsePaperDump(text, options);
      expect(parseInStages(text, options)).toEqual(whole);
      // And with the family that was detected forced on it.
      const format = whole.format ?? undefined;
      expect(parseInStages(text, { ...options, format })).toEqual(parsePaperDump(text, { ...options, format }));
    });
  });

  test.each(CAPTURES.filter((name) => name.endsWith('.txt')))(
    'should give the yearless dates of %s the same years staged as whole, from the dump\'s own written years',
    (name) => {
      const text = readFixture(name);
      const staged = parseInStages(text, {}).papers.map((paper) => paper.publishedAt);
      expect(staged).toEqual(parsePaperDump(text).papers.map((paper) => paper.publishedAt));
    },
  );

  test('should carry the latest written year from parseRecords to normalizeRecords', () => {
    const text = 'Sep 18, 2025\n\nA Title\n\nWe propose a model. Results.\n\n• 4 authors\n·\nMar 6';
    const records = parseRecords(tokenize(text));
    expect(records.latestWrittenYear).toBe(2025);
    expect(normalizeRecords(records).papers[0]?.publishedAt).toBe('2026-03-06');
  });

  test('should read JSON through the tokens as parsePaperDump does', () => {
    const text = readFixture('json/api-daily-papers-2025-09-18.json');
    const records = parseRecords(tokenize(text));
    expect(records.format).toBe('api-json');
    expect(records.records).toHaveLength(8);
  });
});
