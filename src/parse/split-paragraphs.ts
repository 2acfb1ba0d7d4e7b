import type { Token } from '../schema.js';

/** No tool wraps text wider than this: a run with a longer line is one line per paragraph. */
const WIDEST_WRAP = 200;

/**
 * Split consecutive text lines (no blank line between them) into paragraphs, undoing hard
 * wraps. A greedy wrapper moves a word to the next line only when it does not fit, so a line
 * continues into the next exactly when the next line's first word would not have fit on it
 * at the run's width. A run with a line wider than any wrap is one line per paragraph (title
 * and abstract lines written back to back). After a hyphen the next word needs no space
 * (docs/families.md#hard-wrapped-text).
 *
 * @param lines - Consecutive text tokens.
 * @returns The paragraphs, each a list of lines, in order.
 * @example
 * splitParagraphs(['Large language models', 'are strong. They', 'scale.'].map((text) => ({ text }))).length
 * //=> 1
 */
export function splitParagraphs<Line extends Pick<Token, 'text'>>(lines: readonly Line[]): Line[][] {
  if (lines.length < 2) return lines.length === 0 ? [] : [[...lines]];
  let widest = 0;
  for (const line of lines) if (line.text.length > widest) widest = line.text.length;
  // A line may keep one blank after a hyphen (`language- `): widths count without it.
  if (widest > WIDEST_WRAP) return lines.map((line) => [line]);
  const broken = wrapWidth(lines);
  // `fold -s` lets the line that ends an input line fill the last column, which it keeps blank on the others.
  const width = broken > 0 && widest - broken <= 1 ? broken : widest;
  // Else the last line is the widest by more: a greedy wrap at that width, or `fold -s` one column wider.
  const foldUnsure = width === widest && widest - broken > 1;
  const paragraphs: Line[][] = [];
  let paragraph: Line[] = [lines[0] as Line];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as Line;
    const line = lines[index] as Line;
    const joiner = endsWithWordHyphen(previous.text) ? 0 : 1;
    const needed = previous.text.trimEnd().length + joiner + firstWordLength(line.text);
    // Where the two wrappers disagree (the word would just fit), a line that starts in lower case continues.
    if (needed > width || (foldUnsure && needed === width && startsInLowerCase(line.text))) {
      paragraph.push(line);
    } else {
      paragraphs.push(paragraph);
      paragraph = [line];
    }
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

/**
 * The widest line a wrap broke at a space: all but the run's last line (which may end an input
 * line, and `fold -s` lets such a line fill the whole width while it breaks the others a column
 * short), and no line of one word (a word cut at the column).
 */
function wrapWidth(lines: readonly Pick<Token, 'text'>[]): number {
  let width = 0;
  for (let index = 0; index < lines.length - 1; index += 1) {
    const text = (lines[index] as Pick<Token, 'text'>).text.trimEnd();
    if (text.length > width && text.includes(' ')) width = text.length;
  }
  return width;
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
