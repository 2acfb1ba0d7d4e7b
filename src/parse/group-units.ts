import type { Token } from '../schema.js';
import { splitParagraphs } from './split-paragraphs.js';

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
  | { kind: 'footer'; parts: FooterParts }
  | { kind: 'page-date'; token: Token };

/** How text lines become units. */
export interface GroupOptions {
  /** Every text line is a unit of its own (dense dumps), instead of every paragraph. */
  splitEveryLine: boolean;
}

/**
 * Group tokens into units: paragraphs of text (hard wraps joined), card footers (author count
 * or organization, `·`, date) and page dates (a date right after the page chrome).
 *
 * @param tokens - Tokens from `tokenize`.
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
  } else if (first.kind === 'text') {
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
