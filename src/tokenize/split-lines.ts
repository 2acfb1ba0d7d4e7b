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
  const hasCarriageReturn = text.includes('\r');
  let start = 0;
  let lineNumber = 1;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    let end = stop;
    if (hasCarriageReturn) {
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      let cr = text.indexOf('\r', start);
      while (cr !== -1 && cr < end) {
        lines.push({ text: text.slice(start, cr), line: lineNumber, offset: start });
        lineNumber += 1;
        start = cr + 1;
        cr = text.indexOf('\r', start);
      }
    }
    lines.push({ text: text.slice(start, end), line: lineNumber, offset: start });
    if (newline === -1) return lines;
    lineNumber += 1;
    start = newline + 1;
  }
}
