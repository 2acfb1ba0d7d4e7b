import { describe, expect, test } from 'vitest';
import { parsePaperDump } from '../../src/index.js';
import { cleanMath } from '../../src/math/normalize-abstract.js';
import { betweenCards, expectKnownCardsKept } from '../between-cards.js';

/**
 * Deeper than any recursion can go on Node's default stack (about 14,000 frames of the smallest
 * function): a cleaner that recursed on nesting would overflow here. How time grows with size is
 * measured by bench/scaling.mjs, not here.
 */
const DEPTH = 30_000;
/** Long enough for every pattern of a run to repeat many times over. */
const RUN = 10_000;

/** A short name of letters for a number: a, b, ..., z, ba, bb, ... */
const letters = (index: number): string => {
  let name = '';
  do {
    name = String.fromCharCode(97 + (index % 26)) + name;
    index = Math.floor(index / 26);
  } while (index > 0);
  return name;
};

const HOSTILE_MATH: [string, string][] = [
  ['a run of opening braces', '{'.repeat(RUN)],
  ['a run of closing braces', '}'.repeat(RUN)],
  ['a run of alternating braces', '{}'.repeat(RUN)],
  ['deeply nested braces', `${'{'.repeat(DEPTH)}x${'}'.repeat(DEPTH)}`],
  ['deeply nested fractions', `${'1{'.repeat(DEPTH)}x${'}'.repeat(DEPTH)}`],
  ['deeply nested parentheses', `${'('.repeat(DEPTH)}x${')'.repeat(DEPTH)}`],
  ['a long line of remnant words', 'sim times in to varepsilon 30times '.repeat(RUN / 20)],
  ['a long line of dollars', '$a$ $'.repeat(RUN / 4)],
  ['a long run of glued names', 'mtimes'.repeat(RUN / 4)],
  ['a long run of backslashes', '\\'.repeat(RUN)],
  ['a long run of carets', 'x^'.repeat(RUN / 2)],
];

describe('hostile input', () => {
  test.each(HOSTILE_MATH)('should clean %s to a fixed point, keeping the text around it', (_name, text) => {
    const once = cleanMath(text);
    expect(cleanMath(once)).toBe(once);
    const around = cleanMath(`Words before it. ${text} Words after it.`);
    expect(around.startsWith('Words before it.')).toBe(true);
    expect(around.endsWith('Words after it.')).toBe(true);
  });

  test.each(HOSTILE_MATH)('should read a card whose abstract is %s between two cards, losing none of the three', (_name, text) => {
    const result = parsePaperDump(betweenCards(`A Hostile Card\n\n${text}`));
    expectKnownCardsKept(result);
    expect(result.papers.map((paper) => paper.title)).toEqual(['A First Known Card', 'A Hostile Card', 'A Second Known Card']);
    expect(result.diagnostics).toEqual([]);
  });

  test('should report each of many distinct unknown macros of one abstract once, in order', () => {
    // More diagnostics of one card than a function call can take as arguments.
    const names = Array.from({ length: 150_000 }, (_, index) => `zq${letters(index)}`);
    const result = parsePaperDump(betweenCards(`A Hostile Card\n\n${names.map((name) => `\\${name}`).join(' ')}`));
    expectKnownCardsKept(result);
    const reported = result.diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-macro');
    expect(reported).toHaveLength(names.length);
    expect(reported[0]?.message).toContain(`\\${names[0]}`);
    expect(reported.at(-1)?.message).toContain(`\\${names.at(-1)}`);
    expect(result.diagnostics).toHaveLength(names.length);
  });

  test('should keep each of many distinct links recovered from href remnants once, in order', () => {
    const urls = Array.from({ length: RUN }, (_, index) => `https://example.org/${index}`);
    const result = parsePaperDump(betweenCards(`A Hostile Card\n\nSee ${urls.map((url) => `\\href{${url}}{here}`).join(' ')} and ${urls[0]}.`));
    expectKnownCardsKept(result);
    expect(result.papers[1]?.links).toEqual(urls);
  });
});
