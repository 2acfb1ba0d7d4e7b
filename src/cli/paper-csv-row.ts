import type { Paper } from '../index.js';

/** The columns of the command's CSV output, in order. */
export const PAPER_CSV_COLUMNS = [
  'title',
  'abstract',
  'authorCount',
  'organizationHandle',
  'organizationName',
  'publishedAt',
  'yearInferred',
  'upvotes',
  'comments',
  'arxivId',
  'links',
  'githubStars',
  'aiSummary',
  'file',
  'startLine',
  'endLine',
] as const;

/**
 * A paper as a CSV row of `PAPER_CSV_COLUMNS`: null is an empty cell, `yearInferred` is
 * `true` or `false`, `links` are joined with a space, `file` names the input.
 *
 * @param paper - The paper.
 * @param file - The input it came from: a path, or `<stdin>`.
 * @returns The cells, all strings, in column order.
 * @example
 * paperCsvRow(paper, 'dump.txt')
 * //=> ['A Title', 'An abstract.', '4', '', '', '2026-03-06', 'true', '', '3', '', '', '', '', 'dump.txt', '12', '19']
 */
export function paperCsvRow(paper: Paper, file: string): string[] {
  return [
    paper.title,
    paper.abstract ?? '',
    cell(paper.authorCount),
    paper.organization?.handle ?? '',
    paper.organization?.name ?? '',
    paper.publishedAt ?? '',
    String(paper.yearInferred),
    cell(paper.upvotes),
    cell(paper.comments),
    paper.arxivId ?? '',
    paper.links.join(' '),
    cell(paper.githubStars),
    paper.aiSummary ?? '',
    file,
    String(paper.source.startLine),
    String(paper.source.endLine),
  ];
}

/** A count as a cell: empty when null. */
function cell(count: number | null): string {
  return count === null ? '' : String(count);
}
