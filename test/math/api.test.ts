import { describe, expect, test } from 'vitest';
import {
  cleanMath,
  cleanMathWithReport,
  normalizeAbstract,
  unknownMacroMessage,
} from '../../src/math/normalize-abstract.js';

describe('argument checks', () => {
  test.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['a'], 'array'],
    [{ text: 'a' }, 'object'],
  ])('should throw a TypeError naming what came for %j', (value, kind) => {
    for (const clean of [cleanMath, normalizeAbstract, cleanMathWithReport]) {
      expect(() => clean(value as unknown as string)).toThrow(TypeError);
      expect(() => clean(value as unknown as string)).toThrow(`Expected \`text\` to be a string, got ${kind}`);
    }
  });

  test.each([
    [{ math: 'latex' }, 'Invalid `options.math` of normalizeAbstract(): Invalid option: expected one of "unicode"|"keep", got "latex"'],
    [{ math: 1 }, 'Invalid `options.math` of normalizeAbstract(): Invalid option: expected one of "unicode"|"keep", got number'],
    [{ mode: 'unicode' }, 'Invalid options of normalizeAbstract(): Unrecognized key: "mode"'],
    ['unicode', 'Expected the options of normalizeAbstract() to be an object, got string'],
    [7, 'Expected the options of normalizeAbstract() to be an object, got number'],
  ])('should throw a TypeError for the invalid options %j', (options, message) => {
    expect(() => cleanMath('x', options as never)).toThrow(TypeError);
    expect(() => normalizeAbstract('x', options as never)).toThrow(new TypeError(message));
  });

  test.each([[undefined], [{}], [{ math: 'unicode' as const }]])('should accept the options %j', (options) => {
    expect(cleanMath('30times', options)).toBe('30×');
  });

  test('should return the text unchanged in keep mode', () => {
    expect(cleanMath('a 30times\n b', { math: 'keep' })).toBe('a 30times\n b');
  });
});

describe('cleanMathWithReport', () => {
  test.each([
    ['we built \\mname, and \\mname again, then \\benchname', ['mname', 'benchname']],
    ['no macros here', []],
    ['\\alpha and \\ie are known', []],
  ])('should report the unknown macros of %j', (text, expected) => {
    expect(cleanMathWithReport(text).unknownMacros).toEqual(expected);
  });

  test.each([
    ['code: https://github.com/a/b{b}.', ['https://github.com/a/b']],
    ['see href{https://x.org/y}{url{https://x.org/y}}', ['https://x.org/y']],
    ['see url{https://x.org/y}.', ['https://x.org/y']],
    ['plain https://x.org/y.', []],
  ])('should report the recovered links of %j', (text, expected) => {
    expect(cleanMathWithReport(text).links).toEqual(expected);
  });

  test('should report nothing in keep mode', () => {
    expect(cleanMathWithReport('\\mname', { math: 'keep' })).toEqual({ text: '\\mname', unknownMacros: [], links: [] });
  });
});

describe('unknownMacroMessage', () => {
  test.each([
    ['mname', 'EditReward: A Human-Aligned Reward Model', /"EditReward"/],
    ['mname', 'Sample Factory: Egocentric 3D Control', /"Sample Factory"/],
    ['benchname', 'A title without any colon', /^Unknown LaTeX macro `\\benchname` kept as "benchname"\.$/],
    ['mname', 'A very long title that goes on and on and on: subtitle', /^Unknown LaTeX macro `\\mname` kept as "mname"\.$/],
  ])('should describe \\%s for the title %j', (name, title, expected) => {
    expect(unknownMacroMessage(name, title)).toMatch(expected);
  });
});
