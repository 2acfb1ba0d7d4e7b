import { TEXT_ACCENTS } from './latex-symbols.generated.js';

/** Dotless letters that take the dot back when an accent sits on them (`\"{\i}` → `ï`). */
const DOTTED_FORM: Readonly<Record<string, string>> = { ı: 'i', ȷ: 'j' };

/**
 * The combining character of a text accent command (`\"`, `\'`, `\^`, ...), if it is one.
 *
 * @param command - The command name without its backslash.
 * @returns The combining character, or undefined.
 * @example
 * textAccent('"')
 * //=> '\u0308'
 */
export function textAccent(command: string): string | undefined {
  return Object.hasOwn(TEXT_ACCENTS, command) ? TEXT_ACCENTS[command] : undefined;
}

/**
 * Put a combining accent on the first character of a base and compose it (`o` + `\u0308` → `ö`).
 *
 * @param base - The accented text; only its first character takes the accent.
 * @param combining - The combining character.
 * @returns The base with the accent, in NFC.
 * @example
 * applyAccent('older', '\u0308')
 * //=> 'ölder'
 */
export function applyAccent(base: string, combining: string): string {
  const first = String.fromCodePoint(base.codePointAt(0) ?? 0x20);
  const letter = DOTTED_FORM[first] ?? first;
  if (base.length === 0) return combining;
  return `${letter}${combining}`.normalize('NFC') + base.slice(first.length);
}
