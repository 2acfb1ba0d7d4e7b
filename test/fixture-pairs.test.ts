import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/**
 * Each `pairs/<sentence>.txt` is an input, and `pairs/<sentence>.json` what parsing it must give:
 * the whole result, or a part of it (papers and diagnostics are matched field by field, so a
 * pair names only the fields it is about).
 */
const PAIRS = readdirSync(fileURLToPath(new URL('./fixtures/pairs/', import.meta.url)))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length));

describe('fixture pairs', () => {
  test('should have at least one pair', () => {
    expect(PAIRS.length).toBeGreaterThan(0);
  });

  test.each(PAIRS.map((name) => [name.replaceAll('-', ' '), name]))('%s', (_sentence, name) => {
    const expected = JSON.parse(readFixture(`pairs/${name}.json`)) as { papers: object[]; diagnostics: object[] };
    const result = parsePaperDump(readFixture(`pairs/${name}.txt`), { math: 'keep' });
    expect(result).toMatchObject(expected);
    expect(result.papers).toHaveLength(expected.papers.length);
    expect(result.diagnostics).toHaveLength(expected.diagnostics.length);
  });
});
