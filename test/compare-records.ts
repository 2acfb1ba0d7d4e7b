/**
 * Compare the papers of a hard-wrapped capture with those of the capture as it was: which
 * cards were lost, which came back with another title or abstract.
 */
import { foldWhitespace } from '../src/text/fold-whitespace.js';

/** The fields compared: title and abstract, whitespace folded. */
export interface ComparedPaper {
  title: string;
  abstract: string | null;
}

/** How the papers of a wrapped capture differ from the unwrapped ones. */
export interface WrapComparison {
  /** Papers of the unwrapped and of the wrapped capture. */
  unwrapped: number;
  wrapped: number;
  /** Unwrapped cards whose title no wrapped card has, nor holds or is held by. */
  lost: string[];
  /** Unwrapped cards found only with another title (one holding it, or held by it). */
  titles: string[];
  /** Unwrapped cards found by title, with another abstract. */
  abstracts: string[];
  /** Wrapped cards whose title no unwrapped card has. */
  extra: string[];
}

const fold = (text: string | null): string | null => (text === null ? null : foldWhitespace(text));

/**
 * Compare the papers of a wrapped capture with the unwrapped ones, by title.
 *
 * @example
 * compareRecords([{ title: 'A Title', abstract: 'An abstract.' }], [{ title: 'A Title', abstract: 'An\nabstract.' }]).lost
 * //=> []
 */
export function compareRecords(unwrapped: readonly ComparedPaper[], wrapped: readonly ComparedPaper[]): WrapComparison {
  const byTitle = new Map<string, (string | null)[]>();
  for (const paper of wrapped) {
    const title = fold(paper.title) as string;
    byTitle.set(title, [...(byTitle.get(title) ?? []), fold(paper.abstract)]);
  }
  const wrappedTitles = [...byTitle.keys()];
  const comparison: WrapComparison = { unwrapped: unwrapped.length, wrapped: wrapped.length, lost: [], titles: [], abstracts: [], extra: [] };
  const seen = new Set<string>();
  for (const paper of unwrapped) {
    const title = fold(paper.title) as string;
    seen.add(title);
    const abstracts = byTitle.get(title);
    if (abstracts === undefined) {
      const near = wrappedTitles.some((other) => other.includes(title) || title.includes(other));
      (near ? comparison.titles : comparison.lost).push(title);
    } else if (!abstracts.includes(fold(paper.abstract))) {
      comparison.abstracts.push(title);
    }
  }
  for (const title of wrappedTitles) if (!seen.has(title)) comparison.extra.push(title);
  return comparison;
}
