import type { Token } from '../schema.js';

/** No tool wraps text wider than this: a run with a longer line is one line per paragraph. */
const WIDEST_WRAP = 200;

/**
 * Lines broken a column short outnumber full lines at least this many times over in a `fold -s`
 * wrap, where only lines that end an input line fill the last column; a greedy wrap fills it
 * about as often as the column before.
 */
const FOLD_FILLED_SHARE = 8;

/**
 * Split consecutive text lines (no blank line between them) into paragraphs, undoing hard
 * wraps. A greedy wrapper moves a word to the next line only when it does not fit, so a line
 * continues into the next exactly when the next line's first word would not have fit on it
 * at the run's width. A run with a line wider than any wrap is one line per paragraph (title
 * and abstract lines written back to back). After a hyphen the next word needs no space
 * (docs/families.md#hard-wrapped-text). Where most lines keep the blank that `fold -s`
 * leaves at a break, a line with no blank ended its input line (unless it is one word that
 * fills the column: a word cut there).
 *
 * @param lines - Consecutive text tokens.
 * @returns The paragraphs, each a list of lines, in order.
 * @example
 * splitParagraphs(['Large language models', 'are strong. They', 'scale.'].map((text) => ({ text }))).length
 * //=> 1
 */
export function splitParagraphs<Line extends PlacedText>(lines: readonly Line[]): Line[][] {
  if (lines.length < 2) return lines.length === 0 ? [] : [[...lines]];
  let widest = 0;
  for (const line of lines) if (lineEnd(line, line.text) > widest) widest = lineEnd(line, line.text);
  // A line may keep one blank after a hyphen (`language- `): widths count without it.
  if (widest > WIDEST_WRAP) return lines.map((line) => [line]);
  const foldBlanks = showsFoldBlanks(lines);
  const broken = wrapWidth(lines, foldBlanks);
  // `fold -s` lets the line that ends an input line fill the last column, which it keeps blank on the others.
  const width = foldBlanks ? Math.max(broken, widest - 1) : broken > 0 && widest - broken <= 1 ? broken : widest;
  // Else the last line is the widest by more: a greedy wrap at that width, or `fold -s` one column wider.
  const foldUnsure = !foldBlanks && width === widest && widest - broken > 1;
  const continues: boolean[] = [];
  let forcedBreaks = 0;
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as Line;
    const line = lines[index] as Line;
    const joiner = endsWithWordHyphen(previous.text) ? 0 : 1;
    const end = lineEnd(previous, previous.text.trimEnd());
    const needed = end + joiner + firstWordLength(line.text);
    // A `fold -s` wrap leaves a blank where it broke at a space: a line without one ended its input line, unless it is one word cut at the column.
    const endedInput = foldBlanks && previous.trailingBlank !== true && (end <= width || previous.text.includes(' '));
    // Where the two wrappers disagree (the word would just fit), a line that starts in lower case continues.
    const forced = !endedInput && (needed > width || (foldUnsure && needed === width && startsInLowerCase(line.text)));
    continues.push(forced);
    if (forced) forcedBreaks += 1;
  }
  // A wrap forces most of its breaks; lines written one per paragraph only break where they end.
  if (forcedBreaks * 2 < continues.length) return lines.map((line) => [line]);
  const paragraphs: Line[][] = [];
  let paragraph: Line[] = [lines[0] as Line];
  for (let index = 1; index < lines.length; index += 1) {
    if (continues[index - 1] === true) {
      paragraph.push(lines[index] as Line);
    } else {
      paragraphs.push(paragraph);
      paragraph = [lines[index] as Line];
    }
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

/**
 * The widest line a wrap broke at a space: all but the run's last line (which may end an input
 * line, and `fold -s` lets such a line fill the whole width while it breaks the others a column
 * short), and no line of one word (a word cut at the column). Where the run shows the blanks
 * that `fold -s` leaves, only the lines that keep one were broken.
 */
function wrapWidth(lines: readonly PlacedText[], foldBlanks: boolean): number {
  const counts = new Map<number, number>();
  let width = 0;
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = lines[index] as PlacedText;
    const text = line.text.trimEnd();
    if (!text.includes(' ') || (foldBlanks && line.trailingBlank !== true)) continue;
    const end = lineEnd(line, text);
    counts.set(end, (counts.get(end) ?? 0) + 1);
    if (end > width) width = end;
  }
  // In a run of many paragraphs, many lines end an input line; a few of them fill the last column.
  const filled = counts.get(width) ?? 0;
  return width > 0 && filled * FOLD_FILLED_SHARE < (counts.get(width - 1) ?? 0) ? width - 1 : width;
}

/** A line's text, the column it starts at when known (text after an indent or glued chrome), and whether blanks follow it. */
type PlacedText = Pick<Token, 'text'> & Partial<Pick<Token, 'column' | 'trailingBlank'>>;

/** At least half the lines that a run breaks carry a trailing blank: the run was wrapped by `fold -s`. */
function showsFoldBlanks(lines: readonly PlacedText[]): boolean {
  let blankEnded = 0;
  for (let index = 0; index < lines.length - 1; index += 1) if ((lines[index] as PlacedText).trailingBlank === true) blankEnded += 1;
  return blankEnded > 0 && blankEnded * 2 >= lines.length - 1;
}

/** The column where `text`, written from the line's start column, ends: what a wrapper measured. */
function lineEnd(line: PlacedText, text: string): number {
  return (line.column ?? 1) - 1 + text.length;
}

/** A line that ends inside a hyphenated word (`data-`), not with a dash after a space (`chain -`). */
function endsWithWordHyphen(text: string): boolean {
  return text.endsWith('-') && text.length >= 2 && text.charAt(text.length - 2) !== ' ';
}

/** A line whose first character is a lower-case letter. */
function startsInLowerCase(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** The length of a line's first word (up to its first space). */
function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space === -1 ? text.length : space;
}
