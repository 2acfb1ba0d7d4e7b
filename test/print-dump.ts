/**
 * Print generated papers the way each plain-text capture shows them, for print-then-parse tests.
 */
import type { GeneratedFooter, GeneratedPaper } from './arbitraries.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** How to print: the family, and a column to hard-wrap titles and abstracts at (none when 0). */
export interface PrintOptions {
  format: 'daily' | 'search' | 'listing';
  wrapAt?: number;
}

/** Wrap a text greedily at a column, as text browsers do. */
export function wrapText(text: string, width: number): string {
  if (width <= 0) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** A footer's date line: `Sep 18, 2025 3`. */
export function printDate(date: GeneratedFooter['date']): string {
  const year = date.year === null ? '' : `, ${date.year}`;
  const comments = date.comments === null ? '' : ` ${date.comments}`;
  return `${MONTHS[date.month - 1]} ${date.day}${year}${comments}`;
}

function printFooter(footer: GeneratedFooter): string {
  const lines: string[] = [];
  if (footer.owner?.kind === 'authors') lines.push(`  • ${footer.owner.count} authors`);
  if (footer.owner?.kind === 'organization') lines.push(`${footer.owner.handle} ${footer.owner.name}`);
  lines.push('·', printDate(footer.date));
  return lines.join('\n');
}

/**
 * Print papers as one capture of the given family.
 *
 * @returns The dump's text.
 */
export function printDump(papers: readonly GeneratedPaper[], options: PrintOptions): string {
  const wrap = (text: string): string => wrapText(text, options.wrapAt ?? 0);
  if (options.format === 'search') {
    const head = 'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe';
    return head + papers.map((paper) => `${paper.title}\n${paper.abstract}`).join('\n');
  }
  const blocks = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'Daily Papers', 'byAK and the research community', 'Apr 20'];
  for (const paper of papers) {
    blocks.push(wrap(paper.title), wrap(paper.abstract));
    if (options.format === 'daily' && paper.footer !== null) blocks.push(printFooter(paper.footer));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** The fields a printed paper must come back with, given the reference date's year for yearless dates. */
export function expectedFields(paper: GeneratedPaper, format: PrintOptions['format'], referenceYear: number) {
  const footer = format === 'daily' ? paper.footer : null;
  const owner = footer?.owner ?? null;
  const date = footer?.date ?? null;
  return {
    title: paper.title,
    abstract: paper.abstract,
    authorCount: owner?.kind === 'authors' ? owner.count : null,
    organization: owner?.kind === 'organization' ? { handle: owner.handle, name: owner.name } : null,
    publishedAt:
      date === null
        ? null
        : `${date.year ?? referenceYear}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`,
    yearInferred: date !== null && date.year === null,
    comments: date?.comments ?? null,
  };
}

/** The same fields of a parsed paper. */
export function parsedFields(paper: {
  title: string;
  abstract: string | null;
  authorCount: number | null;
  organization: { handle: string; name: string } | null;
  publishedAt: string | null;
  yearInferred: boolean;
  comments: number | null;
}) {
  const { title, abstract, authorCount, organization, publishedAt, yearInferred, comments } = paper;
  return { title, abstract, authorCount, organization, publishedAt, yearInferred, comments };
}
