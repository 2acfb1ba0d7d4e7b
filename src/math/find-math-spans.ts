/**
 * The spans of a text the cleaner examines. Chunks (runs of non-space characters) are flagged by
 * what they hold; a span is a maximal run of examined chunks, extended over matching braces and
 * `$` pairs. Spans are built only around the hits of the pre-scan, chunk by chunk outward.
 */
import { isAsciiRelationCode } from './atoms.js';
import { letterColumn, NAME_AUTOMATON, NAME_NEVER_ENGLISH, NAME_WHOLE, ROW_SHIFT } from './name-automaton.js';
import { convertsAlone, newScratch, summarizeGluedRun, type SplitScratch } from './split-glued-run.js';
import { isAsciiLetterCode, isDigitCode, isSpaceCode } from './tokenize-latex.js';

/** A stretch of text the cleaner examines; everything outside it is copied unchanged. */
export interface MathSpan {
  readonly start: number;
  readonly end: number;
}

/** The candidate spans of a text and the `$` characters that delimit math in it. */
export interface MathSpanScan {
  readonly spans: readonly MathSpan[];
  /** Offsets of `$` characters that open or close a math pair (money and strays excluded). */
  readonly dollarDelimiters: ReadonlySet<number>;
}

/** How much a chunk (a run of non-space characters) says about math. */
const enum ChunkFlag {
  /** Nothing to look at. */
  Quiet = 0,
  /** Holds an English-looking command name (`times`, `in`): examined only beside math. */
  Weak = 1,
  /** A one-letter word or a number: a possible math atom, examined only beside math. */
  Atom = 2,
  /** Holds a trigger: a backslash, `^ _ { } $ ~`, a never-English name, a glued run, `--`. */
  Strong = 3,
}

/**
 * The spans to examine around the hits of the pre-scan (`scanMathHits`). A span is a maximal run
 * of chunks (runs of non-space characters) that are each examined or covered: a chunk is
 * examined when it holds a trigger, stands beside such a chunk, or stands within two chunks of
 * an English-looking command name that itself stands beside a math atom (`m times n`); it is
 * covered when it lies inside a brace pair or a `$` pair that starts before it. Only spans that
 * hold a hit can change, so only those are built; each is found by looking at the chunks around
 * its hit, which keeps the work proportional to the spans, not to the text.
 *
 * @param text - The text.
 * @param hits - The offsets the pre-scan found, ascending.
 * @returns The spans that hold a hit, in order, and the `$` delimiters of the text.
 * @example
 * findMathSpans('weight decay is 30times larger', [16]).spans
 * //=> [{ start: 13, end: 30 }]
 */
export function findMathSpans(text: string, hits: readonly number[]): MathSpanScan {
  const dollarPairs = text.includes('$') ? pairDollars(text) : new Map<number, number>();
  const dollarDelimiters: ReadonlySet<number> = new Set([...dollarPairs.keys(), ...dollarPairs.values()]);
  const pairs = text.includes('{') || dollarPairs.size > 0 ? coveringPairs(text, dollarPairs) : undefined;
  const context: ChunkContext = { text, hasOpeningQuotes: text.includes('``'), pairs, scratch: newScratch(32) };
  const spans: MathSpan[] = [];
  let spanEnd = -1;
  // Hits in a chunk found outside every span are passed over with it.
  let passedUntil = -1;
  for (const hit of hits) {
    if (hit < spanEnd || hit < passedUntil || hit >= text.length || isSpaceCode(text.charCodeAt(hit))) continue;
    const center = new ChunkWindow(context, hit);
    if (!center.isInSpan()) {
      passedUntil = center.end;
      continue;
    }
    const backward = center.copy();
    let start = center.start;
    while (backward.moveBack() && backward.start >= spanEnd && backward.isInSpan()) start = backward.start;
    const forward = center;
    let end = center.end;
    while (forward.moveOn() && forward.isInSpan()) end = forward.end;
    spans.push({ start, end });
    spanEnd = end;
  }
  return { spans, dollarDelimiters };
}

/** What the chunk flags of one text depend on. */
interface ChunkContext {
  readonly text: string;
  readonly hasOpeningQuotes: boolean;
  readonly pairs: CoveringPairs | undefined;
  /** Buffers for splitting glued runs, shared by the chunks of one text. */
  readonly scratch: SplitScratch;
}

/** Chunks before and after the centre of a window; the window holds three on each side. */
const REACH = 3;

/**
 * Seven consecutive chunks (runs of non-space characters) with their flags, centred on one chunk;
 * it slides one chunk at a time, so walking a span computes each flag once.
 */
class ChunkWindow {
  /** Start and end offsets of the chunks, -1 where the text has no chunk; index REACH is the centre. */
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly flags: ChunkFlag[];

  constructor(
    private readonly context: ChunkContext,
    p: number,
    copyOf?: ChunkWindow,
  ) {
    if (copyOf !== undefined) {
      this.starts = [...copyOf.starts];
      this.ends = [...copyOf.ends];
      this.flags = [...copyOf.flags];
      return;
    }
    const { text } = context;
    let start = p;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start -= 1;
    let end = p + 1;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end += 1;
    this.starts = new Array<number>(2 * REACH + 1).fill(-1);
    this.ends = new Array<number>(2 * REACH + 1).fill(-1);
    this.flags = new Array<ChunkFlag>(2 * REACH + 1).fill(ChunkFlag.Quiet);
    this.set(REACH, start, end);
    for (let k = REACH - 1; k >= 0; k -= 1) this.fillBefore(k);
    for (let k = REACH + 1; k <= 2 * REACH; k += 1) this.fillAfter(k);
  }

  /** The start of the centre chunk. */
  get start(): number {
    return this.starts[REACH] ?? -1;
  }

  /** The end of the centre chunk. */
  get end(): number {
    return this.ends[REACH] ?? -1;
  }

  /** A window at the same place that moves on its own. */
  copy(): ChunkWindow {
    return new ChunkWindow(this.context, 0, this);
  }

  /** Centre the window on the previous chunk; false at the start of the text. */
  moveBack(): boolean {
    if ((this.starts[REACH - 1] ?? -1) < 0) return false;
    this.starts.pop();
    this.ends.pop();
    this.flags.pop();
    this.starts.unshift(-1);
    this.ends.unshift(-1);
    this.flags.unshift(ChunkFlag.Quiet);
    this.fillBefore(0);
    return true;
  }

  /** Centre the window on the next chunk; false at the end of the text. */
  moveOn(): boolean {
    if ((this.starts[REACH + 1] ?? -1) < 0) return false;
    this.starts.shift();
    this.ends.shift();
    this.flags.shift();
    this.starts.push(-1);
    this.ends.push(-1);
    this.flags.push(ChunkFlag.Quiet);
    this.fillAfter(2 * REACH);
    return true;
  }

  /**
   * Whether the centre chunk belongs to a span: it is strong or beside a strong chunk, or within
   * two chunks of a weak chunk (an English-looking name) with an atom or another weak chunk on each
   * side; or it lies inside a brace or `$` pair that opens before it.
   */
  isInSpan(): boolean {
    const flag = (k: number): ChunkFlag => this.flags[k] ?? ChunkFlag.Quiet;
    if (flag(REACH) === ChunkFlag.Strong || flag(REACH - 1) === ChunkFlag.Strong || flag(REACH + 1) === ChunkFlag.Strong) return true;
    for (let w = REACH - 2; w <= REACH + 2; w += 1) {
      if (flag(w) !== ChunkFlag.Weak) continue;
      const before = flag(w - 1);
      const after = flag(w + 1);
      if ((before >= ChunkFlag.Weak && after >= ChunkFlag.Weak) || before === ChunkFlag.Atom || after === ChunkFlag.Atom) return true;
    }
    return this.context.pairs !== undefined && this.context.pairs.covers(this.start);
  }

  private set(k: number, start: number, end: number): void {
    this.starts[k] = start;
    this.ends[k] = end;
    this.flags[k] = flagChunk(this.context, start, end);
  }

  /** Fill slot k with the chunk before slot k + 1, if any. */
  private fillBefore(k: number): void {
    const next = this.starts[k + 1] ?? -1;
    if (next <= 0) return;
    const { text } = this.context;
    let end = next;
    while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
    if (end === 0) return;
    let start = end - 1;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start -= 1;
    this.set(k, start, end);
  }

  /** Fill slot k with the chunk after slot k - 1, if any. */
  private fillAfter(k: number): void {
    const previous = this.ends[k - 1] ?? -1;
    if (previous < 0) return;
    const { text } = this.context;
    let start = previous;
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start += 1;
    if (start >= text.length) return;
    let end = start + 1;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end += 1;
    this.set(k, start, end);
  }
}

/** Brace and `$` pairs, sorted by opening offset, with the farthest closing offset so far. */
interface CoveringPairs {
  /** Whether some pair opens before `p` and closes at or after it. */
  covers(p: number): boolean;
}

/** The pairs that extend spans: matching braces and `$` math pairs. */
function coveringPairs(text: string, dollarPairs: ReadonlyMap<number, number>): CoveringPairs {
  const openings: number[] = [];
  const closings: number[] = [];
  const all = [...matchBraces(text), ...dollarPairs].sort((a, b) => a[0] - b[0]);
  let farthest = -1;
  for (const [open, close] of all) {
    farthest = Math.max(farthest, close);
    openings.push(open);
    closings.push(farthest);
  }
  return {
    covers(p: number): boolean {
      // The last pair opening before p; `closings` holds the farthest close among pairs up to it.
      let low = 0;
      let high = openings.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if ((openings[middle] ?? 0) < p) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found >= 0 && (closings[found] ?? -1) >= p;
    },
  };
}

/** The flag of one chunk `text[start, end)`. */
function flagChunk(context: ChunkContext, start: number, end: number): ChunkFlag {
  const { text, hasOpeningQuotes } = context;
  let flag = ChunkFlag.Quiet;
  let p = start;
  while (p < end) {
    const code = text.charCodeAt(p);
    if (isAsciiLetterCode(code)) {
      const runStart = p;
      while (p < end && isAsciiLetterCode(text.charCodeAt(p))) p += 1;
      const before = runStart > start ? text.charCodeAt(runStart - 1) : 0x20;
      const after = p < end ? text.charCodeAt(p) : 0x20;
      const glued = isDigitCode(before) || isDigitCode(after) || isBracketCode(before) || isBracketCode(after);
      const runFlag = flagRun(text, runStart, p, glued, context.scratch);
      if (runFlag === ChunkFlag.Strong) return runFlag;
      if (runFlag > flag) flag = runFlag;
      if (p - runStart === 1 && flag < ChunkFlag.Atom) flag = ChunkFlag.Atom;
      continue;
    }
    const next = text.charCodeAt(p + 1);
    switch (code) {
      case 0x5c: // \
      case 0x5e: // ^
      case 0x5f: // _
      case 0x7b: // {
      case 0x7d: // }
      case 0x24: // $
      case 0x7e: // ~
        return ChunkFlag.Strong;
      case 0x2d: // -
        if (next === 0x2d && p + 1 < end) return ChunkFlag.Strong;
        break;
      case 0x60: // `
        if (next === 0x60) return ChunkFlag.Strong;
        break;
      case 0x22: // "
        if (hasOpeningQuotes) return ChunkFlag.Strong;
        break;
      case 0x27: // '
        if (next === 0x27 && p + 1 < end) return ChunkFlag.Strong;
        if (p >= start + 2 && isAsciiLetterCode(text.charCodeAt(p - 1)) && isAsciiLetterCode(text.charCodeAt(p - 2)) && isVowelCode(next) && isAsciiLetterCode(text.charCodeAt(p + 2))) {
          return ChunkFlag.Strong;
        }
        break;
      default:
        break;
    }
    if ((isDigitCode(code) || code >= 0x370 || isAsciiRelationCode(code)) && flag < ChunkFlag.Atom) flag = ChunkFlag.Atom;
    p += 1;
  }
  return flag;
}

/** The flag of the run of letters `text[start, end)` inside a chunk; `glued` when a digit or a bracket touches it. */
function flagRun(text: string, start: number, end: number, glued: boolean, scratch: SplitScratch): ChunkFlag {
  const { transitions, flags, depth, longestName } = NAME_AUTOMATON;
  const length = end - start;
  // Walk the run, noting at each letter the longest name that ends there.
  const ending = scratch.steps.length > length ? scratch.steps : (scratch.steps = new Array<number>(length + 1).fill(0));
  let state = 0;
  for (let p = start; p < end; p += 1) {
    state = transitions[state + letterColumn(text.charCodeAt(p))] as number;
    ending[p - start] = longestName[state >> ROW_SHIFT] as number;
  }
  const stateFlags = flags[state >> ROW_SHIFT] as number;
  if ((stateFlags & NAME_WHOLE) !== 0 && depth[state >> ROW_SHIFT] === length) {
    return glued || (stateFlags & NAME_NEVER_ENGLISH) !== 0 ? ChunkFlag.Strong : ChunkFlag.Weak;
  }
  if (length < 3) return ChunkFlag.Quiet;
  // Letters no name covers are one-letter pieces of every split. With more than two of them, and
  // more than a third of the run, the variables outnumber the names: a prose word, no split needed.
  let uncovered = 0;
  let reach = length;
  for (let e = length - 1; e >= 0; e -= 1) {
    const longest = ending[e] as number;
    if (longest > 0) reach = Math.min(reach, e - longest + 1);
    if (reach > e) uncovered += 1;
  }
  if (uncovered > 2 && 3 * uncovered > length) return ChunkFlag.Quiet;
  const split = summarizeGluedRun(text, start, end, scratch);
  if (split === undefined || split.letters > Math.max(2, split.names)) return ChunkFlag.Quiet;
  if (convertsAlone(split, text.slice(start, end)) || glued) return ChunkFlag.Strong;
  return ChunkFlag.Weak;
}

/** Brackets and math punctuation: a command name glued to one is a candidate (`Oleft(`, `right)`, `delta<1`). */
function isBracketCode(code: number): boolean {
  return code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x7c || code === 0x3c || code === 0x3e || code === 0x3d || code === 0x2f || code === 0x2c;
}

/** Whether a code unit is a lowercase vowel (`Fr'echet`). */
function isVowelCode(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75;
}

/** Map each `{` offset to its matching `}` offset (unmatched braces are left out). */
function matchBraces(text: string): Map<number, number> {
  const open: number[] = [];
  const match = new Map<number, number>();
  for (let p = 0; p < text.length; p += 1) {
    const code = text.charCodeAt(p);
    if (code === 0x5c) {
      p += 1;
    } else if (code === 0x7b) {
      open.push(p);
    } else if (code === 0x7d) {
      const opener = open.pop();
      if (opener !== undefined) match.set(opener, p);
    }
  }
  return match;
}

/**
 * Pair `$` signs lazily, Pandoc's way: an opening `$` has a non-space after it and no digit
 * (`$25` is money); a closing `$` has a non-space before it and no digit after it. `$$` counts as
 * one delimiter. Escaped `\$` never pairs. Returns each opening offset with its closing offset
 * (docs/math.md#money-and-dollar-signs).
 */
function pairDollars(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  let opener = -1;
  let openerWidth = 1;
  for (let p = 0; p < text.length; p += 1) {
    const code = text.charCodeAt(p);
    if (code === 0x5c) {
      p += 1;
      continue;
    }
    if (code !== 0x24) continue;
    const width = text.charCodeAt(p + 1) === 0x24 ? 2 : 1;
    const before = p > 0 ? text.charCodeAt(p - 1) : 0x20;
    const after = p + width < text.length ? text.charCodeAt(p + width) : 0x20;
    if (opener >= 0) {
      if (!isSpaceCode(before) && !isDigitCode(after) && width === openerWidth) {
        for (let w = 0; w < openerWidth; w += 1) pairs.set(opener + w, p + w);
        opener = -1;
        p += width - 1;
        continue;
      }
      opener = -1;
    }
    if (!isSpaceCode(after) && !isDigitCode(after) && p + width < text.length) {
      opener = p;
      openerWidth = width;
    }
    p += width - 1;
  }
  return pairs;
}
