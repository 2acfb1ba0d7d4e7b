import { CAPTURE_TITLE_LINE, FRONT_MATTER_FENCE_LINE, GLUE_BOUNDARY_CHAR, LOWERCASE_NAME_START } from './chrome-patterns.js';
import type { Token } from '../schema.js';
import { GLUED_CHROME_PREFIXES } from './chrome-phrases.js';
import { classifyLine } from './classify-line.js';
import { splitLines, type SourceLine } from './split-lines.js';

/**
 * Turn plain text into line tokens: blank lines, page chrome, card footer parts
 * (author counts, the `·` separator, dates) and text. Chrome glued to the start of a line
 * (`SubscribeDreamPropeller: ...`) becomes a token of its own.
 *
 * @param text - A whole capture.
 * @returns The tokens in input order, each with its 1-based line and column and 0-based offset.
 * @example
 * tokenizePlainText('Daily Papers\n\nMar 6').map((token) => token.kind)
 * //=> ['chrome', 'blank', 'date']
 */
export function tokenizePlainText(text: string): Token[] {
  const lines = splitLines(text);
  const tokens: Token[] = [];
  const frontMatterEnd = findFrontMatterEnd(lines);
  for (let index = 0; index < lines.length; index += 1) {
    const source = lines[index] as SourceLine;
    const trimmedStart = source.text.trimStart();
    const content = keepHyphenBlank(trimmedStart.trimEnd(), trimmedStart);
    const column = source.text.length - trimmedStart.length + 1;
    const position = { line: source.line, column, offset: source.offset + column - 1 };
    if (content === '') {
      tokens.push({ kind: 'blank', text: '', line: source.line, column: 1, offset: source.offset });
    } else if (index <= frontMatterEnd || isCaptureTitle(content, lines, index)) {
      tokens.push({ kind: 'chrome', text: content, ...position });
    } else {
      pushLineTokens(tokens, content, position);
      const last = tokens[tokens.length - 1] as Token;
      if (trimmedStart.length > trimmedStart.trimEnd().length) last.trailingBlank = true;
      if (last.kind === 'chrome' && isWrappedWord(last, tokens[tokens.length - 2], lines[index + 1])) {
        last.kind = 'text';
      }
    }
  }
  return tokens;
}

/**
 * A line that ends with a hyphen and then a blank was broken at the blank (as `fold -s` breaks):
 * the hyphen is the word's own (`language- and task-aware`), and the blank is kept to say so
 * (docs/families.md#hard-wrapped-text).
 */
function keepHyphenBlank(content: string, untrimmedEnd: string): string {
  return content.endsWith('-') && untrimmedEnd.length > content.length ? `${content} ` : content;
}

/**
 * A one-word chrome line (`Models`, `About`) right under a text line, with no chrome line
 * after it, is the last word of a hard-wrapped paragraph, not site navigation.
 */
function isWrappedWord(token: Token, previous: Token | undefined, next: SourceLine | undefined): boolean {
  if (token.text.includes(' ') || previous?.kind !== 'text' || previous.line !== token.line - 1) return false;
  const following = next?.text.trim() ?? '';
  return following === '' || classifyLine(following) !== 'chrome';
}

/** Push the tokens of one non-empty line, splitting off chrome glued to its start. */
function pushLineTokens(
  tokens: Token[],
  content: string,
  position: { line: number; column: number; offset: number },
): void {
  let rest = content;
  let { column, offset } = position;
  for (const prefix of GLUED_CHROME_PREFIXES) {
    if (rest.length > prefix.length && rest.startsWith(prefix) && isGlueBoundary(rest, prefix.length)) {
      tokens.push({ kind: 'chrome', text: prefix, line: position.line, column, offset });
      const remainder = rest.slice(prefix.length);
      const skipped = remainder.length - remainder.trimStart().length + prefix.length;
      rest = remainder.trim();
      column += skipped;
      offset += skipped;
    }
  }
  tokens.push({ kind: classifyLine(rest), text: rest, line: position.line, column, offset });
}

/**
 * Glued chrome ends where the next word starts: a capital, a digit or a space follows it, or a
 * name that starts in lower case but is no English ending (`SubscribexLSTM: ...`, not `Subscribed`).
 */
function isGlueBoundary(text: string, at: number): boolean {
  return GLUE_BOUNDARY_CHAR.test(text.charAt(at)) || LOWERCASE_NAME_START.test(text.slice(at, at + 64));
}

/** The index of the closing `---` of front matter that opens the text, or -1 when there is none. */
function findFrontMatterEnd(lines: readonly SourceLine[]): number {
  let first = 0;
  while (first < lines.length && (lines[first] as SourceLine).text.trim() === '') first += 1;
  if (first >= lines.length || !FRONT_MATTER_FENCE_LINE.test((lines[first] as SourceLine).text.trim())) return -1;
  for (let index = first + 1; index < lines.length; index += 1) {
    if (FRONT_MATTER_FENCE_LINE.test((lines[index] as SourceLine).text.trim())) return index;
  }
  return -1;
}

/** A `Title:` line is a capture header when a `URL Source:` line follows it. */
function isCaptureTitle(content: string, lines: readonly SourceLine[], index: number): boolean {
  if (!CAPTURE_TITLE_LINE.test(content)) return false;
  for (let next = index + 1; next < lines.length && next <= index + 2; next += 1) {
    const text = (lines[next] as SourceLine).text.trim();
    if (text !== '') return text.startsWith('URL Source:');
  }
  return false;
}
