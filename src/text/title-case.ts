import { DIGIT, LEADING_NON_WORD } from './prose-patterns.js';

/** Short function words that a title leaves in lower case (`for`, `of`, `with`, `through`). */
export const TITLE_LOWER_CASE_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'across', 'after', 'against', 'an', 'and', 'as', 'at', 'based', 'before', 'beyond', 'between',
  'but', 'by', 'during', 'for', 'from', 'in', 'into', 'is', 'like', 'nor', 'not', 'of', 'on', 'or', 'over',
  'per', 'than', 'the', 'through', 'to', 'toward', 'towards', 'under', 'up', 'upon', 'using', 'versus', 'via',
  'vs', 'vs.', 'with', 'within', 'without',
]);

/** A title in title case leaves at most one word in this many in lower case. */
const TITLE_LOWER_CASE_SHARE = 8;

/** How a line is written: in title case, as a sentence, or too short to tell (`Models`). */
export type LineCase = 'title' | 'sentence' | 'either';

/**
 * Tell whether a line is written in title case, as paper titles are (`Language Models Can
 * Teach Themselves to Think`), or as a sentence: in title case, short function words aside, at
 * most one word in eight is all in lower case (a word with a capital or a digit anywhere, as
 * `vLLM` or `o1-like`, is a name). A line with fewer than two such words is either.
 *
 * @param text - One line of text.
 * @returns `title`, `sentence`, or `either`.
 * @example
 * classifyLineCase('Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking')
 * //=> 'title'
 */
export function classifyLineCase(text: string): LineCase {
  let counted = 0;
  let lowerCase = 0;
  for (const word of text.split(' ')) {
    const letters = word.replace(LEADING_NON_WORD, '');
    if (letters === '' || TITLE_LOWER_CASE_WORDS.has(letters.toLowerCase())) continue;
    counted += 1;
    if (letters === letters.toLowerCase() && !DIGIT.test(letters)) lowerCase += 1;
  }
  if (counted < 2) return 'either';
  return lowerCase * TITLE_LOWER_CASE_SHARE <= counted ? 'title' : 'sentence';
}
