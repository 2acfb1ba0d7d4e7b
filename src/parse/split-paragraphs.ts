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
  let width = 0;
  for (const line of lines) if (line.text.length > width) width = line.text.length;
  if (width > WIDEST_WRAP) return lines.map((line) => [line]);
  const paragraphs: Line[][] = [];
  let paragraph: Line[] = [lines[0] as Line];
  for (let index = 1; index < lines.length; index += 1) {
    const previous = lines[index - 1] as Line;
    const line = lines[index] as Line;
    const joiner = previous.text.endsWith('-') ? 0 : 1;
    if (previous.text.length + joiner + firstWordLength(line.text) > width) {
      paragraph.push(line);
    } else {
      paragraphs.push(paragraph);
      paragraph = [line];
    }
  }
  paragraphs.push(paragraph);
  return paragraphs;
}

/** The length of a line's first word (up to its first space). */
function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space === -1 ? text.length : space;
}
