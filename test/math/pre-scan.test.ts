import { describe, expect, it, test } from 'vitest';
import { fc, latexFormulaArbitrary, latexSentenceArbitrary, mathishStringArbitrary, proseSentenceArbitrary } from '../arbitraries.js';
import { cleanSpan } from '../../src/math/clean-span.js';
import { cleanMathText, foldAndCleanMath } from '../../src/math/clean-math.js';
import { foldWhitespace } from '../../src/text/fold-whitespace.js';
import { findMathSpans } from '../../src/math/find-math-spans.js';
import { REMNANT_NAMES } from '../../src/math/lexicon.js';
import { scanMathHits } from '../../src/math/scan-math-hits.js';
import { damage } from './damage-model.js';

/** The start of every chunk (run of non-space characters) of a text. */
function chunkStarts(text: string): number[] {
  return [...text.matchAll(/\S+/g)].map((match) => match.index);
}

/**
 * The cleaner without its pre-scan: every span of the text is cleaned, and every pass looks at
 * the whole text again. The pre-scan and the pass records must not change what this writes.
 */
function cleanEverySpan(text: string): { text: string; unknownMacros: string[]; links: string[] } {
  const findings = { unknownMacros: new Set<string>(), links: new Set<string>() };
  let current = text;
  for (let pass = 0; pass < 4; pass += 1) {
    const { spans, dollarDelimiters } = findMathSpans(current, chunkStarts(current));
    let next = '';
    let copied = 0;
    for (const span of spans) {
      next += current.slice(copied, span.start) + cleanSpan(current, span.start, span.end, dollarDelimiters, findings);
      copied = span.end;
    }
    next += current.slice(copied);
    if (next === current) break;
    current = next;
  }
  return { text: current, unknownMacros: [...findings.unknownMacros], links: [...findings.links] };
}

/** Pieces that glue into words the planner weighs: names of every kind, atoms, brackets, URLs. */
const soupPieces = [
  ...REMNANT_NAMES,
  ...['align', 'array', 'from', 'the', 'a', 'A', 'I', 'into', 'fraction', 'mepsilon', 'Bin', 'mgg', 'mloglog', 'deltageq', 'varepsilonto', 'https', 'www'],
  ...['x', 'y', 'n', 'K', 'R', 'O', 'f', '1', '30', '3.5', '(', ')', '[', ']', '|', '<', '=', '/', '+', '-', '*', ',', '.', ':', "'", '"'],
  ...['θ', '×', '→', '∈', '≤', '𝒪', 'é', '://', 'https://a.b/c', 'www.x.y'],
];

/** Words glued or spaced at random: the hard cases of the pre-scan, without trigger characters. */
const soupArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...soupPieces), fc.constantFrom('', '', ' ', ' ', '\n')), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

/** The same with trigger characters among the pieces. */
const triggerSoupArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...soupPieces, '\\', '{', '}', '^', '_', '$', '~', '\\frac', '--', '``'), fc.constantFrom('', ' ')), { maxLength: 24 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(''));

const anyText = fc.oneof(
  soupArbitrary,
  triggerSoupArbitrary,
  mathishStringArbitrary,
  latexSentenceArbitrary(latexFormulaArbitrary).map(({ sentence }) => damage(sentence)),
  fc.array(proseSentenceArbitrary, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' ')),
);

describe('the pre-scan', () => {
  test.each([
    ['works well for small varepsilon.', 'works well for small ε.'],
    ['is 30times larger', 'is 30× larger'],
    ['a m times n matrix', 'a m × n matrix'],
    ["the Fr'echet distance", 'the Fréchet distance'],
    ['region -- primarily', 'region – primarily'],
  ])('should flag %j as possibly math, and the cleaner changes it', (text, cleaned) => {
    expect(scanMathHits(text).length).toBeGreaterThan(0);
    expect(cleanMathText(text).text).toBe(cleaned);
  });

  test.each([
    'three times faster and 25 times longer',
    'sometimes simple, similar, sim-to-real, well, in, to, star',
    'We train a model. It works well on small data.',
  ])('should flag nothing in the prose %j, and the cleaner leaves it as written', (text) => {
    expect(scanMathHits(text)).toEqual([]);
    expect(cleanMathText(text).text).toBe(text);
  });

  it('should flag every span that cleaning changes (a span without a hit is copied)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const hits = scanMathHits(text);
        const { spans, dollarDelimiters } = findMathSpans(text, chunkStarts(text));
        for (const span of spans) {
          const cleaned = cleanSpan(text, span.start, span.end, dollarDelimiters, { unknownMacros: new Set(), links: new Set() });
          if (cleaned !== text.slice(span.start, span.end)) {
            expect(hits.some((hit) => hit >= span.start && hit < span.end)).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('should clean like the cleaner that examines every span and rescans every pass', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const fast = cleanMathText(text);
        expect({ text: fast.text, unknownMacros: fast.unknownMacros, links: fast.links }).toEqual(cleanEverySpan(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('should fold and clean like folding, cleaning and folding again', () => {
    const spaced = fc.tuple(anyText, fc.constantFrom('', ' ', '\n', '  ', '\t')).map(([text, edge]) => `${edge}${text.replace(/ /g, () => edge || ' ')}${edge}`);
    fc.assert(
      fc.property(fc.oneof(anyText, spaced), (text) => {
        expect(foldAndCleanMath(text).text).toBe(foldWhitespace(cleanMathText(foldWhitespace(text)).text));
      }),
      { numRuns: 2000 },
    );
  });
});
