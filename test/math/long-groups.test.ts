import { describe, expect, test } from 'vitest';
import { cleanMath } from '../../src/index.js';

/** `a_{0}+a_{1}+…` with `count` terms: about four output pieces a term. */
function sum(count: number): string {
  return Array.from({ length: count }, (_, i) => `a_{${i}}`).join('+');
}

/** The same sum as cleanMath writes it. */
function cleanSum(count: number): string {
  return cleanMath(sum(count));
}

describe('groups of any length keep their meaning', () => {
  test.each([2, 10, 17, 40, 300])('should keep the parentheses of a %i-term sum under a root', (count) => {
    expect(cleanMath(`\\sqrt{${sum(count)}}`)).toBe(`√(${cleanSum(count)})`);
  });

  test.each([2, 10, 17, 40, 300])('should keep the parentheses of a %i-term numerator', (count) => {
    expect(cleanMath(`\\frac{${sum(count)}}{2}`)).toBe(`(${cleanSum(count)})/2`);
  });

  test.each([2, 10, 17, 40, 300])('should keep the parentheses of a %i-term denominator', (count) => {
    expect(cleanMath(`\\frac{2}{${sum(count)}}`)).toBe(`2/(${cleanSum(count)})`);
  });

  test.each([2, 40])('should add no second pair around a %i-term sum already in parentheses', (count) => {
    expect(cleanMath(`\\frac{(${sum(count)})}{2}`)).toBe(`(${cleanSum(count)})/2`);
  });

  test.each([
    ['\\sqrt{K^{3/2}}', '√K^{3/2}'],
    ['\\frac{1}{n}', '1/n'],
    ['\\frac{x+y}{2}', '(x+y)/2'],
  ])('should write %j without needless parentheses as %j', (input, expected) => {
    expect(cleanMath(input)).toBe(expected);
  });

  test.each([10, 40])('should keep every level of %i nested roots', (depth) => {
    const output = cleanMath(`${'\\sqrt{1+'.repeat(depth)}x${'}'.repeat(depth)}`);
    expect(output).toBe(`${'√(1+'.repeat(depth)}x${')'.repeat(depth)}`);
  });

  test.each([10, 40])('should keep the accent over a %i-term group', (count) => {
    const output = cleanMath(`\\hat{${sum(count)}}`);
    expect(output).toBe(`${'a\u0302'.normalize('NFC')}${cleanSum(count).slice(1)}`);
  });

  test('should write at most four accents on one letter however deep the accents nest', () => {
    const output = cleanMath(`${'\\hat{'.repeat(1000)}x${'}'.repeat(1000)}`);
    expect(output).toBe(`x${'\u0302'.repeat(4)}`);
  });
});
