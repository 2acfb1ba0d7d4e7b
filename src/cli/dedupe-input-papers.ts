import { mergeDuplicatePapers } from '../normalize/merge-duplicates.js';
import type { InputPaper } from './parse-event.js';

/**
 * `dedupePapers` over papers that carry their input's name: one paper per paper across all
 * inputs, in order of first appearance, each named by the input of its first copy (which the
 * merge reports, so that no paper is matched back by its title).
 *
 * @param papers - The papers of every input, in input order.
 * @returns The deduplicated papers with the name of the input of each one's first copy.
 * @example
 * dedupeInputPapers([{ paper: a, file: 'monday.txt' }, { paper: a, file: 'tuesday.txt' }])
 * //=> [{ paper: a, file: 'monday.txt' }]
 */
export function dedupeInputPapers(papers: readonly InputPaper[]): InputPaper[] {
  const merged = mergeDuplicatePapers(
    papers.map(({ paper }) => paper),
    'across-dumps',
  );
  return merged.papers.map((paper, position) => ({ paper, file: papers[merged.firstCopies[position] ?? -1]?.file ?? '' }));
}
