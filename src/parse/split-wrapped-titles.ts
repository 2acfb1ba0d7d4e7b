import type { Token } from '../schema.js';
import { CAPITAL_START, NAME_COLON_END, PERIOD_END, SENTENCE_END, URL_END } from '../text/prose-patterns.js';
import { classifyTextShape } from '../text/text-shape.js';
import { classifyLineCase, TITLE_LOWER_CASE_WORDS } from '../text/title-case.js';
import type { Unit } from './group-units.js';

/** Words that sentences use and titles do not: pronouns and clause openers. */
const SENTENCE_ONLY_WORDS: ReadonlySet<string> = new Set([
  'we', 'our', 'us', 'they', 'their', 'it', 'its', 'this', 'these', 'those', 'here', 'there', 'which',
  'though', 'while', 'however', 'moreover', 'although', 'whereas', 'thus', 'hence', 'furthermore', 'additionally',
]);

/** Text joined to read a shape or look for a word stops past this many characters. */
const JOINED_TEXT_BUDGET = 4000;

/** A wrapped title holds at most this many lines. */
const LONGEST_TITLE_LINES = 3;

/**
 * Split the titles back out of hard-wrapped search results. There a title and its abstract, or
 * an abstract and the next title, follow each other with no blank line, and a wrap can hide the
 * break between them when the line before it is long. After an abstract (a text that ends a
 * sentence) comes a title: up to three lines that open in title case, which end where a line
 * written as a sentence follows (docs/families.md#hard-wrapped-text).
 *
 * @param units - Units from `groupUnits`, wraps undone.
 * @returns The units, with every title that a wrap had joined to an abstract as a unit of its own.
 * @example
 * splitWrappedTitles([{ kind: 'text', lines: ['It ends here.', 'Next Paper Title', 'We study things.'].map((text) => ({ text }) as Token) }]).length
 * //=> 3
 */
export function splitWrappedTitles(units: readonly Unit[]): Unit[] {
  const result: Unit[] = [];
  let afterAbstract = true;
  for (const unit of units) {
    if (unit.kind !== 'text') {
      result.push(unit);
      afterAbstract = unit.kind !== 'title';
      continue;
    }
    const parts = splitAtTitles(unit.lines, afterAbstract);
    for (const lines of parts) result.push({ kind: 'text', lines });
    const last = parts[parts.length - 1] as Token[];
    afterAbstract = endsAbstract(last, 0, last.length);
  }
  return result;
}

/**
 * Cut one paragraph before every title that starts after an abstract, and after that title's
 * lines. A paragraph that opens after an abstract opens with a title; inside a paragraph, only a
 * line in title case after a sentence's end starts one.
 */
function splitAtTitles(lines: readonly Token[], opensAfterAbstract: boolean): Token[][] {
  const parts: Token[][] = [];
  let start = 0;
  let index = opensAfterAbstract ? 0 : 1;
  while (index < lines.length) {
    const titleStarts = index === 0 ? opensAfterAbstract : endsAbstract(lines, start, index);
    const titleEnd = titleStarts ? findTitleEnd(lines, index) : -1;
    if (titleEnd === -1) {
      index += 1;
      continue;
    }
    if (index > start) parts.push(lines.slice(start, index));
    parts.push(lines.slice(index, titleEnd));
    start = titleEnd;
    index = titleEnd + 1;
  }
  if (start < lines.length) parts.push(lines.slice(start));
  return parts;
}

/**
 * Where a title that starts at `start` ends; -1 when no title starts there. A title opens with
 * a line of at least two words, and no line of it ends with a period or a web address. The
 * paragraph's end ends a title. Before that, the abstract opens on the line after the title:
 * a line that opens with a capital, or with the name the title opens with (`gsplat: An
 * Open-Source Library` / `gsplat is an`). After a title in title case that line is written as a
 * sentence. A title in sentence case inside a paragraph is one line with no comma, pronoun or
 * clause opener, and the word that opens the abstract is a common word (the text writes it in
 * lower case further on in the paragraph), not a name.
 *
 * Either way the rest must not be a title's tail (`is not Necessary`).
 */
function findTitleEnd(lines: readonly Token[], start: number): number {
  const opening = (lines[start] as Token).text;
  const openingCase = classifyLineCase(opening);
  if (openingCase === 'either') return -1;
  const titleCased = openingCase === 'title';
  for (let end = start + 1; end <= Math.min(lines.length, start + LONGEST_TITLE_LINES); end += 1) {
    const last = (lines[end - 1] as Token).text.trimEnd();
    if (PERIOD_END.test(last) || URL_END.test(last)) return -1;
    if (end === lines.length) return end;
    const next = (lines[end] as Token).text;
    const rest = joinLines(lines, end, lines.length);
    if (!titleCased && start > 0 && !(end === start + 1 && isBareNounPhrase(opening) && opensWithCommonWord(next, rest))) continue;
    const opensSentence = CAPITAL_START.test(next) || firstWord(next) === firstWord(opening).replace(NAME_COLON_END, '');
    const opens = opensSentence && (!titleCased || classifyLineCase(next) === 'sentence');
    if (opens && classifyTextShape(rest) !== 'title') return end;
  }
  return -1;
}

/** A text whose first word, lower-cased, is written again further on: a common word, not a name. */
function opensWithCommonWord(line: string, text: string): boolean {
  const word = firstWord(line).toLowerCase();
  return word !== '' && ` ${text.slice(word.length)} `.includes(` ${word} `);
}

/** A line with no comma, no pronoun and no clause opener, that ends on no colon or function word: it may be a title, not a piece of a sentence. */
function isBareNounPhrase(line: string): boolean {
  const words = line.trimEnd().split(' ');
  const last = (words[words.length - 1] as string).toLowerCase();
  if (line.includes(',') || line.trimEnd().endsWith(':') || TITLE_LOWER_CASE_WORDS.has(last)) return false;
  return !words.some((word) => SENTENCE_ONLY_WORDS.has(word.toLowerCase()));
}

/** The first word of a text. */
function firstWord(text: string): string {
  const trimmed = text.trimStart();
  const space = trimmed.indexOf(' ');
  return space === -1 ? trimmed : trimmed.slice(0, space);
}

/** Lines `from` to `to` end an abstract: the last ends a sentence or with a web address, and together they are no title. */
function endsAbstract(lines: readonly Token[], from: number, to: number): boolean {
  const text = (lines[to - 1] as Token).text.trimEnd();
  return (SENTENCE_END.test(text) || URL_END.test(text)) && classifyTextShape(joinLines(lines, from, to)) !== 'title';
}

/**
 * Lines `from` to `to` joined with spaces, up to a few abstracts' length: enough to tell a
 * title's shape and the next words, while a long paragraph costs no more for each of its lines.
 */
function joinLines(lines: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let index = from; index < to && text.length <= JOINED_TEXT_BUDGET; index += 1) {
    text += text === '' ? (lines[index] as Token).text.trim() : ` ${(lines[index] as Token).text.trim()}`;
  }
  return text;
}
