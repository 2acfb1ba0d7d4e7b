import { isEnglishName, isRemnantName, LONGEST_REMNANT_NAME } from './lexicon.js';
import { DISTINCTIVE_SHORT_NAMES } from './remnant-words.js';

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
  const length = run.length;
  // best[i]: cheapest split of run.slice(i); cost = letters * 1000 + pieces.
  const cost = new Array<number>(length + 1).fill(Number.POSITIVE_INFINITY);
  const step = new Array<number>(length + 1).fill(0);
  cost[length] = 0;
  for (let i = length - 1; i >= 0; i -= 1) {
    const afterLetter = cost[i + 1] ?? Number.POSITIVE_INFINITY;
    let bestCost = afterLetter + 1001;
    let bestStep = 1;
    const limit = Math.min(length, i + LONGEST_REMNANT_NAME);
    for (let end = i + 2; end <= limit; end += 1) {
      const rest = cost[end] ?? Number.POSITIVE_INFINITY;
      if (rest + 1 < bestCost && isRemnantName(run.slice(i, end))) {
        bestCost = rest + 1;
        bestStep = end - i;
      }
    }
    cost[i] = bestCost;
    step[i] = bestStep;
  }
  const pieces: RunPiece[] = [];
  let letters = 0;
  let names = 0;
  let hasNeverEnglishName = false;
  let hasDistinctiveName = false;
  let isPrefixForm = true;
  for (let i = 0; i < length; ) {
    const size = step[i] ?? 1;
    const text = run.slice(i, i + size);
    const isName = size > 1;
    pieces.push({ text, isName });
    if (isName) {
      names += 1;
      if (!isEnglishName(text)) {
        hasNeverEnglishName = true;
        if (text.length >= 6 || DISTINCTIVE_SHORT_NAMES.has(text)) hasDistinctiveName = true;
      }
    } else {
      letters += 1;
      if (names > 0) isPrefixForm = false;
    }
    i += size;
  }
  return names === 0 ? undefined : { pieces, letters, names, hasNeverEnglishName, hasDistinctiveName, isPrefixForm };
}
