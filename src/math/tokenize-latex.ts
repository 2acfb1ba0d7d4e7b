/** What a token of a math span is. */
export type TokenKind = 'space' | 'word' | 'number' | 'command' | 'char';

/** One token of a span: a run of spaces, letters or digits, a `\command`, or one character. */
export interface Token {
  readonly kind: TokenKind;
  /** The token's text; for a command, its name without the backslash. */
  readonly text: string;
  /** Offset of the token's first character in the span. */
  readonly start: number;
  /** Offset just after the token. */
  readonly end: number;
}

/**
 * Whether a UTF-16 code unit is an ASCII letter.
 *
 * @param code - A UTF-16 code unit.
 * @returns True for `A`–`Z` and `a`–`z`.
 * @example
 * isAsciiLetterCode('q'.charCodeAt(0))
 * //=> true
 */
export function isAsciiLetterCode(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/**
 * Whether a UTF-16 code unit is an ASCII digit.
 *
 * @param code - A UTF-16 code unit.
 * @returns True for `0`–`9`.
 * @example
 * isDigitCode('7'.charCodeAt(0))
 * //=> true
 */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a UTF-16 code unit is whitespace (the characters `\s` matches).
 *
 * @param code - A UTF-16 code unit.
 * @returns True for spaces, tabs, line breaks, NBSP and the other Unicode spaces.
 * @example
 * isSpaceCode(0xa0)
 * //=> true
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Split a span into tokens in one pass: runs of whitespace, ASCII letters or digits (with inner
 * `.`/`,` between digits, `2.36`, `1,746`), `\commands` (`\alpha`, `\"`, `\\`), and single
 * characters (a surrogate pair stays one token).
 *
 * @param text - The span.
 * @returns Its tokens, covering the span without gaps.
 * @example
 * tokenizeLatex('2.36sim').map((token) => token.text)
 * //=> ['2.36', 'sim']
 */
export function tokenizeLatex(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const start = i;
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      while (i < length && isSpaceCode(text.charCodeAt(i))) i += 1;
      tokens.push({ kind: 'space', text: text.slice(start, i), start, end: i });
    } else if (isAsciiLetterCode(code)) {
      while (i < length && isAsciiLetterCode(text.charCodeAt(i))) i += 1;
      tokens.push({ kind: 'word', text: text.slice(start, i), start, end: i });
    } else if (isDigitCode(code)) {
      i += 1;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (isDigitCode(next)) i += 1;
        else if ((next === 0x2e || next === 0x2c) && i + 1 < length && isDigitCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
    } else if (code === 0x5c && i + 1 < length) {
      i += 1;
      if (isAsciiLetterCode(text.charCodeAt(i))) {
        while (i < length && isAsciiLetterCode(text.charCodeAt(i))) i += 1;
      } else {
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      }
      tokens.push({ kind: 'command', text: text.slice(start + 1, i), start, end: i });
    } else {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      tokens.push({ kind: 'char', text: text.slice(start, i), start, end: i });
    }
  }
  return tokens;
}
