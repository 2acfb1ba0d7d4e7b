/**
 * Glued runs: a run of letters split into command names and one-letter variables (`mtimes` →
 * `m`, `times`), the split with the fewest variables, found by walking the name automaton from
 * each position (docs/math.md#glued-runs).
 */
import { letterColumn, NAME_AUTOMATON, NAME_DISTINCTIVE, NAME_NEVER_ENGLISH, NAME_WHOLE, ROW_SHIFT } from './name-automaton.js';
import { ENGLISH_LOG_WORDS } from './remnant-words.js';

/** One piece of a glued run: a command name or a one-letter variable. */
export interface RunPiece {
  readonly text: string;
  readonly isName: boolean;
}

/** A glued run split into pieces, with what the split says about it. */
export interface RunSplit {
  readonly pieces: readonly RunPiece[];
  /** How many pieces are one-letter variables. */
  readonly letters: number;
  /** How many pieces are command names. */
  readonly names: number;
  /** Whether some name piece is never English (`varepsilon`, `cdot`). */
  readonly hasNeverEnglishName: boolean;
  /** Whether some never-English piece is distinctive: six letters or more, or listed (`leq`). */
  readonly hasDistinctiveName: boolean;
  /** Whether one-letter variables come only before the names (`mepsilon`, not `explore`). */
  readonly isPrefixForm: boolean;
}

/** What `splitGluedRun` finds, without the pieces: counts and flags only. */
export interface RunSplitSummary {
  readonly letters: number;
  readonly names: number;
  readonly hasDistinctiveName: boolean;
  readonly isPrefixForm: boolean;
  /** Whether the first piece is a name (`timesx`), not a one-letter variable. */
  readonly startsWithName: boolean;
  /** Whether the last piece is a name (`xtimes`). */
  readonly endsWithName: boolean;
}

/** What `convertsAlone` needs to know of a split. */
type SplitShape = Pick<RunSplitSummary, 'letters' | 'names' | 'hasDistinctiveName' | 'isPrefixForm'>;

/**
 * Whether a glued run converts with no glue around it (one rule for the pre-scan, the spans and
 * the planner): one-letter variables, then names with a distinctive one (`mepsilon`, `ncdot`,
 * `varepsilonto`); or a distinctive name of six letters or more and one variable after it
 * (`varepsilond`), unless that variable is a plural `s` (`epsilons`). A short name and a letter
 * after it is too often English (`noting`).
 *
 * @param split - The split of the run (`summarizeGluedRun` or `splitGluedRun`).
 * @param run - The run itself.
 * @returns True when the run converts on its own.
 * @example
 * convertsAlone(splitGluedRun('varepsilond')!, 'varepsilond')
 * //=> true
 */
export function convertsAlone(split: SplitShape, run: string): boolean {
  if (!split.hasDistinctiveName) return false;
  if (split.isPrefixForm) return split.letters <= split.names;
  return split.names === 1 && split.letters === 1 && run.length > 6 && !run.endsWith('s');
}

/**
 * Whether a run is one variable and `log` (`nlog n`, `dlog d`): a medium run that converts with a
 * math atom after it, like `mloglog n`.
 *
 * @param run - A run of ASCII letters.
 * @returns True for `nlog`, false for `blog` and `login`.
 * @example
 * isVariableLogRun('nlog')
 * //=> true
 */
export function isVariableLogRun(run: string): boolean {
  return run.length === 4 && run.endsWith('log') && !ENGLISH_LOG_WORDS.has(run);
}

/**
 * The cheapest split of `text[start, end)`: for each position, the length of the piece that
 * starts there (1 for a letter) and, for a name, the automaton state that spells it. Cost is
 * letters * 1000 + pieces; among names of equal cost the shortest wins, and a letter wins ties.
 * Linear: from each position the automaton walks at most the longest name.
 */
function cheapestSplit(text: string, start: number, end: number, scratch?: SplitScratch): { steps: number[]; states: number[] } {
  const { transitions, flags, depth } = NAME_AUTOMATON;
  const length = end - start;
  const buffers = scratch !== undefined && scratch.cost.length > length ? scratch : newScratch(length + 1);
  if (scratch !== undefined && buffers !== scratch) Object.assign(scratch, buffers);
  const { cost, steps, states } = buffers;
  cost[length] = 0;
  for (let i = length - 1; i >= 0; i -= 1) {
    let bestCost = (cost[i + 1] as number) + 1001;
    let bestStep = 1;
    let bestState = 0;
    let state = 0;
    for (let k = i; k < length; k += 1) {
      const next = transitions[state + letterColumn(text.charCodeAt(start + k))] as number;
      // Off the trie: no name starting at i is this long.
      if ((depth[next >> ROW_SHIFT] as number) !== k - i + 1) break;
      state = next;
      if (k > i && ((flags[state >> ROW_SHIFT] as number) & NAME_WHOLE) !== 0 && (cost[k + 1] as number) + 1 < bestCost) {
        bestCost = (cost[k + 1] as number) + 1;
        bestStep = k + 1 - i;
        bestState = state >> ROW_SHIFT;
      }
    }
    cost[i] = bestCost;
    steps[i] = bestStep;
    states[i] = bestState;
  }
  return { steps, states };
}

/** Reusable buffers for `summarizeGluedRun`, so that splitting many runs allocates once. */
export interface SplitScratch {
  cost: number[];
  steps: number[];
  states: number[];
}

/**
 * Buffers for splitting runs of up to `size - 1` letters.
 *
 * @param size - How many entries each buffer holds.
 * @returns Fresh buffers.
 * @example
 * newScratch(16).steps.length
 * //=> 16
 */
export function newScratch(size: number): SplitScratch {
  return { cost: new Array<number>(size).fill(0), steps: new Array<number>(size).fill(0), states: new Array<number>(size).fill(0) };
}

/**
 * Count the pieces of the cheapest split of `text[start, end)` (a run of ASCII letters) without
 * building them.
 *
 * @param text - A text.
 * @param start - Where the run starts.
 * @param end - Where the run ends.
 * @param scratch - Buffers to reuse across calls (grown when too small).
 * @returns The counts and flags, or undefined when the run holds no command name at all.
 * @example
 * summarizeGluedRun('a mepsilon b', 2, 10)
 * //=> { letters: 1, names: 1, hasDistinctiveName: true, isPrefixForm: true, startsWithName: false, endsWithName: true }
 */
export function summarizeGluedRun(text: string, start: number, end: number, scratch?: SplitScratch): RunSplitSummary | undefined {
  const { steps, states } = cheapestSplit(text, start, end, scratch);
  const { flags } = NAME_AUTOMATON;
  let letters = 0;
  let names = 0;
  let hasDistinctiveName = false;
  let isPrefixForm = true;
  let endsWithName = false;
  for (let i = 0; i < end - start; ) {
    const size = steps[i] as number;
    endsWithName = size > 1;
    if (size > 1) {
      names += 1;
      if (((flags[states[i] as number] as number) & NAME_DISTINCTIVE) !== 0) hasDistinctiveName = true;
    } else {
      letters += 1;
      if (names > 0) isPrefixForm = false;
    }
    i += size;
  }
  const startsWithName = (steps[0] as number) > 1;
  return names === 0 ? undefined : { letters, names, hasDistinctiveName, isPrefixForm, startsWithName, endsWithName };
}

/**
 * Split a run of letters into command names and one-letter variables (`mtimes` → `m`,`times`),
 * preferring the split with the fewest one-letter pieces, then the fewest pieces. Linear in the
 * run's length (each position tries names up to the longest name).
 *
 * @param run - A run of ASCII letters.
 * @returns The split, or undefined when the run holds no command name at all.
 * @example
 * splitGluedRun('EinR')?.pieces.map((piece) => piece.text)
 * //=> ['E', 'in', 'R']
 */
export function splitGluedRun(run: string): RunSplit | undefined {
  const { steps, states } = cheapestSplit(run, 0, run.length);
  const { flags } = NAME_AUTOMATON;
  const pieces: RunPiece[] = [];
  let letters = 0;
  let names = 0;
  let hasNeverEnglishName = false;
  let hasDistinctiveName = false;
  let isPrefixForm = true;
  for (let i = 0; i < run.length; ) {
    const size = steps[i] as number;
    const isName = size > 1;
    pieces.push({ text: run.slice(i, i + size), isName });
    if (isName) {
      names += 1;
      const nameFlags = flags[states[i] as number] as number;
      if ((nameFlags & NAME_NEVER_ENGLISH) !== 0) hasNeverEnglishName = true;
      if ((nameFlags & NAME_DISTINCTIVE) !== 0) hasDistinctiveName = true;
    } else {
      letters += 1;
      if (names > 0) isPrefixForm = false;
    }
    i += size;
  }
  return names === 0 ? undefined : { pieces, letters, names, hasNeverEnglishName, hasDistinctiveName, isPrefixForm };
}
