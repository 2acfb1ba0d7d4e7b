import { assertString } from '../assert-argument.js';
import { parseOptions } from '../parse-options.js';
import { CleanOptionsSchema, type CleanOptions, type MathMode } from '../schema.js';
import { foldWhitespace } from '../text/fold-whitespace.js';
import { cleanMathText, foldAndCleanMath } from './clean-math.js';

/** What `cleanMathWithReport` returns: the text, its unknown macros and its recovered links. */
export interface MathCleanReport {
  text: string;
  /** Unknown `\macros`, named without the backslash, in order of first appearance, no duplicates. */
  unknownMacros: string[];
  /** URLs recovered from `\href{...}`, `url{...}` and `URL{text}` remnants. */
  links: string[];
}

/** Check the arguments of the cleaning functions; a TypeError says what was expected and what came. */
function checkArguments(text: unknown, options: unknown, functionName: string): MathMode {
  assertString(text, 'text');
  return parseOptions(CleanOptionsSchema, options, functionName).math ?? 'unicode';
}

/**
 * Clean an abstract or a title: fold whitespace, then (by default) turn damaged LaTeX into
 * Unicode. With `{ math: 'keep' }` only whitespace is folded (docs/math.md#cleanmath-and-normalizeabstract).
 *
 * @param text - The abstract as captured.
 * @param options - `math`: `'unicode'` (default) or `'keep'`.
 * @returns The cleaned text on one line.
 * @throws TypeError when `text` is not a string or the options are invalid.
 * @example
 * normalizeAbstract('decay is 30times\n larger, for small varepsilon')
 * //=> 'decay is 30× larger, for small ε'
 */
export function normalizeAbstract(text: string, options?: CleanOptions): string {
  const mode = checkArguments(text, options, 'normalizeAbstract');
  if (mode === 'keep') return foldWhitespace(text);
  return foldAndCleanMath(text).text;
}

/**
 * Turn the math of a text into Unicode without folding its whitespace: raw LaTeX (`$k \times k$`,
 * `H\"older`) and de-backslashed remnants (`30times`, `ell_p`, `Oleft(1{r}right)`).
 *
 * @param text - Any text.
 * @param options - `math`: `'unicode'` (default) or `'keep'` (returns the text unchanged).
 * @returns The text with its math cleaned.
 * @throws TypeError when `text` is not a string or the options are invalid.
 * @example
 * cleanMath('achieves 2.36sim 8.02times speed-up')
 * //=> 'achieves 2.36∼8.02× speed-up'
 */
export function cleanMath(text: string, options?: CleanOptions): string {
  const mode = checkArguments(text, options, 'cleanMath');
  if (mode === 'keep') return text;
  return cleanMathText(text).text;
}

/**
 * Clean the math of a text like `cleanMath`, and say what was found on the way: unknown macros
 * (for diagnostics) and URLs recovered from `\href`/`url{...}` remnants (for a paper's links).
 *
 * @param text - Any text.
 * @param options - `math`: `'unicode'` (default) or `'keep'`.
 * @returns The cleaned text, the unknown macro names (without backslash) and the links.
 * @throws TypeError when `text` is not a string or the options are invalid.
 * @example
 * cleanMathWithReport('we built \\mname, see https://x.org/a{code}.')
 * //=> { text: 'we built mname, see https://x.org/a.', unknownMacros: ['mname'], links: ['https://x.org/a'] }
 */
export function cleanMathWithReport(text: string, options?: CleanOptions): MathCleanReport {
  const mode = checkArguments(text, options, 'cleanMathWithReport');
  if (mode === 'keep') return { text, unknownMacros: [], links: [] };
  const result = cleanMathText(text);
  return { text: result.text, unknownMacros: [...result.unknownMacros], links: [...result.links] };
}

/** Longest title prefix (before its colon) taken as a short name, in characters. */
const LONGEST_SHORT_NAME = 40;
/** Most words a short name may have (`EditReward`, `Sample Factory`). */
const MOST_SHORT_NAME_WORDS = 3;

/**
 * The diagnostic message for an unknown macro. When the paper's title starts with a short name
 * before a colon (`EditReward: A Human-Aligned ...`), the message names it as the likely expansion.
 *
 * @param name - The macro name without its backslash (`mname`).
 * @param title - The paper's title.
 * @returns The message.
 * @example
 * unknownMacroMessage('mname', 'EditReward: A Human-Aligned Reward Model')
 * //=> 'Unknown LaTeX macro `\\mname` kept as "mname"; the title suggests it stands for "EditReward".'
 */
export function unknownMacroMessage(name: string, title: string): string {
  const base = `Unknown LaTeX macro \`\\${name}\` kept as "${name}"`;
  const colon = title.indexOf(':');
  if (colon > 0) {
    const candidate = title.slice(0, colon).trim();
    const words = candidate.split(' ').filter((word) => word !== '');
    if (candidate.length > 0 && candidate.length <= LONGEST_SHORT_NAME && words.length <= MOST_SHORT_NAME_WORDS) {
      return `${base}; the title suggests it stands for "${candidate}".`;
    }
  }
  return `${base}.`;
}
