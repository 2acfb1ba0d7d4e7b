import type { RawRecord } from '../schema.js';
import { CODE_CHARACTER, WORD } from '../text/prose-patterns.js';
import { classifyTextShape } from '../text/text-shape.js';
import { ABSTRACT_CUE_WORDS } from './abstract-cue-words.js';

/** An abstract names at least this many distinct cue words. */
const LEAST_ABSTRACT_CUES = 3;

/** At most one character in this many of a paper's text is a code character. */
const CODE_CHARACTER_SHARE = 100;

/** A title holds at least this many words, and at most the second. */
const TITLE_WORDS = { least: 2, most: 40 } as const;

/**
 * Tell whether a raw record shows evidence of a paper: a part that only paper cards carry (an
 * arXiv id, an upvote box, an author count or names, a date, a comment count, GitHub stars, an AI
 * summary), or a title and an abstract that read like a paper's: a title of
 * 2 to 40 words, not all in capitals and with no code characters; an abstract shaped like one,
 * naming at least three words that research abstracts use (`propose`, `model`, `results`), and
 * almost free of code characters (docs/families.md#detection).
 *
 * @param record - A raw record.
 * @returns Whether the record shows paper evidence.
 * @example
 * hasPaperEvidence(parseRecords(tokenize('MIT License\n\nPermission is hereby granted, free of charge, to any person. The above notice shall be included.'), { format: 'listing' }).records[0])
 * //=> false
 */
export function hasPaperEvidence(record: RawRecord): boolean {
  if (
    record.arxivId !== null ||
    record.upvotes !== null ||
    record.authors !== null ||
    record.authorNames !== null ||
    record.date !== null ||
    record.comments !== null ||
    record.githubStars !== null ||
    record.aiSummary !== null
  ) {
    return true;
  }
  return record.abstract !== null && readsLikeTitle(record.title.text) && readsLikeAbstract(record.abstract.text);
}

/** A title of a few words, not shouted in capitals, with no code characters. */
function readsLikeTitle(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length < TITLE_WORDS.least || words.length > TITLE_WORDS.most) return false;
  if (text === text.toUpperCase()) return false;
  return (text.match(CODE_CHARACTER)?.length ?? 0) === 0;
}

/** An abstract's shape, with the words of research and almost no code characters. */
function readsLikeAbstract(text: string): boolean {
  if (classifyTextShape(text) !== 'abstract') return false;
  if ((text.match(CODE_CHARACTER)?.length ?? 0) * CODE_CHARACTER_SHARE > text.length) return false;
  const cues = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    const lower = word.toLowerCase();
    if (ABSTRACT_CUE_WORDS.has(lower)) cues.add(lower);
    if (cues.size >= LEAST_ABSTRACT_CUES) return true;
  }
  return false;
}
