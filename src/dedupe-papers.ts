import { assertIterable } from './assert-argument.js';
import { mergeDuplicatePapers } from './normalize/merge-duplicates.js';
import type { Paper } from './schema.js';

/**
 * One record per paper across dumps (the captures of several days, say): two papers are the
 * same when they have the same arXiv id (its version ignored), else the same title key (case,
 * whitespace and punctuation ignored). Copies are merged into the first: a field the first
 * lacks comes from a later copy, `links` are the union, and `upvotes`, `comments` and
 * `githubStars` are the newest known (the last copy's that has one, so pass papers oldest capture
 * first). `title`, `raw` and `source` stay the first copy's. The input papers are not changed.
 *
 * @param papers - Papers from any number of dumps, oldest capture first.
 * @returns One paper per paper, in order of first appearance.
 * @example
 * dedupePapers([monday, { ...monday, upvotes: 40 }]).map((paper) => paper.upvotes)
 * //=> [40]
 */
export function dedupePapers(papers: Iterable<Paper>): Paper[] {
  assertIterable(papers, 'papers');
  return mergeDuplicatePapers(papers, 'across-dumps').papers;
}
