import { isEnglishName, isRemnantName } from './lexicon.js';
import { splitGluedRun } from './split-glued-run.js';
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

/** Brackets and math punctuation: a command name glued to one is a candidate (`Oleft(`, `right)`, `delta<1`). */
const BRACKETS = new Set([0x28, 0x29, 0x5b, 0x5d, 0x7c, 0x3c, 0x3e, 0x3d, 0x2f, 0x2c]);

/** Characters whose presence makes a chunk a candidate. */
const TRIGGER_CHARS = new Set(['\\', '^', '_', '{', '}', '$', '~']);

/**
 * A cheap pre-scan: flag the chunks of a text that may hold math (trigger characters, command
 * names, glued runs, LaTeX punctuation), then group flagged chunks with their neighbours into
 * spans, extended so that a span holds both braces of a pair and both `$` of a math pair.
 * Linear in the text's length.
 *
 * @param text - The text to scan.
 * @returns The spans to examine and the `$` delimiters.
 * @example
 * findMathSpans('weight decay is 30times larger').spans
 * //=> [{ start: 13, end: 30 }]
 */
export function findMathSpans(text: string): MathSpanScan {
  const dollarPairs = pairDollars(text);
  const dollarDelimiters: ReadonlySet<number> = new Set([...dollarPairs.keys(), ...dollarPairs.values()]);
  const chunkStarts: number[] = [];
  const chunkEnds: number[] = [];
  const flags: ChunkFlag[] = [];
  const splitCache = new Map<string, ChunkFlag>();
  const hasOpeningQuotes = text.includes('``');
  let i = 0;
  const length = text.length;
  while (i < length) {
    while (i < length && isSpaceCode(text.charCodeAt(i))) i += 1;
    if (i >= length) break;
    const start = i;
    while (i < length && !isSpaceCode(text.charCodeAt(i))) i += 1;
    chunkStarts.push(start);
    chunkEnds.push(i);
    flags.push(flagChunk(text, start, i, splitCache, hasOpeningQuotes));
  }

  // A weak chunk or an atom counts only beside a strong chunk or beside each other (`m times n`).
  const count = flags.length;
  const examined = new Array<boolean>(count).fill(false);
  for (let c = 0; c < count; c += 1) {
    const flag = flags[c] ?? ChunkFlag.Quiet;
    if (flag === ChunkFlag.Strong) {
      examined[c] = true;
      if (c > 0) examined[c - 1] = true;
      if (c + 1 < count) examined[c + 1] = true;
    } else if (flag === ChunkFlag.Weak) {
      const before = flags[c - 1] ?? ChunkFlag.Quiet;
      const after = flags[c + 1] ?? ChunkFlag.Quiet;
      if ((before >= ChunkFlag.Weak && after >= ChunkFlag.Weak) || before === ChunkFlag.Atom || after === ChunkFlag.Atom) {
        for (let k = Math.max(0, c - 2); k <= Math.min(count - 1, c + 2); k += 1) examined[k] = true;
      }
    }
  }

  const openBraceMatch = matchBraces(text);
  const spans: MathSpan[] = [];
  let c = 0;
  while (c < count) {
    if (examined[c] !== true) {
      c += 1;
      continue;
    }
    const start = chunkStarts[c] ?? 0;
    let end = chunkEnds[c] ?? 0;
    let scanned = start;
    c += 1;
    for (;;) {
      // Extend over the closing brace of every open brace and the closing `$` of every pair;
      // each character is scanned once, so this stays linear.
      while (scanned < end) {
        const closing = openBraceMatch.get(scanned) ?? dollarPairs.get(scanned);
        if (closing !== undefined && closing >= end) end = closing + 1;
        scanned += 1;
      }
      if (c < count && ((chunkStarts[c] ?? 0) < end || examined[c] === true)) {
        end = Math.max(end, chunkEnds[c] ?? 0);
        c += 1;
        continue;
      }
      break;
    }
    spans.push({ start, end });
  }
  return { spans, dollarDelimiters };
}

/** The flag of one chunk `text[start, end)`. */
function flagChunk(text: string, start: number, end: number, splitCache: Map<string, ChunkFlag>, hasOpeningQuotes: boolean): ChunkFlag {
  let flag = ChunkFlag.Quiet;
  let p = start;
  while (p < end) {
    const code = text.charCodeAt(p);
    const char = text.charAt(p);
    if (TRIGGER_CHARS.has(char)) return ChunkFlag.Strong;
    if (code === 0x2d && text.charCodeAt(p + 1) === 0x2d && p + 1 < end) return ChunkFlag.Strong;
    if (code === 0x60 && text.charCodeAt(p + 1) === 0x60) return ChunkFlag.Strong;
    if (code === 0x27 && p + 1 < end && text.charCodeAt(p + 1) === 0x27) return ChunkFlag.Strong;
    if (code === 0x22 && hasOpeningQuotes) return ChunkFlag.Strong;
    if (code === 0x27 && p >= start + 2 && isAsciiLetterCode(text.charCodeAt(p - 1)) && isAsciiLetterCode(text.charCodeAt(p - 2))) {
      if ('aeiou'.includes(text.charAt(p + 1)) && isAsciiLetterCode(text.charCodeAt(p + 2))) return ChunkFlag.Strong;
    }
    if (isAsciiLetterCode(code)) {
      const runStart = p;
      while (p < end && isAsciiLetterCode(text.charCodeAt(p))) p += 1;
      const run = text.slice(runStart, p);
      const before = runStart > start ? text.charCodeAt(runStart - 1) : 0x20;
      const after = p < end ? text.charCodeAt(p) : 0x20;
      const gluedToDigit = isDigitCode(before) || isDigitCode(after);
      const gluedToBracket = BRACKETS.has(before) || BRACKETS.has(after);
      const runFlag = flagRun(run, gluedToDigit || gluedToBracket, splitCache);
      if (runFlag === ChunkFlag.Strong) return runFlag;
      if (runFlag > flag) flag = runFlag;
      if (run.length === 1 && flag < ChunkFlag.Atom) flag = ChunkFlag.Atom;
      continue;
    }
    if (isDigitCode(code) && flag < ChunkFlag.Atom) {
      flag = ChunkFlag.Atom;
    } else if (code >= 0x370 && flag < ChunkFlag.Atom) {
      flag = ChunkFlag.Atom;
    }
    p += 1;
  }
  return flag;
}

/** The flag of one run of letters inside a chunk. */
function flagRun(run: string, glued: boolean, splitCache: Map<string, ChunkFlag>): ChunkFlag {
  if (isRemnantName(run)) {
    if (glued || !isEnglishName(run)) return ChunkFlag.Strong;
    return ChunkFlag.Weak;
  }
  if (run.length < 3) return ChunkFlag.Quiet;
  let runFlag = splitCache.get(run);
  if (runFlag === undefined) {
    const split = splitGluedRun(run);
    if (split === undefined || split.letters > Math.max(2, split.names)) runFlag = ChunkFlag.Quiet;
    else if (split.hasDistinctiveName && split.isPrefixForm && split.letters <= split.names) runFlag = ChunkFlag.Strong;
    else runFlag = ChunkFlag.Weak;
    splitCache.set(run, runFlag);
  }
  if (runFlag === ChunkFlag.Weak && glued) return ChunkFlag.Strong;
  return runFlag;
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
 * one delimiter. Escaped `\$` never pairs. Returns each opening offset with its closing offset.
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
