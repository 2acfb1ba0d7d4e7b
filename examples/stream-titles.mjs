// Stream a capture of any size and print each paper's date and title as its card is read, with
// the diagnostics on standard error; memory stays flat however large the file.
//
//   node examples/stream-titles.mjs examples/000_055f216e977f1c87.txt
//   cat captures/*.txt | node examples/stream-titles.mjs
import { createReadStream } from 'node:fs';
import { parsePaperStream } from 'paperdump';

const file = process.argv[2];
const input = file ? createReadStream(file) : process.stdin;
const name = file ?? '<stdin>';
// A reader that stops early (`| head`) closes the pipe: that ends the job, it is no error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let count = 0;
const papers = parsePaperStream(input, {
  onPage: ({ format, pageDate }) => console.error(`${name}: ${format} page${pageDate ? ` of ${pageDate.date ?? pageDate.text}` : ''}`),
  onDiagnostic: (d) => console.error(`${name}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`),
});
for await (const paper of papers) {
  count += 1;
  process.stdout.write(`${paper.publishedAt ?? '          '}  ${paper.title}\n`);
}
console.error(`${count} papers`);
