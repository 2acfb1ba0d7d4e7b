/**
 * Hard-wrap a capture the way tools do, for the wrap tests and `scripts/wrap-report.ts`:
 * `foldText` as `fold -s` writes plain text, `wrapMarkdown` as a markdown wrapper writes
 * paragraphs with `\` hard line breaks.
 */

/** The tab stops `fold` counts to. */
const TAB_WIDTH = 8;

/** A line's column after one more character, as `fold` counts it (a tab moves to the next stop). */
function advanceColumn(column: number, character: string): number {
  if (character === '\t') return column + TAB_WIDTH - (column % TAB_WIDTH);
  if (character === '\r') return 0;
  if (character === '\b') return column > 0 ? column - 1 : 0;
  return column + 1;
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\t';
}

/**
 * Wrap every line of a text at a column as `fold -s -w <width>` does: a line that runs past the
 * column breaks after its last blank (the blank stays at the end of the line); a word longer than
 * the column is cut at it. Columns count characters (code points), not bytes.
 *
 * @param text - Any text.
 * @param width - The column to wrap at (at least 1).
 * @returns The wrapped text.
 * @example
 * foldText('aaa bbb ccc ddd', 7)
 * //=> 'aaa \nbbb \nccc ddd'
 */
export function foldText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => foldLine(line, width))
    .join('\n');
}

/** `fold -s` on one line without its line break (GNU coreutils' algorithm). */
function foldLine(line: string, width: number): string {
  const out: string[] = [];
  let buffer: string[] = [];
  let column = 0;
  for (const character of line) {
    for (;;) {
      const next = advanceColumn(column, character);
      if (next <= width) {
        buffer.push(character);
        column = next;
        break;
      }
      let blank = buffer.length - 1;
      while (blank >= 0 && !isBlank(buffer[blank] as string)) blank -= 1;
      if (blank >= 0) {
        out.push(buffer.slice(0, blank + 1).join(''));
        buffer = buffer.slice(blank + 1);
        column = buffer.reduce(advanceColumn, 0);
        continue;
      }
      if (buffer.length === 0) {
        buffer.push(character);
        column = next;
        break;
      }
      out.push(buffer.join(''));
      buffer = [];
      column = 0;
    }
  }
  out.push(buffer.join(''));
  return out.join('\n');
}

/** A word that would start a block of its own at the start of a line (a list item, a heading, a quote, a rule, a table). */
const BLOCK_START_WORD = /^(?:#{1,6}|[-+*>]|\d{1,9}[.)]|=+|-+|_+|\*+|`{3,}.*|~{3,}.*|\|.*|<.*)$/;

/** Lines a markdown wrapper leaves as they are: tables, link definitions, numbered link lists, HTML, lone URLs. */
const KEPT_LINE = /^\s*(?:\||\[[^\]]+\]:\s|\d{1,5}\.\s+https?:\/\/\S+\s*$|<|https?:\/\/\S+\s*$)/;

/** A list item's marker and its indentation: `- `, `* `, `12. `. */
const LIST_MARKER = /^(\s*)(?:[-+*]|\d{1,9}[.)])\s+/;

/** An ATX heading's marker. */
const HEADING_MARKER = /^\s{0,3}#{1,6}\s/;

/** A fence line. */
const FENCE_LINE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Wrap the paragraph lines of a markdown text at a column, as a markdown wrapper does with hard
 * line breaks: each broken line ends with `\`, and no line breaks before a word that would start a
 * block (`-`, `#`, `1.`). Front matter, fenced code, headings, tables, link definitions, numbered
 * link lists, HTML and lines that are only a URL are left as they are.
 *
 * @param text - A markdown text.
 * @param width - The column to wrap at; a word wider than it stands alone on its line.
 * @returns The wrapped text.
 * @example
 * wrapMarkdown('We study scaling laws of language models.', 20)
 * //=> 'We study scaling\\\nlaws of language\\\nmodels.'
 */
export function wrapMarkdown(text: string, width: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  let frontMatter = lines[0]?.trim() === '---';
  lines.forEach((line, index) => {
    if (frontMatter) {
      out.push(line);
      if (index > 0 && line.trim() === '---') frontMatter = false;
      return;
    }
    const fenceMatch = FENCE_LINE.exec(line);
    if (fence !== null) {
      out.push(line);
      if (fenceMatch !== null && (fenceMatch[1] as string).startsWith(fence) && line.trim() === line.trim().charAt(0).repeat(line.trim().length)) {
        fence = null;
      }
      return;
    }
    if (fenceMatch !== null) {
      fence = fenceMatch[1] as string;
      out.push(line);
      return;
    }
    if (line.length <= width || line.trim() === '' || KEPT_LINE.test(line) || HEADING_MARKER.test(line) || line.endsWith('\\')) {
      out.push(line);
      return;
    }
    const list = LIST_MARKER.exec(line);
    const lead = list === null ? (/^\s*/.exec(line)?.[0] ?? '') : (list[0] as string);
    // Four spaces make indented code outside a list: leave such a line alone.
    if (list === null && lead.length >= 4) {
      out.push(line);
      return;
    }
    const indent = ' '.repeat(lead.length);
    out.push(...wrapWords(line.slice(lead.length), width, lead, indent));
  });
  return out.join('\n');
}

/** Break words greedily into lines that end with `\`, each at most `width` wide with its lead. */
function wrapWords(body: string, width: number, firstLead: string, indent: string): string[] {
  const words = body.split(' ');
  const lines: string[] = [];
  let current: string[] = [];
  let lead = firstLead;
  const length = (parts: readonly string[]): number => lead.length + parts.join(' ').length;
  for (const word of words) {
    const candidate = [...current, word];
    const breakable = current.length > 0 && word !== '' && !BLOCK_START_WORD.test(word) && !(current[current.length - 1] as string).endsWith('\\');
    if (breakable && length(candidate) + 1 > width) {
      lines.push(`${lead}${current.join(' ')}\\`);
      lead = indent;
      current = [word];
    } else {
      current = candidate;
    }
  }
  lines.push(`${lead}${current.join(' ')}`);
  return lines;
}
