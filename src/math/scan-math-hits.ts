/**
 * The cheap pre-scan of the math cleaner: one pass over a text that finds every place where
 * cleaning could start to change something, and so proves that nothing changes anywhere else.
 *
 * A change starts at a trigger character (`\ ^ _ { } $ ~`, `--`, ``` `` ```, `''`, `Fr'echet`)
 * or at a bare word that the planner converts without leaning on another conversion: a
 * never-English name (`varepsilon`), a glued run with a distinctive name (`mepsilon`), a name
 * glued to a digit or a bracket (`30times`, `Oleft(`), a Greek name glued to math punctuation
 * (`0<delta<1`) or beside a math sign, an English name between two math atoms (`m times n`).
 * Every other conversion leans on one of these in the same span, so a span without a hit is
 * copied unchanged (docs/math.md#evidence: a bare English word alone is never math). The rules mirror
 * `plan-words.ts` with every word around kept; they may flag more than converts, never less.
 *
 * Letters go through `NAME_AUTOMATON`, one table step each; everything else is decided at the
 * ends of runs and at the few characters that are neither letters nor spaces.
 */
import { isEnvironmentName, isGreekName, isListEllipsis, isOperatorName } from './lexicon.js';
import {
  ENDS_WITH_OPERATOR,
  ENDS_WITH_SIZING,
  HOLDS_DISTINCTIVE,
  LETTER_COLUMNS,
  letterColumn,
  NAME_ACCENT,
  NAME_AUTOMATON,
  NAME_BETWEEN_ATOMS,
  NAME_GREEK,
  NAME_NEVER_ENGLISH,
  NAME_SIZING,
  NAME_WHOLE,
  ROW_SHIFT,
} from './name-automaton.js';
import { isAsciiRelationCode, isMathCodePoint } from './atoms.js';
import { convertsAlone, isVariableLogRun, summarizeGluedRun } from './split-glued-run.js';
import { isAsciiLetterCode, isDigitCode, isSpaceCode } from './tokenize-latex.js';

// Character kinds of the pre-scan (letters are their automaton column, below LETTER_COLUMNS). A run
// of letters followed by a kind from DIGIT on needs a full look (digits, `(`, `*`, `:` glue to it).
const SPACE = 64;
const CLOSER = 65;
const OTHER = 66;
const DOT = 67;
const TRIGGER = 68;
const DASH = 69;
const BACKTICK = 70;
const APOSTROPHE = 71;
const MATH = 72;
const SURROGATE = 73;
const LOW_SURROGATE = 74;
const DIGIT = 80;
const OPENER = 81;
const STAR = 82;
const COLON = 83;

/** The kind of every UTF-16 code unit, built once and only read afterwards. */
const CHAR_KIND: Uint8Array = buildCharKinds();

/** Build the table of character kinds. */
function buildCharKinds(): Uint8Array {
  const kinds = new Uint8Array(0x10000).fill(OTHER);
  for (let code = 0; code < 0x10000; code += 1) {
    if (isAsciiLetterCode(code)) kinds[code] = letterColumn(code);
    else if (isSpaceCode(code)) kinds[code] = SPACE;
    else if (isDigitCode(code)) kinds[code] = DIGIT;
    else if (isMathCodePoint(code)) kinds[code] = MATH;
  }
  for (const char of '\\^_{}$~') kinds[char.charCodeAt(0)] = TRIGGER;
  kinds[0x2d] = DASH;
  kinds[0x60] = BACKTICK;
  kinds[0x27] = APOSTROPHE;
  kinds[0x29] = CLOSER;
  kinds[0x5d] = CLOSER;
  kinds[0x2e] = DOT;
  kinds[0x28] = OPENER;
  kinds[0x5b] = OPENER;
  kinds[0x7c] = OPENER;
  kinds[0x2a] = STAR;
  kinds[0x3a] = COLON;
  // `\ud835` starts the mathematical alphanumeric symbols (U+1D400–U+1D7FF).
  kinds[0xd835] = SURROGATE;
  kinds.fill(LOW_SURROGATE, 0xdc00, 0xe000);
  return kinds;
}

// What the token before a word is, as the planner's `atomBefore` sees it (kept words only).
const TOKEN_NONE = 0;
const TOKEN_NUMBER = 1;
const TOKEN_LETTER = 2;
const TOKEN_GREEK = 3;
const TOKEN_CLOSER = 4;
const TOKEN_MATH = 5;
const TOKEN_RELATION = 6;

// What the token after a word is, as the planner's `atomAfter` sees it (kept words only).
const ATOM_NONE = 0;
const ATOM_PLAIN = 1;
const ATOM_STRONG = 2;
const ATOM_OPERATOR = 3;

/** What the pre-scan finds in a text. */
export interface MathScan {
  /** Offsets of the hits, ascending; empty when cleaning cannot change the text. */
  readonly hits: number[];
  /** Whether folding whitespace would change the text: a tab, a line break, two spaces, a space at an end. */
  readonly foldsWhitespace: boolean;
}

/**
 * Find where cleaning may start to change a text. Linear: one automaton step per letter, and a
 * look at a few neighbouring characters at the ends of some runs.
 *
 * @param text - The text to scan.
 * @returns Offsets of the hits, ascending; empty when cleaning cannot change the text.
 * @example
 * scanMathHits('works well for small varepsilon.')
 * //=> [21]
 */
export function scanMathHits(text: string): number[] {
  return scanMathText(text).hits;
}

/**
 * Find where cleaning may start to change a text, and whether folding its whitespace would
 * change it (so that a caller that folds first can skip that for most texts).
 *
 * @param text - The text to scan.
 * @returns The hits and whether the whitespace needs folding.
 * @example
 * scanMathText('small  varepsilon')
 * //=> { hits: [7], foldsWhitespace: true }
 */
export function scanMathText(text: string): MathScan {
  const { transitions, flags, depth } = NAME_AUTOMATON;
  const hits: number[] = [];
  const length = text.length;
  let state = 0;
  let boundary = -1;
  let boundaryKind = SPACE;
  let left = TOKEN_NONE;
  let foldsWhitespace = false;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    const kind = CHAR_KIND[code] as number;
    if (kind < LETTER_COLUMNS) {
      state = transitions[state + kind] as number;
      continue;
    }
    const runLength = i - boundary - 1;
    if (runLength > 0) {
      const stateFlags = flags[state >> ROW_SHIFT] as number;
      if ((stateFlags & NAME_WHOLE) !== 0 && depth[state >> ROW_SHIFT] === runLength) {
        // A whole command name. Most are English words with plain prose around (`in`, `to`):
        // nothing to look at unless a digit, a bracket or a math atom stands beside them.
        if ((stateFlags & NAME_NEEDS_LOOK) !== 0 || left !== TOKEN_NONE || boundaryKind >= CLOSER || kind >= DIGIT) {
          left = endOfRun(text, boundary + 1, i, stateFlags, depth[state >> ROW_SHIFT] as number, left, hits);
        } else {
          left = runLength === 1 ? letterToken(text, i - 1) : TOKEN_NONE;
        }
      } else if (
        (stateFlags & HOLDS_DISTINCTIVE) !== 0 ||
        boundaryKind === DIGIT ||
        kind === DIGIT ||
        kind === STAR ||
        ((stateFlags & ENDS_WITH_SIZING) !== 0 && kind === OPENER) ||
        ((stateFlags & ENDS_WITH_OPERATOR) !== 0 && runLength >= 4) ||
        (runLength === 3 && isMediumTriple(text, boundary + 1)) ||
        (kind === COLON && text.charCodeAt(i + 1) === 0x2f) ||
        (kind === DOT && text.charCodeAt(i - 1) === 0x77)
      ) {
        left = endOfRun(text, boundary + 1, i, stateFlags, depth[state >> ROW_SHIFT] as number, left, hits);
      } else {
        left = runLength === 1 ? letterToken(text, i - 1) : TOKEN_NONE;
      }
      state = 0;
    }
    if (kind === SPACE) {
      // Anything but single spaces between words is folded: a tab, a break, two spaces, an end.
      if (code !== 0x20 || (runLength === 0 && boundaryKind === SPACE)) foldsWhitespace = true;
      boundary = i;
      boundaryKind = SPACE;
      continue;
    }
    boundary = i;
    boundaryKind = kind;
    if (kind === DIGIT) left = TOKEN_NUMBER;
    else if (kind === CLOSER) left = TOKEN_CLOSER;
    // The second half of a surrogate pair keeps what its first half made of it.
    else if (kind === LOW_SURROGATE) left = text.charCodeAt(i - 1) === 0xd835 ? left : TOKEN_NONE;
    else if (kind < TRIGGER || kind > SURROGATE) left = isAsciiRelationCode(code) ? TOKEN_RELATION : TOKEN_NONE;
    else left = specialCharacter(text, i, kind, hits);
  }
  if (length - boundary > 1) endOfRun(text, boundary + 1, length, flags[state >> ROW_SHIFT] as number, depth[state >> ROW_SHIFT] as number, left, hits);
  if (length > 0 && CHAR_KIND[text.charCodeAt(length - 1)] === SPACE) foldsWhitespace = true;
  return { hits, foldsWhitespace };
}

/** Note a character that may start a change (a trigger, a dash, a quote, a math sign); returns it as a left neighbour. */
function specialCharacter(text: string, i: number, kind: number, hits: number[]): number {
  switch (kind) {
    case MATH:
      return TOKEN_MATH;
    case SURROGATE:
      return isLowSurrogate(text.charCodeAt(i + 1)) ? TOKEN_MATH : TOKEN_NONE;
    case TRIGGER:
      hits.push(i);
      return TOKEN_NONE;
    case DASH:
      if (text.charCodeAt(i + 1) === 0x2d) hits.push(i);
      return TOKEN_NONE;
    case BACKTICK:
      if (text.charCodeAt(i + 1) === 0x60) hits.push(i);
      return TOKEN_NONE;
    default:
      // An apostrophe: `''` or an accent (`Fr'echet`).
      if (text.charCodeAt(i + 1) === 0x27 || isAccentApostrophe(text, i)) hits.push(i);
      return TOKEN_NONE;
  }
}

/** Whole names that always get the full judgement: never English, or converted by glue alone (sizing, Greek, accents). */
const NAME_NEEDS_LOOK = NAME_NEVER_ENGLISH | NAME_SIZING | NAME_GREEK | NAME_ACCENT;

/** What a one-letter word ending at `p` is as a left neighbour: `a`, `A`, `I` and letters after an apostrophe are English. */
function letterToken(text: string, p: number): number {
  const code = text.charCodeAt(p);
  if (code === 0x61 || code === 0x41 || code === 0x49 || text.charCodeAt(p - 1) === 0x27) return TOKEN_NONE;
  return TOKEN_LETTER;
}

/** The automaton's state after reading `text[start, end)` from the root. */
function stateAfter(text: string, start: number, end: number): number {
  const { transitions } = NAME_AUTOMATON;
  let state = 0;
  for (let p = start; p < end; p += 1) state = transitions[state + (CHAR_KIND[text.charCodeAt(p)] as number)] as number;
  return state >> ROW_SHIFT;
}

/**
 * Where a URL starts inside the run `text[start, end)`, or -1: the cleaner keeps URLs verbatim
 * and cuts the text around them, so `sqrttohttps://x` holds the word `sqrtto` at the end of a piece.
 */
function urlStartInRun(text: string, start: number, end: number): number {
  let prefixEnd = -1;
  let urlStart = -1;
  if (text.startsWith('://', end)) {
    if (end - start >= 5 && text.startsWith('https', end - 5)) urlStart = end - 5;
    else if (end - start >= 4 && text.startsWith('http', end - 4)) urlStart = end - 4;
    prefixEnd = end + 3;
  } else if (text.charCodeAt(end) === 0x2e && end - start >= 3 && text.startsWith('www', end - 3)) {
    urlStart = end - 3;
    prefixEnd = end + 1;
  }
  if (urlStart < 0 || prefixEnd >= text.length || URL_STOP.includes(text.charAt(prefixEnd)) || isSpaceCode(text.charCodeAt(prefixEnd))) return -1;
  return urlStart;
}

/** Characters that end a URL in prose (besides whitespace). */
const URL_STOP = '{}"<>\\';

/**
 * Judge the run of letters `text[start, end)` the automaton ended in (`stateFlags`, `stateDepth`),
 * push its start to `hits` when it may convert, and return what it is as a left neighbour.
 */
function endOfRun(text: string, start: number, end: number, stateFlags: number, stateDepth: number, left: number, hits: number[]): number {
  if (end < text.length && (text.charCodeAt(end) === 0x3a || text.charCodeAt(end) === 0x2e)) {
    const urlStart = urlStartInRun(text, start, end);
    if (urlStart >= 0) {
      // The word before the URL ends its piece of text: nothing comes after it.
      if (urlStart > start) {
        const state = stateAfter(text, start, urlStart);
        judgeRun(text, start, urlStart, urlStart, NAME_AUTOMATON.flags[state] as number, NAME_AUTOMATON.depth[state] as number, left, hits);
      }
      return TOKEN_NONE;
    }
  }
  return judgeRun(text, start, end, text.length, stateFlags, stateDepth, left, hits);
}

/**
 * Judge the run `text[start, end)` of a piece of text that ends at `limit`; push its start to
 * `hits` when it may convert, and return what it is as a left neighbour.
 */
function judgeRun(text: string, start: number, end: number, limit: number, stateFlags: number, stateDepth: number, left: number, hits: number[]): number {
  const whole = (stateFlags & NAME_WHOLE) !== 0 && stateDepth === end - start;
  // An environment whose `\begin{` vanished: `align*`.
  if (end < limit && text.charCodeAt(end) === 0x2a && isEnvironmentName(text.slice(start, end))) hits.push(start);
  if (whole) {
    if ((stateFlags & NAME_NEVER_ENGLISH) !== 0 || englishNameMayConvert(text, start, end, limit, stateFlags, left)) hits.push(start);
    if ((stateFlags & NAME_GREEK) !== 0) return TOKEN_GREEK;
  } else if (gluedRunMayConvert(text, start, end, limit, stateFlags)) {
    hits.push(start);
  }
  return end - start === 1 ? letterToken(text, start) : TOKEN_NONE;
}

/** Whether a whole English command name (`times`, `left`, `delta`) may convert where it stands. */
function englishNameMayConvert(text: string, start: number, end: number, limit: number, stateFlags: number, left: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < limit ? text.charCodeAt(end) : -1;
  // Glued to a digit: `30times`, `2log`, `sim2` (the planner weighs which side).
  if (isDigitCode(before) || isDigitCode(after)) return true;
  // An ellipsis between the commas of a list: `x_1,dots,x_n`.
  if (before === 0x2c && isListEllipsis(text.slice(start, end), ',', text.charAt(end))) return true;
  // A sizing name glued to math before it and to the delimiter it sizes: `Oleft(`, `)right)`.
  if ((stateFlags & NAME_SIZING) !== 0) return before >= 0 && !isSpaceCode(before) && ')]|.(['.includes(String.fromCharCode(after));
  // Glued to a closing bracket with a math atom after: `f(x)in R`.
  if ((before === 0x29 || before === 0x5d || before === 0x7c) && (after < 0 || isSpaceCode(after)) && rightAtom(text, end, limit) !== ATOM_NONE) return true;
  if ((stateFlags & NAME_GREEK) !== 0) return greekNameMayConvert(text, start, end, limit, before, after, left);
  // An accent before a variable that is plainly math: `tilde O(`.
  if ((stateFlags & NAME_ACCENT) !== 0 && accentTargetFollows(text, end, limit)) return true;
  // Between two math atoms: `m times n`, `64 times 64`, `f(x) models θ`.
  if (left === TOKEN_NONE) return false;
  const right = rightAtom(text, end, limit);
  if (right === ATOM_NONE || right === ATOM_OPERATOR) return false;
  if ((stateFlags & NAME_BETWEEN_ATOMS) !== 0) return true;
  return (left === TOKEN_CLOSER || left === TOKEN_MATH) && right === ATOM_STRONG;
}

/** Characters that glue a Greek name to math on both sides (`(epsilon,delta)`). */
const GREEK_GLUE = '([{|,)]}/+-*<>=';

/** Whether an English Greek name (`delta`, `pi`) may convert: glued to math, or beside an operator or a strong atom. */
function greekNameMayConvert(text: string, start: number, end: number, limit: number, before: number, after: number, left: number): boolean {
  const beforeChar = before >= 0 ? String.fromCharCode(before) : '';
  const afterChar = after >= 0 ? String.fromCharCode(after) : '';
  if (beforeChar !== '' && '<>=/|'.includes(beforeChar)) return true;
  if (afterChar !== '' && '<>=|('.includes(afterChar)) return true;
  if (beforeChar !== '' && afterChar !== '' && GREEK_GLUE.includes(beforeChar) && GREEK_GLUE.includes(afterChar) && !(before === 0x2d && after === 0x2d)) return true;
  if (left === TOKEN_CLOSER || left === TOKEN_MATH || left === TOKEN_RELATION) return true;
  const right = rightAtom(text, end, limit);
  return right === ATOM_STRONG || right === ATOM_OPERATOR || mathNearInChunk(text, start, end);
}

/** Characters a Greek name reaches math through within its chunk (`(1-lambda)^2`, `kappa)`). */
const CHUNK_GLUE = ',()[]{}|/+-=<>';

/**
 * Whether a math character stands within eight tokens of the word `text[start, end)` in its chunk,
 * reached through numbers, one-letter words and the characters of CHUNK_GLUE (`(1-lambda)θ`).
 */
function mathNearInChunk(text: string, start: number, end: number): boolean {
  let p = end;
  for (let steps = 0; steps < 8 && p < text.length; steps += 1) {
    const code = text.charCodeAt(p);
    if (isSpaceCode(code)) break;
    if (isMathAt(text, p)) return true;
    let q = p + 1;
    if (isAsciiLetterCode(code)) {
      while (q < text.length && isAsciiLetterCode(text.charCodeAt(q))) q += 1;
      if (q - p > 1) break;
    } else if (isDigitCode(code)) {
      while (q < text.length && (isDigitCode(text.charCodeAt(q)) || text.charCodeAt(q) === 0x2e || text.charCodeAt(q) === 0x2c)) q += 1;
    } else if (!CHUNK_GLUE.includes(text.charAt(p))) {
      break;
    }
    p = q;
  }
  p = start - 1;
  for (let steps = 0; steps < 8 && p >= 0; steps += 1) {
    const code = text.charCodeAt(p);
    if (isSpaceCode(code)) break;
    if (isMathAt(text, p) || (isLowSurrogate(code) && isMathAt(text, p - 1))) return true;
    let q = p - 1;
    if (isAsciiLetterCode(code)) {
      while (q >= 0 && isAsciiLetterCode(text.charCodeAt(q))) q -= 1;
      if (p - q > 1) break;
    } else if (isDigitCode(code)) {
      while (q >= 0 && (isDigitCode(text.charCodeAt(q)) || text.charCodeAt(q) === 0x2e || text.charCodeAt(q) === 0x2c)) q -= 1;
    } else if (!CHUNK_GLUE.includes(text.charAt(p))) {
      break;
    }
    p = q;
  }
  return false;
}

/** Whether a letter run that is no whole name may convert: distinctive names, digit or bracket glue, medium runs. */
function gluedRunMayConvert(text: string, start: number, end: number, limit: number, stateFlags: number): boolean {
  const length = end - start;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < limit ? text.charCodeAt(end) : -1;
  const digitBefore = isDigitCode(before);
  const digitAfter = isDigitCode(after);
  if ((stateFlags & HOLDS_DISTINCTIVE) !== 0 || ((digitBefore || digitAfter) && length >= 2)) {
    const split = summarizeGluedRun(text, start, end);
    if (split !== undefined && split.letters <= Math.max(2, split.names)) {
      // `mepsilon`, `ncdot`, `varepsilonto`, `varepsilond`: a distinctive name and variables.
      if (convertsAlone(split, text.slice(start, end))) return true;
      // `30times`, `1pmvarepsilon`: the digit touches a name.
      if (split.letters === 0 || split.hasDistinctiveName) {
        if (digitBefore && split.startsWithName) return true;
        if (digitAfter && split.endsWithName) return true;
      }
    }
  }
  // `Oleft(`, `Omegabig(`: a sizing name glued to the delimiter it sizes.
  if ((stateFlags & ENDS_WITH_SIZING) !== 0 && (after === 0x28 || after === 0x5b || after === 0x7c)) return true;
  // Medium runs beside a math atom: `mgg 1`, `Bin R^{...}`, `nlog n`, `mloglog n`.
  const mediumShape =
    length === 3
      ? isMediumTriple(text, start)
      : length === 4
        ? isVariableLogRun(text.slice(start, end))
        : length >= 5 && (stateFlags & ENDS_WITH_OPERATOR) !== 0;
  return mediumShape && rightAtom(text, end, limit) !== ATOM_NONE;
}

/** Whether three letters are a variable and a relation (`mgg`, `rll`, `Bin`). */
function isMediumTriple(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const third = text.charCodeAt(start + 2);
  if (second === third && (second === 0x67 || second === 0x6c)) return !isVowelLetter(first);
  return ((second === 0x69 && third === 0x6e) || (second === 0x6e && third === 0x69)) && first >= 0x41 && first <= 0x5a;
}

/** Whether a letter code is a vowel, either case. */
function isVowelLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower === 0x61 || lower === 0x65 || lower === 0x69 || lower === 0x6f || lower === 0x75;
}

/** Whether an accent name is followed by one variable that is plainly math (`tilde O(`). */
function accentTargetFollows(text: string, end: number, limit: number): boolean {
  if (end >= limit || !isSpaceCode(text.charCodeAt(end))) return false;
  let p = end;
  while (p < limit && isSpaceCode(text.charCodeAt(p))) p += 1;
  if (!isAsciiLetterCode(text.charCodeAt(p))) return false;
  while (p < text.length && isAsciiLetterCode(text.charCodeAt(p))) p += 1;
  return text.charCodeAt(p) === 0x28;
}

/**
 * How the token after a word looks as a math atom, across one run of spaces, when no word
 * around has been converted: the planner's `atomAfter`.
 */
function rightAtom(text: string, end: number, limit: number): number {
  let p = end;
  while (p < limit && isSpaceCode(text.charCodeAt(p))) p += 1;
  if (p >= limit) return ATOM_NONE;
  const code = text.charCodeAt(p);
  if (isDigitCode(code)) return ATOM_PLAIN;
  if (isAsciiRelationCode(code)) return ATOM_OPERATOR;
  if (code === 0x5c) return ATOM_STRONG;
  if (isAsciiLetterCode(code)) return wordAtom(text, p);
  if (code === 0x28 || code === 0x5b || code === 0x7b || code === 0x7c) {
    const inner = text.charCodeAt(p + 1);
    if (isAsciiLetterCode(inner)) {
      const atom = wordAtom(text, p + 1);
      return atom === ATOM_NONE || atom === ATOM_OPERATOR ? ATOM_NONE : ATOM_PLAIN;
    }
    if (isDigitCode(inner) || inner === 0x5c) return ATOM_PLAIN;
    return isMathAt(text, p + 1) ? ATOM_STRONG : ATOM_NONE;
  }
  if (isMathAt(text, p)) return mathCharAtom(text.codePointAt(p) ?? 0);
  return ATOM_NONE;
}

/** How a kept word starting at `start` looks as the atom after another word. */
function wordAtom(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiLetterCode(text.charCodeAt(end))) end += 1;
  let following = text.charCodeAt(end);
  const urlStart = following === 0x3a || following === 0x2e ? urlStartInRun(text, start, end) : -1;
  if (urlStart === start) return ATOM_NONE;
  if (urlStart > start) {
    // The word ends its piece of text (`yhttps://...` holds the word `y`).
    end = urlStart;
    following = -1;
  }
  if (following === 0x5e || following === 0x5f) return ATOM_STRONG;
  if (end - start === 1) {
    const code = text.charCodeAt(start);
    if (code === 0x61 || code === 0x41 || code === 0x49) return ATOM_NONE;
    if (following === 0x27 || following === 0x2e) return ATOM_NONE;
    return following === 0x28 ? ATOM_STRONG : ATOM_PLAIN;
  }
  const word = text.slice(start, end);
  if (isGreekName(word)) return ATOM_PLAIN;
  if (isOperatorName(word) && following === 0x28) return ATOM_STRONG;
  return ATOM_NONE;
}

/** Whether a math character (a BMP one or a mathematical alphanumeric pair) starts at `p`. */
function isMathAt(text: string, p: number): boolean {
  const code = text.charCodeAt(p);
  if (code === 0xd835) return isLowSurrogate(text.charCodeAt(p + 1));
  return CHAR_KIND[code] === MATH;
}

/** A math character is an operator when it is a relation or binary sign, else a strong atom (the planner's rule). */
function mathCharAtom(codePoint: number): number {
  if ((codePoint >= 0x2190 && codePoint <= 0x21ff) || (codePoint >= 0x2208 && codePoint <= 0x220d) || (codePoint >= 0x2223 && codePoint <= 0x2226)) {
    return ATOM_OPERATOR;
  }
  if ((codePoint >= 0x2243 && codePoint <= 0x22a5) || codePoint === 0xd7 || codePoint === 0xb1 || codePoint === 0x22c5) return ATOM_OPERATOR;
  return ATOM_STRONG;
}

/** Whether a code unit is a low surrogate. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether the apostrophe at `p` writes an accent (`Fr'echet`): two letters before, a vowel and a letter after. */
function isAccentApostrophe(text: string, p: number): boolean {
  const before = text.charCodeAt(p - 1);
  return (
    before >= 0x61 &&
    before <= 0x7a &&
    isAsciiLetterCode(text.charCodeAt(p - 2)) &&
    'aeiou'.includes(text.charAt(p + 1)) &&
    text.charAt(p + 1) !== '' &&
    isAsciiLetterCode(text.charCodeAt(p + 2))
  );
}
