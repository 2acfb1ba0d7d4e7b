import { describe, expect, it } from 'vitest';
import {
  fc,
  identifierSentenceArbitrary,
  latexFormulaArbitrary,
  latexSentenceArbitrary,
  losslessLatexArbitrary,
  mathishStringArbitrary,
  proseSentenceArbitrary,
} from '../arbitraries.js';
import { isEnglishName, isRemnantName } from '../../src/math/lexicon.js';
import { cleanMath } from '../../src/math/normalize-abstract.js';
import { damage } from './damage-model.js';

/** The `\commands` of a text that the command table knows. */
function knownCommands(text: string): string[] {
  return [...text.matchAll(/\\([A-Za-z]+)/g)].map((match) => match[1] ?? '').filter((name) => isRemnantName(name));
}

/** Words of a text that are never-English command names standing as tokens (`varepsilon`). */
function remnantWords(text: string): string[] {
  return text.split(/[^A-Za-z]+/).filter((word) => isRemnantName(word) && !isEnglishName(word));
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');

describe('cleanMath properties', () => {
  it('should be idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(mathishStringArbitrary, latexSentenceArbitrary(latexFormulaArbitrary).map((item) => damage(item.sentence))), (text) => {
        const once = cleanMath(text);
        expect(cleanMath(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('should clean any string to a fixed point without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), mathishStringArbitrary), (text) => {
        const once = cleanMath(text);
        expect(cleanMath(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('should leave text without math triggers unchanged', () => {
    fc.assert(
      fc.property(fc.array(proseSentenceArbitrary, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(' ');
        expect(cleanMath(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('should leave snake_case identifiers and names around a digit as written', () => {
    fc.assert(
      fc.property(identifierSentenceArbitrary, (sentence) => {
        expect(cleanMath(sentence)).toBe(sentence);
      }),
      { numRuns: 2000 },
    );
  });

  it('should leave no \\command that the table knows', () => {
    fc.assert(
      fc.property(latexSentenceArbitrary(latexFormulaArbitrary), ({ sentence }) => {
        expect(knownCommands(cleanMath(sentence))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('should leave no remnant in damaged LaTeX', () => {
    fc.assert(
      fc.property(latexSentenceArbitrary(latexFormulaArbitrary), ({ sentence }) => {
        const cleaned = cleanMath(damage(sentence));
        expect(knownCommands(cleaned)).toEqual([]);
        expect(remnantWords(cleaned)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('should clean damaged LaTeX like the original wherever the damage lost no information', () => {
    fc.assert(
      fc.property(latexSentenceArbitrary(losslessLatexArbitrary), ({ sentence }) => {
        expect(withoutSpaces(cleanMath(damage(sentence)))).toBe(withoutSpaces(cleanMath(sentence)));
      }),
      { numRuns: 1000 },
    );
  });
});
