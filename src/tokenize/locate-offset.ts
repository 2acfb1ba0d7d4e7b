const LF = 0x0a;

/** Where an offset of a text stands: 1-based line and column, and the 0-based offset itself. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** Turns a 0-based offset of one text into its position. */
export type OffsetLocator = (offset: number) => TextPosition;

/**
 * Make the function that turns an offset of a text into its line and column, by binary search
 * in the line starts. Lines break at CRLF, LF and a lone CR, as everywhere in the library.
 *
 * @param text - The whole text the offsets point into.
 * @returns The locator.
 * @example
 * makeOffsetLocator('ab\r\ncd')(5)
 * //=> { line: 2, column: 2, offset: 5 }
 */
export function makeOffsetLocator(text: string): OffsetLocator {
  const starts = [0];
  // Jump from line end to line end; a text without CR needs only the LF search.
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (lineFeed !== -1 || carriageReturn !== -1) {
    if (carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn)) {
      starts.push(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
    } else {
      // A CR ends a line alone; before a LF, the LF ends it.
      if (text.charCodeAt(carriageReturn + 1) !== LF) starts.push(carriageReturn + 1);
      carriageReturn = text.indexOf('\r', carriageReturn + 1);
    }
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  };
}
