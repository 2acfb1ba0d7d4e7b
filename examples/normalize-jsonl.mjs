// Clean the abstracts of a JSON Lines stream: one object a line in, the same object with its
// `abstract` (and `title`) cleaned out. The pipeline use of normalizeAbstract.
//
//   node examples/normalize-jsonl.mjs < examples/abstracts.jsonl > clean.jsonl
//   node examples/normalize-jsonl.mjs examples/abstracts.jsonl
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normalizeAbstract } from 'paperdump';

const input = process.argv[2] ? createReadStream(process.argv[2]) : process.stdin;
// A reader that stops early (`| head`) closes the pipe: that ends the job, it is no error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
let lineNumber = 0;
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  lineNumber += 1;
  if (line.trim() === '') continue;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    console.error(`line ${lineNumber}: not JSON, skipped`);
    continue;
  }
  if (typeof record.abstract === 'string') record.abstract = normalizeAbstract(record.abstract);
  if (typeof record.title === 'string') record.title = normalizeAbstract(record.title);
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
