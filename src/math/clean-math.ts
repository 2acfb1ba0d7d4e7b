/**
 * The math cleaner's entry: a cheap pre-scan (`scanMathHits`) finds where a text may change, the
 * spans around those places (`findMathSpans`) are cleaned (`cleanSpan`), and everything else is
 * copied. Cleaning repeats until nothing changes, so that it is idempotent; a repeat pass looks
 * again only where the pass before it wrote something.
 */
import { foldWhitespace } from '../text/fold-whitespace.js';
import { cleanSpan } from './clean-span.js';
import { findMathSpans, type MathSpan } from './find-math-spans.js';
import { scanMathHits, scanMathText } from './scan-math-hits.js';
import { type Findings } from './segment.js';
import { isSpaceCode } from './tokenize-latex.js';

/** What the cleaner found besides the text: unknown macros and recovered link targets. */
export interface MathCleanResult {
  readonly text: string;
  /** Unknown `\macros`, named without the backslash, in order of first appearance. */
  readonly unknownMacros: readonly string[];
  /** URLs recovered from `\href{...}`, `url{...}` and `URL{text}` remnants. */
  readonly links: readonly string[];
}

/**
 * Clean the math of a text: raw LaTeX and de-backslashed remnants become Unicode; prose,
 * money and URLs stay. Only the spans around the pre-scan's hits are examined; the rest is copied.
 *
 * @param text - Any text.
 * @returns The cleaned text, the unknown macros and the recovered links.
 * @example
 * cleanMathText('a 30times larger decay').text
 * //=> 'a 30× larger decay'
 */
export function cleanMathText(text: string): MathCleanResult {
  return cleanFromHits(text, scanMathHits(text));
}

/**
 * Fold whitespace, clean the math, and fold again where cleaning changed something: the same as
 * `foldWhitespace(cleanMathText(foldWhitespace(text)).text)`, but most texts are read only once,
 * since the pre-scan also tells whether folding would change anything.
 *
 * @param text - Any text.
 * @returns The folded, cleaned text, the unknown macros and the recovered links.
 * @example
 * foldAndCleanMath(' a 30times\n larger decay').text
 * //=> 'a 30× larger decay'
 */
export function foldAndCleanMath(text: string): MathCleanResult {
  const scan = scanMathText(text);
  const folded = scan.foldsWhitespace ? foldWhitespace(text) : text;
  const result = cleanFromHits(folded, folded === text ? scan.hits : scanMathHits(folded));
  // Folding is idempotent: only a text the cleaner changed can need it again.
  return result.text === folded ? result : { ...result, text: foldWhitespace(result.text) };
}

/** Clean a text whose hits (`scanMathHits`) are known. */
function cleanFromHits(text: string, firstHits: readonly number[]): MathCleanResult {
  const findings: Findings = { unknownMacros: new Set(), links: new Set() };
  // Removing a command can glue what stood around it (`times\url_`): clean again until nothing
  // changes, so that cleaning is idempotent. Almost every text settles after one extra pass.
  let current = text;
  let previous: PassRecord | undefined;
  for (let pass = 0; pass < MOST_PASSES; pass += 1) {
    const hits = previous === undefined ? firstHits : hitsAfterEdits(current, previous);
    if (hits.length === 0) break;
    const record = cleanPass(current, hits, previous, findings);
    if (record.edits.length === 0) break;
    current = record.text;
    previous = record;
  }
  return { text: current, unknownMacros: [...findings.unknownMacros], links: [...findings.links] };
}

/** Most cleaning passes over one text; a fixed point comes long before. */
const MOST_PASSES = 4;

/** One place where a pass wrote something new: `[start, end)` of the text it read, `written` characters instead. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly written: number;
}

/** What one pass did, for the next pass to look only where it must. */
interface PassRecord {
  /** The text the pass wrote. */
  readonly text: string;
  /** The text the pass read. */
  readonly source: string;
  /** The hits of the text the pass read. */
  readonly hits: readonly number[];
  /** The spans of the text the pass read that cleaned to themselves, as `start` → `end`. */
  readonly unchangedSpans: ReadonlyMap<number, number>;
  /** Where the pass replaced a span, in order. */
  readonly edits: readonly Edit[];
}

/** Clean the spans around `hits`; spans that the pass before proved unchanged are copied as they are. */
function cleanPass(text: string, hits: readonly number[], previous: PassRecord | undefined, findings: Findings): PassRecord {
  const { spans, dollarDelimiters } = findMathSpans(text, hits);
  const parts: string[] = [];
  const edits: Edit[] = [];
  const unchangedSpans = new Map<number, number>();
  // A span copied untouched from the text before, where it cleaned to itself, cleans to itself
  // again: cleaning a span depends on its text and on the `$` pairs (none here) only.
  const reuse = previous !== undefined && !text.includes('$') && !previous.source.includes('$') ? previous : undefined;
  let copied = 0;
  let editIndex = 0;
  let shift = 0;
  for (const span of spans) {
    parts.push(text.slice(copied, span.start));
    let cleaned: string | undefined;
    if (reuse !== undefined) {
      ({ editIndex, shift } = advanceEdits(reuse.edits, editIndex, shift, span.start));
      if (isUntouched(reuse.edits, editIndex, shift, span) && reuse.unchangedSpans.get(span.start - shift) === span.end - shift) {
        cleaned = text.slice(span.start, span.end);
      }
    }
    cleaned ??= cleanSpan(text, span.start, span.end, dollarDelimiters, findings);
    if (cleaned.length === span.end - span.start && text.startsWith(cleaned, span.start)) {
      unchangedSpans.set(span.start, span.end);
    } else {
      edits.push({ start: span.start, end: span.end, written: cleaned.length });
    }
    parts.push(cleaned);
    copied = span.end;
  }
  parts.push(text.slice(copied));
  return { text: edits.length === 0 ? text : parts.join(''), source: text, hits, unchangedSpans, edits };
}

/**
 * Move through the edits of the pass before (in the coordinates of the text it read) to the
 * first one that ends after offset `p` of the text it wrote; `shift` is how much earlier edits
 * moved the text (written minus read).
 */
function advanceEdits(edits: readonly Edit[], index: number, shift: number, p: number): { editIndex: number; shift: number } {
  let editIndex = index;
  let moved = shift;
  for (;;) {
    const edit = edits[editIndex];
    if (edit === undefined || edit.start + moved + edit.written > p) break;
    moved += edit.written - (edit.end - edit.start);
    editIndex += 1;
  }
  return { editIndex, shift: moved };
}

/** Whether a span of the new text lies wholly before the next edit, so that it is old text moved by `shift`. */
function isUntouched(edits: readonly Edit[], editIndex: number, shift: number, span: MathSpan): boolean {
  const edit = edits[editIndex];
  return edit === undefined || span.end <= edit.start + shift;
}

/**
 * The hits of the text a pass wrote, found without scanning all of it: hits depend on the
 * characters of their chunk (a run of non-space characters) and the chunks beside it only, so
 * the hits of the text before stay valid more than one chunk away from an edit, and only the
 * chunks around each edit are scanned again.
 */
function hitsAfterEdits(text: string, previous: PassRecord): number[] {
  // The windows to scan again, in the new text: two chunks before an edit (the first only to
  // know what stands before the second), the edit, and one chunk after it.
  const windows: { scanFrom: number; trustFrom: number; end: number }[] = [];
  let shift = 0;
  for (const edit of previous.edits) {
    const start = edit.start + shift;
    const end = start + edit.written;
    shift += edit.written - (edit.end - edit.start);
    const window = { scanFrom: chunksBefore(text, start, 2), trustFrom: chunksBefore(text, start, 1), end: chunksAfter(text, end, 1) };
    const last = windows[windows.length - 1];
    if (last !== undefined && window.scanFrom <= last.end) {
      windows[windows.length - 1] = { scanFrom: last.scanFrom, trustFrom: last.trustFrom, end: Math.max(last.end, window.end) };
    } else {
      windows.push(window);
    }
  }
  const hits: number[] = [];
  let editIndex = 0;
  let moved = 0;
  let windowIndex = 0;
  const edits = previous.edits;
  for (const oldHit of previous.hits) {
    // Old hits inside an edit are gone; the others move with the edits before them.
    while (editIndex < edits.length && (edits[editIndex] as Edit).end <= oldHit) {
      const edit = edits[editIndex] as Edit;
      moved += edit.written - (edit.end - edit.start);
      editIndex += 1;
    }
    const edit = edits[editIndex];
    if (edit !== undefined && edit.start <= oldHit) continue;
    const hit = oldHit + moved;
    while (windowIndex < windows.length && (windows[windowIndex] as { end: number }).end <= hit) {
      pushWindowHits(text, windows[windowIndex] as { scanFrom: number; trustFrom: number; end: number }, hits);
      windowIndex += 1;
    }
    const window = windows[windowIndex];
    if (window !== undefined && window.trustFrom <= hit) continue;
    hits.push(hit);
  }
  for (; windowIndex < windows.length; windowIndex += 1) pushWindowHits(text, windows[windowIndex] as { scanFrom: number; trustFrom: number; end: number }, hits);
  return hits;
}

/**
 * Scan a window again, with one more chunk after it for context, and keep the hits from where
 * its context is known to its end.
 */
function pushWindowHits(text: string, window: { scanFrom: number; trustFrom: number; end: number }, hits: number[]): void {
  const { scanFrom, trustFrom, end } = window;
  for (const hit of scanMathHits(text.slice(scanFrom, chunksAfter(text, end, 1)))) {
    if (hit + scanFrom >= trustFrom && hit + scanFrom < end) hits.push(hit + scanFrom);
  }
}

/** The start of the chunk `count` chunks before the one that holds (or starts at) offset `p`. */
function chunksBefore(text: string, p: number, count: number): number {
  let q = Math.min(p, text.length);
  while (q > 0 && !isSpaceCode(text.charCodeAt(q - 1))) q -= 1;
  for (let k = 0; k < count; k += 1) {
    let r = q;
    while (r > 0 && isSpaceCode(text.charCodeAt(r - 1))) r -= 1;
    if (r === 0) return q;
    while (r > 0 && !isSpaceCode(text.charCodeAt(r - 1))) r -= 1;
    q = r;
  }
  return q;
}

/** The end of the chunk `count` chunks after the one that holds (or ends at) offset `p`. */
function chunksAfter(text: string, p: number, count: number): number {
  let q = p;
  while (q < text.length && !isSpaceCode(text.charCodeAt(q))) q += 1;
  for (let k = 0; k < count; k += 1) {
    let r = q;
    while (r < text.length && isSpaceCode(text.charCodeAt(r))) r += 1;
    if (r >= text.length) return q;
    while (r < text.length && !isSpaceCode(text.charCodeAt(r))) r += 1;
    q = r;
  }
  return q;
}
