import { COMBINING_MARK, LETTER_OR_SYMBOL } from './math-patterns.js';
import { SUBSCRIPTS, SUPERSCRIPTS } from './latex-symbols.generated.js';

const scriptChars: ReadonlySet<string> = new Set([...Object.values(SUPERSCRIPTS), ...Object.values(SUBSCRIPTS)]);

/**
 * Whether a code point is a math character: a Greek letter, a letterlike or mathematical
 * alphanumeric symbol, an arrow, an operator, a miscellaneous technical sign.
 *
 * @param codePoint - A Unicode code point.
 * @returns True when the character reads as math.
 * @example
 * isMathCodePoint('∞'.codePointAt(0) ?? 0)
 * //=> true
 */
export function isMathCodePoint(codePoint: number): boolean {
  return (
    (codePoint >= 0x391 && codePoint <= 0x3f5) ||
    (codePoint >= 0x2100 && codePoint <= 0x214f) ||
    (codePoint >= 0x2190 && codePoint <= 0x22ff) ||
    (codePoint >= 0x2308 && codePoint <= 0x230b) ||
    (codePoint >= 0x27c0 && codePoint <= 0x27ff) ||
    (codePoint >= 0x2a00 && codePoint <= 0x2aff) ||
    (codePoint >= 0x1d400 && codePoint <= 0x1d7ff) ||
    codePoint === 0xd7 ||
    codePoint === 0xb1
  );
}

/**
 * Whether a code unit is an ASCII relation sign (`=`, `<`, `>`): a Greek name beside one, even
 * across a space, is math (`gamma = 0.99`, `0 < delta`).
 *
 * @param code - A UTF-16 code unit.
 * @returns True for `=`, `<` and `>`.
 * @example
 * isAsciiRelationCode('='.charCodeAt(0))
 * //=> true
 */
export function isAsciiRelationCode(code: number): boolean {
  return code === 0x3d || code === 0x3c || code === 0x3e;
}

/**
 * Whether a piece of cleaned math is one atom, so that it needs no parentheses as a denominator
 * or under a root: a number, or one letter or symbol (with its accents), followed by scripts
 * (`K^{3/2}`, `n²`), or a whole parenthesized group. Linear, without a regular expression.
 *
 * @param text - Cleaned math.
 * @returns True for `K`, `12.5`, `K^{3/2}`, `ε²`, `(1-λ)`; false for `nK`, `1+p`, `log n`.
 * @example
 * isSingleAtom('K^{3/2}')
 * //=> true
 */
export function isSingleAtom(text: string): boolean {
  const value = text.trim();
  if (value.length === 0) return false;
  if (value.startsWith('(') && closingParen(value, 0) === value.length - 1) return true;
  let p = 0;
  const first = value.codePointAt(0) ?? 0;
  if (first >= 0x30 && first <= 0x39) {
    while (p < value.length && '0123456789.,'.includes(value.charAt(p))) p += 1;
  } else if (LETTER_OR_SYMBOL.test(String.fromCodePoint(first))) {
    p += first > 0xffff ? 2 : 1;
  } else {
    return false;
  }
  while (p < value.length && COMBINING_MARK.test(value.charAt(p))) p += 1;
  while (p < value.length) {
    const char = value.charAt(p);
    if (scriptChars.has(char) || char === '\u2032' || char === "'") {
      p += 1;
    } else if ((char === '^' || char === '_') && p + 1 < value.length) {
      if (value.charAt(p + 1) === '{') {
        const close = closingBrace(value, p + 1);
        if (close < 0) return false;
        p = close + 1;
      } else {
        const next = value.codePointAt(p + 1) ?? 0;
        p += next > 0xffff ? 3 : 2;
      }
    } else {
      return false;
    }
  }
  return true;
}

/** The most pieces of output a group may span and still be read as one atom. */
const SINGLE_ATOM_PIECE_BUDGET = 256;

/** The most characters a group may hold and still be read as one atom. */
const SINGLE_ATOM_CHAR_BUDGET = 1024;

/**
 * Whether the output pieces from `from` on form one atom ({@link isSingleAtom}), read within a
 * fixed budget so that nested groups stay linear: a group longer than the budget is never one
 * atom, so it keeps its parentheses (`√(a₀+…+a₉₉)`), and at worst gains a redundant pair.
 *
 * @param pieces - Output pieces, as the writer holds them.
 * @param from - The index of the group's first piece.
 * @returns True when the joined pieces are one atom.
 * @example
 * isSingleAtomPieces(['√', 'K', '^{3/2}'], 1)
 * //=> true
 */
export function isSingleAtomPieces(pieces: readonly string[], from: number): boolean {
  if (pieces.length - from > SINGLE_ATOM_PIECE_BUDGET) return false;
  let length = 0;
  for (let k = from; k < pieces.length; k += 1) {
    length += pieces[k]?.length ?? 0;
    if (length > SINGLE_ATOM_CHAR_BUDGET) return false;
  }
  return isSingleAtom(pieces.slice(from).join(''));
}

/** The offset of the `)` matching the `(` at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let p = open; p < text.length; p += 1) {
    const char = text.charAt(p);
    if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return p;
    }
  }
  return -1;
}

/** The offset of the `}` matching the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let p = open; p < text.length; p += 1) {
    const char = text.charAt(p);
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return p;
    }
  }
  return -1;
}
