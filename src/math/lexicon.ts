/**
 * One place that answers what a command name is: a symbol, an operator name, a command with an
 * argument, and whether its bare name is also English.
 */
import {
  ENVIRONMENT_NAMES,
  FONT_COMMANDS,
  FRACTION_COMMANDS,
  ROOT_COMMANDS,
  SIZING_NAMES,
  TEXT_ARGUMENT_COMMANDS,
  URL_COMMANDS,
  WIDE_ACCENTS,
} from './command-kinds.js';
import { MATH_ACCENTS, MATH_SYMBOLS, OPERATOR_NAMES, TEXT_SYMBOLS, type SymbolGroup } from './latex-symbols.generated.js';
import { DISTINCTIVE_SHORT_NAMES, ELLIPSIS_NAMES, ENGLISH_COMMAND_NAMES, EXTRA_COMMAND_SYMBOLS, GREEK_LETTER_NAMES } from './remnant-words.js';

/** A command that stands for one character, with the atom group that decides its spacing. */
export interface CommandSymbol {
  readonly char: string;
  readonly group: SymbolGroup;
}

const operatorNames: ReadonlySet<string> = new Set(OPERATOR_NAMES);

/**
 * The character a command stands for, if it stands for one.
 *
 * @param name - The command name without its backslash.
 * @returns The character and its atom group, or undefined.
 * @example
 * commandSymbol('times')
 * //=> { char: '×', group: 'bin' }
 */
export function commandSymbol(name: string): CommandSymbol | undefined {
  const math = Object.hasOwn(MATH_SYMBOLS, name) ? MATH_SYMBOLS[name] : undefined;
  if (math !== undefined) return { char: math[0], group: math[1] };
  const extra = EXTRA_COMMAND_SYMBOLS.get(name);
  if (extra !== undefined) return { char: extra[0], group: extra[1] };
  const text = Object.hasOwn(TEXT_SYMBOLS, name) ? TEXT_SYMBOLS[name] : undefined;
  if (text !== undefined) return { char: text, group: 'ord' };
  return undefined;
}

/**
 * Whether a command is written as its own upright name (`\log`, `\max`).
 *
 * @param name - The command name without its backslash.
 * @returns True for named operators.
 * @example
 * isOperatorName('log')
 * //=> true
 */
export function isOperatorName(name: string): boolean {
  return operatorNames.has(name);
}

/**
 * The combining character of a math accent command (`hat`, `widetilde`), if it is one.
 *
 * @param name - The command name without its backslash.
 * @returns The combining character, or undefined.
 * @example
 * mathAccent('hat')
 * //=> '\u0302'
 */
export function mathAccent(name: string): string | undefined {
  if (Object.hasOwn(MATH_ACCENTS, name)) return MATH_ACCENTS[name];
  return WIDE_ACCENTS.get(name);
}

/** Every name a bare remnant may be: symbols, operators, and commands with arguments. */
const remnantNames: ReadonlySet<string> = new Set(
  [
    ...Object.keys(MATH_SYMBOLS),
    ...EXTRA_COMMAND_SYMBOLS.keys(),
    ...OPERATOR_NAMES,
    ...FONT_COMMANDS.keys(),
    ...TEXT_ARGUMENT_COMMANDS,
    ...ROOT_COMMANDS,
    ...FRACTION_COMMANDS,
    ...SIZING_NAMES,
    ...Object.keys(MATH_ACCENTS),
    ...WIDE_ACCENTS.keys(),
    ...URL_COMMANDS,
    'displaystyle',
    'textstyle',
  ].filter((name) => name.length >= 2 && isAsciiLetters(name) && name !== 'mathop'),
);

/** Every name a bare remnant may be, as a list: the pre-scan builds its automaton from it. */
export const REMNANT_NAMES: readonly string[] = Object.freeze([...remnantNames]);

/**
 * Whether a name stands as a list's ellipsis: an ellipsis name after a comma, before a comma or a
 * closing bracket (`x_1,dots,x_n`, `(a,dots)`).
 *
 * @param name - A run of ASCII letters.
 * @param before - The character before it (empty at the start).
 * @param after - The character after it (empty at the end).
 * @returns True for `dots` in `x_1,dots,x_n`; false for `the dots`.
 * @example
 * isListEllipsis('dots', ',', ',')
 * //=> true
 */
export function isListEllipsis(name: string, before: string, after: string): boolean {
  return before === ',' && after !== '' && ',)]}'.includes(after) && ELLIPSIS_NAMES.has(name);
}

/**
 * Whether a bare word is the name of a command that a remnant may stand for.
 *
 * @param name - A run of ASCII letters.
 * @returns True when the name is in the command table.
 * @example
 * isRemnantName('varepsilon')
 * //=> true
 */
export function isRemnantName(name: string): boolean {
  return remnantNames.has(name);
}

/** Greek names that are never English: the `var` forms, epsilon, upsilon, digamma. */
const NEVER_ENGLISH_GREEK = new Set(['epsilon', 'varepsilon', 'vartheta', 'varphi', 'varpi', 'varrho', 'varsigma', 'varkappa', 'digamma', 'upsilon']);

/**
 * Whether a command name is also an English word, a name or an abbreviation, so that it converts
 * only with strong evidence (docs/math.md#english-names).
 *
 * @param name - A command name without its backslash.
 * @returns True for names like `times`, `in`, `delta`; false for `varepsilon`, `infty`.
 * @example
 * isEnglishName('times')
 * //=> true
 */
export function isEnglishName(name: string): boolean {
  if (NEVER_ENGLISH_GREEK.has(name)) return false;
  return name.length <= 2 || ENGLISH_COMMAND_NAMES.has(name) || GREEK_LETTER_NAMES.has(name);
}

/**
 * Whether a never-English command name is distinctive enough to split out of a glued run on its
 * own: six letters or more (`varepsilon`), or listed (`leq`, `cdot`).
 *
 * @param name - A command name without its backslash.
 * @returns True for `varepsilon`, `leq`; false for `times`, `lor`.
 * @example
 * isDistinctiveName('leq')
 * //=> true
 */
export function isDistinctiveName(name: string): boolean {
  return !isEnglishName(name) && (name.length >= 6 || DISTINCTIVE_SHORT_NAMES.has(name));
}

/**
 * Whether a command name is a Greek letter written out.
 *
 * @param name - A command name without its backslash.
 * @returns True for `alpha`, `Omega`, `varepsilon`.
 * @example
 * isGreekName('lambda')
 * //=> true
 */
export function isGreekName(name: string): boolean {
  return GREEK_LETTER_NAMES.has(name) || NEVER_ENGLISH_GREEK.has(name);
}

/**
 * Whether a bare command name takes a brace argument (`mathcal{`, `sqrt{`, `text{`).
 *
 * @param name - A command name without its backslash.
 * @returns True for fonts, text commands, roots, fractions, URLs and math accents.
 * @example
 * takesBraceArgument('sqrt')
 * //=> true
 */
export function takesBraceArgument(name: string): boolean {
  return (
    FONT_COMMANDS.has(name) ||
    TEXT_ARGUMENT_COMMANDS.has(name) ||
    ROOT_COMMANDS.has(name) ||
    FRACTION_COMMANDS.has(name) ||
    URL_COMMANDS.has(name) ||
    mathAccent(name) !== undefined
  );
}

/**
 * Whether a bare word names an environment whose `\begin{...}` lost its braces.
 *
 * @param name - A run of ASCII letters.
 * @returns True for `align`, `array`, ...
 * @example
 * isEnvironmentName('array')
 * //=> true
 */
export function isEnvironmentName(name: string): boolean {
  return ENVIRONMENT_NAMES.has(name);
}

/** Whether every character of a string is an ASCII letter. */
function isAsciiLetters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return text.length > 0;
}
