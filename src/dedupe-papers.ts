import { mergeDuplicatePapers } from './normalize/merge-duplicates.js';
import type { Paper } from './schema.js';

/**
 * One record per paper across dumps: copies (same arXiv id, else same title key) are merged.
 *
 * @param papers - Papers from any number of dumps, oldest capture first.
 * @returns One paper per paper, in order of first appearance.
 * @example
 * dedupePapers([...monday.papers, ...tuesday.papers]).length
 * //=> 12
 */
export function dedupePapers(papers: Iterable<Paper>): Paper[] {
  return mergeDuplicatePapers([...papers]).papers;
}
