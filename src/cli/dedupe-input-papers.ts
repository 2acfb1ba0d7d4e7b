import { dedupePapers, type Paper } from '../index.js';
import type { InputPaper } from './parse-event.js';

/**
 * `dedupePapers` over papers that carry their input's name: one paper per paper across all
 * inputs, in order of first appearance, each named by the input of its first copy.
 *
 * `dedupePapers` keeps a paper without copies as it is (found here by identity) and merges
 * copies into a new record whose title and raw title are the first copy's, in order of first
 * appearance: a merged record is matched to the next input paper with its title and raw title
 * and an arXiv id that is null or the same.
 *
 * @param papers - The papers of every input, in input order.
 * @returns The deduplicated papers with the name of the input of each one's first copy.
 * @example
 * dedupeInputPapers([{ paper: a, file: 'monday.txt' }, { paper: a, file: 'tuesday.txt' }])
 * //=> [{ paper: a, file: 'monday.txt' }]
 */
export function dedupeInputPapers(papers: readonly InputPaper[]): InputPaper[] {
  const deduped = dedupePapers(papers.map(({ paper }) => paper));
  const positions = new Map<Paper, number>();
  for (const [index, { paper }] of papers.entries()) if (!positions.has(paper)) positions.set(paper, index);
  const named: InputPaper[] = [];
  let next = 0;
  for (const paper of deduped) {
    let index = positions.get(paper) ?? next;
    while (index < papers.length && !isFirstCopy(papers[index]!.paper, paper)) index++;
    const found = papers[index];
    named.push({ paper, file: found?.file ?? '' });
    if (found !== undefined) next = index + 1;
  }
  return named;
}

/** Whether an input paper can be the first copy of a merged paper: the same title, an arXiv id that is null or the same. */
function isFirstCopy(candidate: Paper, paper: Paper): boolean {
  return (
    candidate === paper ||
    (candidate.title === paper.title &&
      candidate.raw.title === paper.raw.title &&
      (candidate.arxivId === null || candidate.arxivId === paper.arxivId))
  );
}
