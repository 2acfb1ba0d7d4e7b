/**
 * A segment: the tokens of one span of text (between URLs), with its structure worked out once —
 * matching brackets, `$` pairs, prose ranges — and the plan of each bare word, which the planner
 * (`plan-words.ts`) fills and the writer (`emit-segment.ts`) follows.
 */
import { CITATION_COMMANDS, FONT_DECLARATIONS, TEXT_ARGUMENT_COMMANDS } from './command-kinds.js';
import { type RunPiece } from './split-glued-run.js';
import { type Token } from './tokenize-latex.js';

/** Collects unknown macros and links, each once in order of first appearance, while a text is cleaned (local to one call). */
export interface Findings {
  readonly unknownMacros: Set<string>;
  readonly links: Set<string>;
}

/** What to do with a bare word. */
export type WordPlan =
  | { readonly kind: 'keep' }
  | { readonly kind: 'convert'; readonly pieces: readonly RunPiece[] }
  | { readonly kind: 'drop' };

/** The plan of a word that stays as written. */
export const KEEP: WordPlan = { kind: 'keep' };

/** The plan of an environment remnant that goes (`align*`). */
export const DROP: WordPlan = { kind: 'drop' };

/** The tokens of one text segment with everything precomputed about them. */
export interface Segment {
  readonly tokens: readonly Token[];
  /** For each `{` or `(`/`[` token: the index of its closing token; -1 when unmatched. */
  readonly match: readonly number[];
  /** Whether each token lies inside a `$...$` pair. */
  readonly inDollars: readonly boolean[];
  /** Whether each `$` token delimits a math pair (else it is money or a stray sign). */
  readonly isDelimiter: readonly boolean[];
  /** Whether each token lies in prose (a `\text{}` argument, `{\em ...}`, a title's name before its colon): no remnant conversion. */
  readonly inText: readonly boolean[];
  /** Whether the segment holds `\\` (an environment): `&` is then an alignment mark. */
  readonly hasLineBreaks: boolean;
  /** What to do with each bare word; KEEP until the planner decides. */
  readonly plans: WordPlan[];
}

/**
 * Work out the structure of a segment: match braces and brackets, mark the tokens inside `$`
 * pairs and inside prose (`\text{...}`, `{\em ...}`).
 *
 * @param tokens - The segment's tokens (`tokenizeLatex`).
 * @param offset - Where the segment starts in the whole text.
 * @param dollars - Offsets (in the whole text) of the `$` signs that delimit math.
 * @returns The segment, every word planned KEEP.
 * @example
 * analyseSegment(tokenizeLatex('f{x}'), 0, new Set()).match
 * //=> [-1, 3, -1, 1]
 */
export function analyseSegment(tokens: readonly Token[], offset: number, dollars: ReadonlySet<number>): Segment {
  const count = tokens.length;
  const match = new Array<number>(count).fill(-1);
  const braces: number[] = [];
  const parens: number[] = [];
  const inDollars = new Array<boolean>(count).fill(false);
  const isDelimiter = new Array<boolean>(count).fill(false);
  const textDelta = new Array<number>(count + 1).fill(0);
  let dollarOpen = false;
  let hasLineBreaks = false;
  for (let i = 0; i < count; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'char') {
      const t = token.text;
      if (t === '{') braces.push(i);
      else if (t === '}') {
        const open = braces.pop();
        if (open !== undefined) {
          match[open] = i;
          match[i] = open;
        }
      } else if (t === '(' || t === '[') parens.push(i);
      else if (t === ')' || t === ']') {
        const open = parens.pop();
        if (open !== undefined) {
          match[open] = i;
          match[i] = open;
        }
      } else if (t === '$' && dollars.has(offset + token.start)) {
        dollarOpen = !dollarOpen;
        isDelimiter[i] = true;
      }
    } else if (token.kind === 'command' && (token.text === '\\' || token.text === 'left' || token.text === 'begin')) {
      hasLineBreaks = true;
    }
    inDollars[i] = dollarOpen;
  }
  // Prose ranges: the argument of \text{...} or \cite{...} (keys are names) and the rest of a group after {\em ...}.
  for (let i = 0; i < count; i += 1) {
    const token = tokens[i] as Token;
    const name = token.kind === 'command' ? token.text : token.kind === 'word' ? token.text : '';
    if (name === '') continue;
    const bare = token.kind === 'word';
    // A bare word opens prose only with a brace beside it (`text{`, `{em`).
    if (bare && tokens[i + 1]?.text !== '{' && tokens[i - 1]?.text !== '{') continue;
    if ((TEXT_ARGUMENT_COMMANDS.has(name) || CITATION_COMMANDS.has(name)) && (!bare || tokens[i + 1]?.text === '{')) {
      const open = nextArgument(tokens, i);
      const close = open >= 0 ? (match[open] ?? -1) : -1;
      if (open >= 0 && close > open && tokens[open]?.text === '{') {
        textDelta[open] = (textDelta[open] ?? 0) + 1;
        textDelta[close] = (textDelta[close] ?? 0) - 1;
      }
    } else if (FONT_DECLARATIONS.has(name) && FONT_DECLARATIONS.get(name) === '' && (!bare || tokens[i - 1]?.text === '{')) {
      const open = enclosingGroup(tokens, match, i);
      if (open >= 0) {
        textDelta[i + 1] = (textDelta[i + 1] ?? 0) + 1;
        textDelta[match[open] ?? i] = (textDelta[match[open] ?? i] ?? 0) - 1;
      }
    }
  }
  const inText = new Array<boolean>(count).fill(false);
  let depth = 0;
  for (let i = 0; i < count; i += 1) {
    depth += textDelta[i] ?? 0;
    inText[i] = depth > 0;
  }
  // The name before a title's colon is a name, whatever it spells (`Rightarrow: Fast Paths`).
  const first = offset === 0 ? tokens.findIndex((token) => token.kind !== 'space') : -1;
  const name = tokens[first];
  const capital = name !== undefined && name.text.charCodeAt(0) >= 0x41 && name.text.charCodeAt(0) <= 0x5a;
  if (name?.kind === 'word' && capital && tokens[first + 1]?.text === ':') inText[first] = true;
  return { tokens, match, inDollars, isDelimiter, inText, hasLineBreaks, plans: new Array<WordPlan>(count).fill(KEEP) };
}

/** The `{` that directly encloses token `i` when `i` follows it (`{\em x}`), else -1. */
function enclosingGroup(tokens: readonly Token[], match: readonly number[], i: number): number {
  const before = i - 1;
  if (before >= 0 && tokens[before]?.text === '{' && (match[before] ?? -1) > i) return before;
  return -1;
}

/**
 * The index of a command's argument after token `i`, skipping one run of spaces.
 *
 * @param tokens - A segment's tokens.
 * @param i - The index of the command.
 * @returns The index of the argument, or -1 at the end of the segment.
 * @example
 * nextArgument(tokenizeLatex('sqrt {n}'), 0)
 * //=> 2
 */
export function nextArgument(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space') j += 1;
  return j < tokens.length ? j : -1;
}

/**
 * The index of the token before token `i`, across at most one run of spaces.
 *
 * @param tokens - A segment's tokens.
 * @param i - A token index.
 * @returns The index, or -1 at the start of the segment.
 * @example
 * previousNonSpace(tokenizeLatex('m times n'), 2)
 * //=> 0
 */
export function previousNonSpace(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  if (tokens[j]?.kind === 'space') j -= 1;
  return j;
}

/**
 * The index of the token after token `i`, across at most one run of spaces.
 *
 * @param tokens - A segment's tokens.
 * @param i - A token index.
 * @returns The index, or the token count at the end of the segment.
 * @example
 * nextNonSpace(tokenizeLatex('m times n'), 2)
 * //=> 4
 */
export function nextNonSpace(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space') j += 1;
  return j;
}
