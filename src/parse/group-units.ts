import type { Token } from '../schema.js';
import { splitParagraphs } from './split-paragraphs.js';
import { classifyTextShape } from '../text/text-shape.js';

/** The parts of a card footer found together; any of them may be missing. */
export interface FooterParts {
  authors: Token | null;
  organization: Token | null;
  separator: Token | null;
  date: Token | null;
}

/** A piece of a dump between the tokens and the cards. */
export type Unit =
  | { kind: 'text'; lines: Token[] }
  | { kind: 'title'; lines: Token[] }
  | { kind: 'footer'; parts: FooterParts }
  | { kind: 'page-date'; token: Token }
  | { kind: 'upvotes'; token: Token }
  | { kind: 'link'; token: Token };

/** How text lines become units. */
export interface GroupOptions {
  /** Every text line is a unit of its own (dense dumps), instead of every paragraph. */
  splitEveryLine: boolean;
  /** Lines with no blank line between them are one paragraph, as markdown has it (no wrap detection). */
  markdownParagraphs?: boolean;
}

/**
 * Group tokens into units: paragraphs of text (hard wraps joined), titles (a marked title with
 * the lines that continue it), card footers (author count or organization, `·`, date), page
 * dates (a date right after the page chrome), upvote boxes, and GitHub or other card links.
 *
 * @param tokens - Tokens from `tokenize` or `tokenizeMarkdown`.
 * @param options - Whether every text line is a unit of its own.
 * @returns The units in input order.
 * @example
 * groupUnits(tokenize('Title\n\n• 2 authors\n·\nMar 6'), { splitEveryLine: false }).map((unit) => unit.kind)
 * //=> ['text', 'footer']
 */
export function groupUnits(tokens: readonly Token[], options: GroupOptions): Unit[] {
  const units: Unit[] = [];
  let paragraph: Token[] = [];
  let atPageHead = true;

  const flushParagraph = (): void => {
    if (paragraph.length === 0) return;
    if (options.splitEveryLine) {
      for (const line of paragraph) units.push({ kind: 'text', lines: [line] });
    } else if (options.markdownParagraphs === true) {
      units.push({ kind: 'text', lines: paragraph });
    } else {
      for (const lines of splitParagraphs(paragraph)) units.push({ kind: 'text', lines });
    }
    paragraph = [];
  };

  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (token.kind === 'blank') {
      flushParagraph();
      index += 1;
    } else if (token.kind === 'chrome') {
      flushParagraph();
      atPageHead = true;
      index += 1;
    } else if (token.kind === 'text' && next?.kind !== 'separator') {
      paragraph.push(token);
      atPageHead = false;
      index += 1;
    } else if (token.kind === 'title') {
      flushParagraph();
      atPageHead = false;
      const title = readTitle(tokens, index);
      units.push({ kind: 'title', lines: title.lines });
      index = title.next;
    } else if (token.kind === 'upvotes') {
      flushParagraph();
      atPageHead = false;
      units.push({ kind: 'upvotes', token });
      index += 1;
    } else if (token.kind === 'github' || token.kind === 'link') {
      flushParagraph();
      units.push({ kind: 'link', token });
      index += 1;
    } else if (token.kind === 'date' && atPageHead) {
      flushParagraph();
      units.push({ kind: 'page-date', token });
      atPageHead = false;
      index += 1;
    } else {
      flushParagraph();
      atPageHead = false;
      const footer = readFooter(tokens, index);
      units.push({ kind: 'footer', parts: footer.parts });
      index = footer.next;
    }
  }
  flushParagraph();
  return units;
}

/**
 * Read a title from `start`: the title token, the title tokens on the lines right below it (a
 * wrapped heading), and a title-shaped paragraph right below those that ends at a blank line
 * (a title whose wrapped rest fell out of its heading).
 */
function readTitle(tokens: readonly Token[], start: number): { lines: Token[]; next: number } {
  const lines = [tokens[start] as Token];
  let index = start + 1;
  while (tokens[index]?.kind === 'title' && (tokens[index] as Token).line === (lines[lines.length - 1] as Token).line + 1) {
    lines.push(tokens[index] as Token);
    index += 1;
  }
  let end = index;
  while (tokens[end]?.kind === 'text' && (tokens[end] as Token).line === (tokens[end - 1] as Token).line + 1) end += 1;
  const after = tokens[end];
  const endsParagraph = after === undefined || after.kind === 'blank' || after.line > (tokens[end - 1] as Token).line + 1;
  const rest = tokens.slice(index, end);
  if (rest.length > 0 && endsParagraph && classifyTextShape(rest.map((token) => token.text).join(' ')) === 'title') {
    return { lines: [...lines, ...rest], next: end };
  }
  return { lines, next: index };
}

/**
 * Read one card footer from `start`: an author count or organization line, then `·`, then a
 * date, each optional but in that order and with no blank line between.
 */
function readFooter(tokens: readonly Token[], start: number): { parts: FooterParts; next: number } {
  const parts: FooterParts = { authors: null, organization: null, separator: null, date: null };
  let index = start;
  const first = tokens[index] as Token;
  if (first.kind === 'authors') {
    parts.authors = first;
    index += 1;
  } else if (first.kind === 'text' || first.kind === 'organization') {
    parts.organization = first;
    index += 1;
  }
  if (tokens[index]?.kind === 'separator') {
    parts.separator = tokens[index] as Token;
    index += 1;
  }
  if (tokens[index]?.kind === 'date') {
    parts.date = tokens[index] as Token;
    index += 1;
  }
  return { parts, next: index };
}
