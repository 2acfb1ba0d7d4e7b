import { WRAPPED_HYPHEN_BREAK } from '../text/prose-patterns.js';
import type { MathMode } from '../schema.js';
import { foldWhitespace } from '../text/fold-whitespace.js';
import { joinCutWords } from '../text/join-cut-words.js';
import { foldAndCleanMath } from '../math/clean-math.js';

/** A card text cleaned, with what the math cleaner found in it. */
export interface CleanedCardText {
  text: string;
  /** Unknown `\macros`, named without the backslash. */
  unknownMacros: readonly string[];
  /** URLs recovered from `\href` and `url{...}` remnants. */
  links: readonly string[];
}

/**
 * Clean a card's title or abstract as found: rejoin words cut or hyphenated by a hard wrap, fold
 * whitespace, and (in `unicode` mode) turn damaged math into Unicode.
 *
 * @param text - The text as found, lines joined with line breaks.
 * @param math - `unicode` to clean math, `keep` to fold whitespace only.
 * @returns The clean text on one line, the unknown macros and the recovered links.
 * @example
 * cleanCardText('Fast large-\nscale   training', 'keep').text
 * //=> 'Fast large-scale training'
 */
export function cleanCardText(text: string, math: MathMode): CleanedCardText {
  // Only a text with a hyphen at a line end can hold a hyphenated wrap (and `includes` is cheap).
  const whole = joinCutWords(text);
  const unwrapped = whole.includes('-\n') ? whole.replace(WRAPPED_HYPHEN_BREAK, '') : whole;
  if (math === 'keep') return { text: foldWhitespace(unwrapped), unknownMacros: [], links: [] };
  return foldAndCleanMath(unwrapped);
}
