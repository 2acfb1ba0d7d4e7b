import { SUBSCRIPTS, SUPERSCRIPTS } from './latex-symbols.generated.js';

/** The characters a script may hold to become Unicode: digits and the signs `+ - =`. */
const SCRIPTABLE = '0123456789+-=';
/** Longest script turned into Unicode (`^{-12}`); longer ones keep their `^{...}`. */
const LONGEST_UNICODE_SCRIPT = 4;

/**
 * A script's content as Unicode superscript or subscript characters, when every character has
 * one and the content is short and numeric (`2` → `²`, `-1` → `⁻¹`, `+` → `⁺`; docs/math.md#scripts).
 *
 * @param content - What the script holds, without `^`, `_` or braces.
 * @param kind - `'^'` for a superscript, `'_'` for a subscript.
 * @returns The Unicode form, or undefined when it should stay `^{...}`.
 * @example
 * unicodeScript('-1', '^')
 * //=> '⁻¹'
 */
export function unicodeScript(content: string, kind: '^' | '_'): string | undefined {
  if (content.length === 0 || content.length > LONGEST_UNICODE_SCRIPT) return undefined;
  if (content === '-' || content === '=') return undefined;
  const table = kind === '^' ? SUPERSCRIPTS : SUBSCRIPTS;
  let result = '';
  for (const char of content) {
    if (!SCRIPTABLE.includes(char)) return undefined;
    const mapped = table[char];
    if (mapped === undefined) return undefined;
    result += mapped;
  }
  return result;
}
