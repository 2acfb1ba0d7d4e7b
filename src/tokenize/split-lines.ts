/** One physical line of the input, without its line break. */
export interface SourceLine {
  /** The line's text, exactly as found. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based offset of the line's first character in the input. */
  offset: number;
}

/**
 * Split a text into lines at CRLF, LF and lone CR, keeping each line's position.
 *
 * @param text - Any text.
 * @returns The lines, in order; an empty text is one empty line.
 * @example
 * splitLines('a\r\nb').map((line) => line.text)
 * //=> ['a', 'b']
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  // The next carriage return at or after `start`; -1 when there is none left.
  let carriageReturn = text.indexOf('\r');
  let start = 0;
  let lineNumber = 1;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    let end = stop;
    if (carriageReturn !== -1 && carriageReturn < stop) {
      if (newline !== -1 && end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      while (carriageReturn !== -1 && carriageReturn < end) {
        lines.push({ text: text.slice(start, carriageReturn), line: lineNumber, offset: start });
        lineNumber += 1;
        start = carriageReturn + 1;
        carriageReturn = text.indexOf('\r', start);
      }
      if (carriageReturn !== -1 && carriageReturn < stop) carriageReturn = text.indexOf('\r', stop);
    }
    lines.push({ text: text.slice(start, end), line: lineNumber, offset: start });
    if (newline === -1) return lines;
    lineNumber += 1;
    start = newline + 1;
  }
}
