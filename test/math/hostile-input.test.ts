import { describe, expect, test } from 'vitest';
import { cleanMath, normalizeAbstract } from '../../src/math/normalize-abstract.js';

describe('hostile input', () => {
  test.each([
    ['megabytes of opening braces', '{'.repeat(2_000_000)],
    ['megabytes of closing braces', '}'.repeat(2_000_000)],
    ['megabytes of alternating braces', '{}'.repeat(1_000_000)],
    ['200,000 nested braces', `${'{'.repeat(200_000)}x${'}'.repeat(200_000)}`],
    ['200,000 nested fractions', `${'1{'.repeat(200_000)}x${'}'.repeat(200_000)}`],
    ['200,000 nested parentheses', `${'('.repeat(200_000)}x${')'.repeat(200_000)}`],
    ['an 8 MB line of words', 'sim times in to varepsilon 30times '.repeat(240_000)],
    ['an 8 MB line of dollars', '$a$ $'.repeat(1_600_000)],
    ['an 8 MB run of letters', 'mtimes'.repeat(1_400_000)],
    ['an 8 MB run of backslashes', '\\'.repeat(8_000_000)],
    ['an 8 MB run of carets', 'x^'.repeat(4_000_000)],
  ])('should clean %s without a stack overflow', (_name, text) => {
    const cleaned = cleanMath(text);
    expect(typeof cleaned).toBe('string');
    expect(typeof normalizeAbstract(text.slice(0, 1_000_000))).toBe('string');
  });
});
