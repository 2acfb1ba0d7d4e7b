// Parse a captured paper listing and print a short table of its papers.
//
//   node examples/print-table.mjs [capture.txt] [--reference-date YYYY-MM-DD]
//
// Without a file it reads the bundled capture examples/000_055f216e977f1c87.txt.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePaperDump } from 'paperdump';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'reference-date': { type: 'string' } },
});
const file = positionals[0] ?? new URL('./000_055f216e977f1c87.txt', import.meta.url);
const options = values['reference-date'] ? { referenceDate: values['reference-date'] } : {};

const { format, pageDate, papers, diagnostics } = parsePaperDump(readFileSync(file, 'utf8'), options);

const cut = (text, width) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);
const fit = (text, width) => cut(text, width).padEnd(width);
const by = ({ organization, authorCount }) => {
  if (organization) return organization.name;
  return authorCount === null ? '' : `${authorCount} author${authorCount === 1 ? '' : 's'}`;
};

console.log(`${format} page${pageDate ? ` of ${pageDate.date ?? pageDate.text}` : ''}: ${papers.length} papers\n`);
console.log(`${'#'.padStart(3)}  ${fit('published', 10)}  ${fit('by', 12)}  ${'comments'}  title`);
papers.forEach((paper, index) => {
  const date = paper.publishedAt ?? '';
  const comments = paper.comments === null ? '' : String(paper.comments);
  console.log(`${String(index + 1).padStart(3)}  ${fit(date, 10)}  ${fit(by(paper), 12)}  ${comments.padStart(8)}  ${cut(paper.title, 72)}`);
});
for (const diagnostic of diagnostics) {
  console.log(`\n${diagnostic.severity} ${diagnostic.code} (line ${diagnostic.line}): ${diagnostic.message}`);
}
