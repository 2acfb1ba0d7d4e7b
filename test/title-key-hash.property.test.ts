import { describe, expect, it, test } from 'vitest';
import { hashTitleKey } from '../src/normalize/title-key-hash.js';
import { parseTitleKey } from '../src/normalize/title-key-patterns.js';
import { fc, titleArbitrary } from './arbitraries.js';

/** Spellings of one title: case, punctuation and whitespace changed, accents decomposed. */
const respelledTitle = fc
  .tuple(
    fc.oneof(titleArbitrary, fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('Na\u00efve Bayes at Scale: a Study', 'Caf\u00e9 \ufb01ne-tuning')),
    fc.constantFrom('upper', 'lower', 'punctuated', 'spaced', 'decomposed'),
  )
  .map(([title, change]) => {
    const respelled =
      change === 'upper'
        ? title.toUpperCase()
        : change === 'lower'
          ? title.toLowerCase()
          : change === 'punctuated'
            ? title.replace(/ /g, ' - ')
            : change === 'spaced'
              ? `  ${title.replace(/ /g, '\u00a0 ')}. `
              : title.normalize('NFD');
    return [title, respelled] as const;
  });

describe('hashTitleKey', () => {
  test.each([
    ['SAIL-VL2:  Technical Report.', 'sail vl2 technical report'],
    ['Towards Unified Multimodal Agents for Long Horizon Planning', 'towards unified multimodal agents for long-horizon planning!'],
    ['Na\u00efve', 'NAI\u0308VE'],
  ])('should give %j and %j the same hash', (a, b) => {
    expect(hashTitleKey(a)).toBe(hashTitleKey(b));
  });

  it('should give titles with the same key the same hash', () => {
    fc.assert(
      fc.property(respelledTitle, ([title, respelled]) => {
        if (parseTitleKey(title) === parseTitleKey(respelled)) expect(hashTitleKey(respelled)).toBe(hashTitleKey(title));
      }),
      { numRuns: 3000 },
    );
  });

  it('should give a small integer (30 bits)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        const hash = hashTitleKey(title);
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
      }),
    );
  });
});
