import { countSentenceBreaks, PERIOD_END } from './prose-patterns.js';

/** What a block of card text looks like: a title, an abstract, or either. */
export type TextShape = 'title' | 'abstract' | 'either';

/** Longer than this, a text is an abstract whatever else it shows. */
const LONGEST_TITLE = 300;

/** A text ending with a period at least this long is an abstract. */
const SHORTEST_PERIOD_ABSTRACT = 80;

/** Without a final period, a text up to this long is a title. */
const LONGEST_PLAIN_TITLE = 250;

/**
 * Tell a title from an abstract by its shape, not by its position: abstracts are long and
 * made of sentences that end with a period; titles are short and have no final period
 * (docs/families.md#titles-and-abstracts).
 *
 * @param text - The card text, lines joined.
 * @returns `title`, `abstract`, or `either` when the shape does not decide.
 * @example
 * classifyTextShape('Scaling Laws for Neural Language Models')
 * //=> 'title'
 */
export function classifyTextShape(text: string): TextShape {
  const length = text.length;
  if (length > LONGEST_TITLE) return 'abstract';
  const endsWithPeriod = PERIOD_END.test(text);
  const sentenceBreaks = countSentenceBreaks(text);
  if (endsWithPeriod && (length >= SHORTEST_PERIOD_ABSTRACT || sentenceBreaks >= 1)) return 'abstract';
  if (!endsWithPeriod && length <= LONGEST_PLAIN_TITLE && sentenceBreaks <= 1) return 'title';
  return 'either';
}
