/**
 * Two known good cards around a text: a parse of the whole must give back both, whatever the
 * text between them is. Plain text (daily cards) or inline markdown (search-page cards).
 */
import { expect } from 'vitest';
import { ParseResultSchema, type ParseResult } from '../src/index.js';

/** The title and abstract of each known card, as the parse must give them back. */
export const KNOWN_CARDS = [
  { title: 'A First Known Card', abstract: 'The first known abstract. It ends here.' },
  { title: 'A Second Known Card', abstract: 'The second known abstract. It ends there.' },
] as const;

const plainCard = ({ title, abstract }: (typeof KNOWN_CARDS)[number], date: string): string =>
  `${title}\n\n${abstract}\n\n  • 4 authors\n·\n${date}\n`;

const markdownCard = ({ title, abstract }: (typeof KNOWN_CARDS)[number], id: string): string =>
  `### [${title}](https://huggingface.co/papers/${id})\n\n[${abstract}](https://huggingface.co/papers/${id})\n\n·\n\nMay 29[6](https://huggingface.co/papers/${id}#community)\n`;

/**
 * The text between the two known cards, each line of it on lines of its own.
 *
 * @example
 * betweenCards('junk').includes('Sep 18, 2025\n\njunk\n\nA Second Known Card\n')
 * //=> true
 */
export function betweenCards(text: string, kind: 'plain' | 'markdown' = 'plain'): string {
  const [first, second] = KNOWN_CARDS;
  return kind === 'plain'
    ? `${plainCard(first, 'Sep 18, 2025')}\n${text}\n\n${plainCard(second, 'Sep 19, 2025')}`
    : `${markdownCard(first, '2509.00001')}\n${text}\n\n${markdownCard(second, '2509.00002')}`;
}

/** The laws of any parse of `betweenCards(text)`: a valid result, and both known cards in it, first and last, with their titles and abstracts. */
export function expectKnownCardsKept(result: ParseResult): void {
  expect(ParseResultSchema.safeParse(result).success).toBe(true);
  const first = result.papers[0];
  const last = result.papers.at(-1);
  expect({ title: first?.title, abstract: first?.abstract }).toEqual(KNOWN_CARDS[0]);
  expect({ title: last?.title, abstract: last?.abstract }).toEqual(KNOWN_CARDS[1]);
}
