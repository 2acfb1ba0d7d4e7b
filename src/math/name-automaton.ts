/**
 * The automaton the pre-scan runs over every run of letters: an Aho–Corasick machine over all
 * remnant names (`REMNANT_NAMES`), built once at module load from the lexicon and never changed
 * afterwards. One table step per letter tells, at the end of a run, whether the whole run is a
 * command name (and of which kind), which names end there, and whether a distinctive name
 * (`varepsilon`, `leq`) occurs anywhere inside it.
 */
import { SIZING_NAMES } from './command-kinds.js';
import { isDistinctiveName, isEnglishName, isGreekName, isOperatorName, mathAccent, REMNANT_NAMES } from './lexicon.js';
import { NUMERIC_OPERATOR_NAMES, RELATION_NAMES } from './remnant-words.js';

/** Columns of the transition table: `a`–`z` are 0–25, `A`–`Z` are 26–51; rows are 64 wide. */
export const LETTER_COLUMNS = 52;
/** log2 of a row's width in the transition table. */
export const ROW_SHIFT = 6;

/** The state's path from the root spells a whole remnant name (valid when its depth is the run's length). */
export const NAME_WHOLE = 1;
/** The name the path spells is never English (`varepsilon`, `infty`). */
export const NAME_NEVER_ENGLISH = 2;
/** The name is a Greek letter that is also English (`alpha`, `delta`, `pi`). */
export const NAME_GREEK = 4;
/** The name sizes a delimiter (`left`, `big`). */
export const NAME_SIZING = 8;
/** The name is an English operator or relation that converts between two math atoms (`times`, `in`). */
export const NAME_BETWEEN_ATOMS = 16;
/** The name is a math accent (`hat`, `tilde`). */
export const NAME_ACCENT = 32;
/** The name is a named operator (`log`, `max`). */
export const NAME_OPERATOR = 64;
/** Some remnant name ends at this state (the run read so far ends with a name). */
export const ENDS_WITH_NAME = 128;
/** Some sizing name ends at this state (`Oleft`). */
export const ENDS_WITH_SIZING = 256;
/** Some named operator ends at this state (`mloglog`). */
export const ENDS_WITH_OPERATOR = 512;
/** A distinctive never-English name occurred somewhere in the run read so far (`mepsilon`). */
export const HOLDS_DISTINCTIVE = 1024;
/** The name the path spells is distinctive: never English, and six letters or more or listed (`leq`). */
export const NAME_DISTINCTIVE = 2048;

/**
 * The tables of the automaton. A state is the offset of its row (`index << ROW_SHIFT`), so that
 * `transitions[state + column]` is the next state; `flags` and `depth` are indexed by
 * `state >> ROW_SHIFT`.
 */
export interface NameAutomaton {
  readonly transitions: Int32Array;
  /** Flags of each state (`NAME_*`, `ENDS_WITH_*`, `HOLDS_DISTINCTIVE`). */
  readonly flags: Uint16Array;
  /** Depth of each state: how many letters its path from the root spells. */
  readonly depth: Uint8Array;
  /** Length of the longest remnant name that ends at each state (0 when none does). */
  readonly longestName: Uint8Array;
}

/**
 * The automaton's column of an ASCII letter: `a`–`z` are 0–25, `A`–`Z` are 26–51.
 *
 * @param code - The code of an ASCII letter.
 * @returns Its column, below `LETTER_COLUMNS`.
 * @example
 * letterColumn('B'.charCodeAt(0))
 * //=> 27
 */
export function letterColumn(code: number): number {
  return code >= 0x61 ? code - 0x61 : code - 0x41 + 26;
}

/** The `NAME_*` flags of one remnant name. */
function nameFlags(name: string): number {
  let flags = NAME_WHOLE;
  if (!isEnglishName(name)) flags |= NAME_NEVER_ENGLISH;
  if (isDistinctiveName(name)) flags |= NAME_DISTINCTIVE;
  else if (isGreekName(name)) flags |= NAME_GREEK;
  if (SIZING_NAMES.has(name)) flags |= NAME_SIZING;
  if (NUMERIC_OPERATOR_NAMES.has(name) || RELATION_NAMES.has(name)) flags |= NAME_BETWEEN_ATOMS;
  if (mathAccent(name) !== undefined) flags |= NAME_ACCENT;
  if (isOperatorName(name)) flags |= NAME_OPERATOR;
  return flags;
}

/** Build the automaton: a trie of the names, failure links, then the product with "a distinctive name was seen". */
function buildNameAutomaton(names: readonly string[]): NameAutomaton {
  const children: number[][] = [new Array<number>(LETTER_COLUMNS).fill(-1)];
  const own: number[] = [0];
  const depths: number[] = [0];
  for (const name of names) {
    let state = 0;
    for (let i = 0; i < name.length; i += 1) {
      const column = letterColumn(name.charCodeAt(i));
      const row = children[state] as number[];
      let next = row[column] ?? -1;
      if (next < 0) {
        next = children.length;
        row[column] = next;
        children.push(new Array<number>(LETTER_COLUMNS).fill(-1));
        own.push(0);
        depths.push((depths[state] ?? 0) + 1);
      }
      state = next;
    }
    let flags = nameFlags(name) | ENDS_WITH_NAME;
    if (SIZING_NAMES.has(name)) flags |= ENDS_WITH_SIZING;
    if (isOperatorName(name)) flags |= ENDS_WITH_OPERATOR;
    if (isDistinctiveName(name)) flags |= HOLDS_DISTINCTIVE;
    own[state] = (own[state] ?? 0) | flags;
  }
  const count = children.length;
  // Breadth-first: complete the transitions with failure links and inherit what ends at the suffix.
  const suffixFlags = own.map((flags) => flags & (ENDS_WITH_NAME | ENDS_WITH_SIZING | ENDS_WITH_OPERATOR | HOLDS_DISTINCTIVE));
  const longest = own.map((flags, state) => ((flags & NAME_WHOLE) !== 0 ? (depths[state] ?? 0) : 0));
  const failure = new Array<number>(count).fill(0);
  const queue: number[] = [];
  const rootRow = children[0] as number[];
  for (let column = 0; column < LETTER_COLUMNS; column += 1) {
    const child = rootRow[column] ?? -1;
    if (child < 0) rootRow[column] = 0;
    else queue.push(child);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] as number;
    const fallback = failure[state] ?? 0;
    suffixFlags[state] = (suffixFlags[state] ?? 0) | (suffixFlags[fallback] ?? 0);
    longest[state] = Math.max(longest[state] ?? 0, longest[fallback] ?? 0);
    const row = children[state] as number[];
    const fallbackRow = children[fallback] as number[];
    for (let column = 0; column < LETTER_COLUMNS; column += 1) {
      const child = row[column] ?? -1;
      if (child < 0) {
        row[column] = fallbackRow[column] ?? 0;
      } else {
        failure[child] = fallbackRow[column] ?? 0;
        queue.push(child);
      }
    }
  }
  // Product with one bit: state + count once a distinctive name has ended somewhere in the run.
  const transitions = new Int32Array((2 * count) << ROW_SHIFT);
  const flags = new Uint16Array(2 * count);
  const depth = new Uint8Array(2 * count);
  const longestName = new Uint8Array(2 * count);
  for (let seen = 0; seen < 2; seen += 1) {
    for (let state = 0; state < count; state += 1) {
      const product = state + seen * count;
      const stateFlags = ((own[state] ?? 0) & ~(ENDS_WITH_NAME | ENDS_WITH_SIZING | ENDS_WITH_OPERATOR | HOLDS_DISTINCTIVE)) | (suffixFlags[state] ?? 0);
      flags[product] = seen === 1 ? stateFlags | HOLDS_DISTINCTIVE : stateFlags & ~HOLDS_DISTINCTIVE;
      depth[product] = depths[state] ?? 0;
      longestName[product] = longest[state] ?? 0;
      const row = children[state] as number[];
      for (let column = 0; column < LETTER_COLUMNS; column += 1) {
        const next = row[column] ?? 0;
        const nextSeen = seen === 1 || ((suffixFlags[next] ?? 0) & HOLDS_DISTINCTIVE) !== 0 ? 1 : 0;
        transitions[(product << ROW_SHIFT) | column] = (next + nextSeen * count) << ROW_SHIFT;
      }
    }
  }
  return { transitions, flags, depth, longestName };
}

/**
 * The automaton over every remnant name, built once from the lexicon.
 *
 * @example
 * NAME_AUTOMATON.flags[0]
 * //=> 0
 */
export const NAME_AUTOMATON: NameAutomaton = buildNameAutomaton(REMNANT_NAMES);

/**
 * The automaton's state after reading the letters `text[start, end)` from the root, as an index
 * into `flags` and `depth`.
 *
 * @param text - A text.
 * @param start - Where the run of ASCII letters starts.
 * @param end - Where it ends.
 * @returns The state index.
 * @example
 * const state = readLetters('varepsilon', 0, 10);
 * (NAME_AUTOMATON.flags[state] & NAME_NEVER_ENGLISH) !== 0 && NAME_AUTOMATON.depth[state] === 10
 * //=> true
 */
export function readLetters(text: string, start: number, end: number): number {
  const { transitions } = NAME_AUTOMATON;
  let state = 0;
  for (let p = start; p < end; p += 1) {
    state = transitions[state + letterColumn(text.charCodeAt(p))] as number;
  }
  return state >> ROW_SHIFT;
}
