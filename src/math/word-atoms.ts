/**
 * How the token beside a bare word looks as a math atom: a number, a one-letter variable, a Greek
 * name, a strong atom (a command, a script, a converted symbol, a math character) or an operator.
 * The planner weighs English-looking command names by what stands on each side of them
 * (docs/math.md#between-two-math-atoms).
 */
import { isAsciiRelationCode, isMathCodePoint } from './atoms.js';
import { commandSymbol, isGreekName, isOperatorName } from './lexicon.js';
import { nextNonSpace, previousNonSpace, type Segment } from './segment.js';
import { type Token } from './tokenize-latex.js';

/** How a neighbour of a word looks as math. */
export type AtomClass = 'strong' | 'letter' | 'number' | 'greek' | 'operator' | 'none';

/** Single letters that are English words, never math atoms on their own. */
const ENGLISH_LETTERS = new Set(['a', 'A', 'I']);

/**
 * How the atom just before word `i` (across at most one run of spaces) looks.
 *
 * @param segment - The planned segment.
 * @param i - The index of a word token.
 * @returns The class of its left neighbour.
 * @example
 * atomBefore(analyseSegment(tokenizeLatex('m times n'), 0, new Set()), 2)
 * //=> 'letter'
 */
export function atomBefore(segment: Segment, i: number): AtomClass {
  const { tokens, match } = segment;
  const j = previousNonSpace(tokens, i);
  const token = tokens[j];
  if (token === undefined) return 'none';
  if (token.kind === 'number') return tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_' ? 'strong' : 'number';
  if (token.kind === 'command') return 'strong';
  if (token.kind === 'word') return wordAtom(segment, j, 'before');
  const text = token.text;
  if (text === '}') {
    const open = match[j] ?? -1;
    const before = tokens[open - 1]?.text;
    return before === '^' || before === '_' ? 'strong' : 'letter';
  }
  if (text === ')' || text === ']') {
    const open = match[j] ?? -1;
    const caller = tokens[open - 1];
    if (caller !== undefined && caller.kind !== 'space') return 'strong';
    return 'letter';
  }
  if (tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_') return 'strong';
  if (isMathCodePoint(text.codePointAt(0) ?? 0)) return mathCharAtom(text);
  return text.length === 1 && isAsciiRelationCode(text.charCodeAt(0)) ? 'operator' : 'none';
}

/**
 * How the atom just after word `i` (across at most one run of spaces) looks.
 *
 * @param segment - The planned segment.
 * @param i - The index of a word token.
 * @returns The class of its right neighbour.
 * @example
 * atomAfter(analyseSegment(tokenizeLatex('64 times 64'), 0, new Set()), 2)
 * //=> 'number'
 */
export function atomAfter(segment: Segment, i: number): AtomClass {
  const { tokens } = segment;
  const j = nextNonSpace(tokens, i);
  const token = tokens[j];
  if (token === undefined) return 'none';
  const following = tokens[j + 1]?.text ?? '';
  if (token.kind === 'number') return following === '^' || following === '_' ? 'strong' : 'number';
  if (token.kind === 'command') return 'strong';
  if (token.kind === 'word') return wordAtom(segment, j, 'after');
  const text = token.text;
  if (text === '(' || text === '[' || text === '{' || text === '|') {
    const inner = tokens[j + 1];
    if (inner === undefined) return 'none';
    if (inner.kind === 'word') {
      const atom = wordAtom(segment, j + 1, 'after');
      return atom === 'none' ? 'none' : atom === 'operator' ? 'none' : 'letter';
    }
    if (inner.kind === 'number' || inner.kind === 'command') return 'letter';
    if (isMathCodePoint(inner.text.codePointAt(0) ?? 0)) return 'strong';
    return 'none';
  }
  if (isMathCodePoint(text.codePointAt(0) ?? 0)) return mathCharAtom(text);
  return text.length === 1 && isAsciiRelationCode(text.charCodeAt(0)) ? 'operator' : 'none';
}

/** A math character is an operator when it is a relation or binary sign, else a strong atom. */
function mathCharAtom(text: string): AtomClass {
  const codePoint = text.codePointAt(0) ?? 0;
  if ((codePoint >= 0x2190 && codePoint <= 0x21ff) || (codePoint >= 0x2208 && codePoint <= 0x220d) || (codePoint >= 0x2223 && codePoint <= 0x2226)) {
    return 'operator';
  }
  if ((codePoint >= 0x2243 && codePoint <= 0x22a5) || codePoint === 0xd7 || codePoint === 0xb1 || codePoint === 0x22c5) return 'operator';
  return 'strong';
}

/** How a word looks as a neighbour of another word. */
function wordAtom(segment: Segment, j: number, side: 'before' | 'after'): AtomClass {
  const { tokens, plans } = segment;
  const token = tokens[j] as Token;
  const plan = plans[j];
  if (plan?.kind === 'convert') {
    const piece = side === 'before' ? plan.pieces[plan.pieces.length - 1] : plan.pieces[0];
    if (piece === undefined) return 'none';
    if (!piece.isName) return 'strong';
    const symbol = commandSymbol(piece.text);
    const script = tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_';
    const afterNumber = tokens[j - 1]?.kind === 'number';
    const sign = symbol !== undefined && (symbol.group === 'rel' || symbol.group === 'bin');
    // A sign glued after a number makes a quantity (`2.4×`), which ranges read as a number: `2.4× to 3.4×`.
    if (side === 'before' && afterNumber && sign) return 'number';
    if (!(side === 'before' && script) && sign) return 'operator';
    return 'strong';
  }
  const following = tokens[j + 1]?.text ?? '';
  const preceding = tokens[j - 1]?.text ?? '';
  if (following === '^' || following === '_') return 'strong';
  if (preceding === '^' || preceding === '_') return 'strong';
  if (token.text.length === 1) {
    if (ENGLISH_LETTERS.has(token.text)) return 'none';
    if (following === "'" || following === '.' || preceding === "'") return 'none';
    if (following === '(' ) return 'strong';
    return 'letter';
  }
  if (isGreekName(token.text)) return 'greek';
  if (isOperatorName(token.text) && (following === '(' || following === '_')) return 'strong';
  return 'none';
}
