import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePaperDump, ParseResultSchema, type Paper } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/**
 * One fixture per capture family that the corpus has no file of, written from SPEC section 2
 * and real captures of each tool (see fixtures/families/README.md), each with
 * `<name>.expected.json`: the family, the papers' fields (math not cleaned), and the codes of
 * the warnings and errors it must give (info diagnostics are not pinned).
 */
interface Expected {
  referenceDate: string;
  format: string | null;
  papers: Record<string, unknown>[];
  diagnostics: string[];
}

const FAMILIES = readdirSync(fileURLToPath(new URL('./fixtures/families/', import.meta.url)))
  .filter((name) => (name.endsWith('.md') && name !== 'README.md') || name.endsWith('.jsonl') || (name.endsWith('.json') && !name.endsWith('.expected.json')))
  .map((name) => ({ sentence: name.replace(/\.(md|jsonl|json)$/, '').replaceAll('-', ' '), name }));

const pick = (paper: Paper, keys: readonly string[]) =>
  Object.fromEntries(
    keys.map((key) => {
      const value = (paper as unknown as Record<string, unknown>)[key];
      return [key, key === 'links' ? [...(value as string[])].sort() : value];
    }),
  );

describe('capture families', () => {
  test('should have a fixture for every family without a corpus file', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(7);
  });

  test.each(FAMILIES)('$sentence', ({ name }) => {
    const expected = JSON.parse(readFixture(`families/${name.replace(/\.(md|jsonl|json)$/, '.expected.json')}`)) as Expected;
    const result = parsePaperDump(readFixture(`families/${name}`), { referenceDate: expected.referenceDate, math: 'keep' });
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.format).toBe(expected.format);
    const keys = Object.keys(expected.papers[0] ?? {});
    expect(result.papers.map((paper) => pick(paper, keys))).toEqual(
      expected.papers.map((paper) => ({ ...paper, ...(Array.isArray(paper.links) ? { links: [...(paper.links as string[])].sort() } : {}) })),
    );
    const serious = result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.code);
    expect(serious).toEqual(expected.diagnostics.filter((code) => code !== 'duplicate-card'));
  });
});
