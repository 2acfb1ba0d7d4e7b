/**
 * Throughput of parsePaperDump on the corpus captures, next to a bare baseline in the same run:
 * splitting the same text into trimmed lines. Run with `npm run bench` (it builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePaperDump } from '../dist/index.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const texts = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(fixtures + name, 'utf8'));
const corpusBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const TARGET_BYTES = 40 * 1024 * 1024;
const rounds = Math.ceil(TARGET_BYTES / corpusBytes);

/** How many times each measurement is repeated; the fastest repetition counts. */
const REPETITIONS = 5;

/** The baseline: what any line-based parser has to do at least. */
function splitTrimmedLines(text) {
  return text.split('\n').map((line) => line.trim()).length;
}

function measure(name, run) {
  let sink = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let repetition = 0; repetition <= REPETITIONS; repetition += 1) {
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) for (const text of texts) sink += run(text);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The first repetition warms the JIT and is not counted.
    if (repetition > 0 && seconds < best) best = seconds;
  }
  const megabytes = (corpusBytes * rounds) / (1024 * 1024);
  return { name, megabytes, seconds: best, mbPerSecond: megabytes / best, sink };
}

function report(rows) {
  const baseline = rows[0].mbPerSecond;
  for (const row of rows) {
    const share = row.mbPerSecond / baseline;
    console.log(
      `${row.name.padEnd(36)} ${row.megabytes.toFixed(1).padStart(7)} MB ${row.seconds.toFixed(2).padStart(7)} s ${row.mbPerSecond.toFixed(1).padStart(8)} MB/s   ${share >= 1 ? '1' : `1/${(1 / share).toFixed(1)}`} of baseline`,
    );
  }
}

console.log(`corpus: ${texts.length} captures, ${(corpusBytes / 1024).toFixed(0)} kB, ${rounds} rounds a repetition, best of ${REPETITIONS}\n`);
report([
  measure('baseline: split into trimmed lines', splitTrimmedLines),
  measure('parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length),
  measure('parsePaperDump (math: unicode)', (text) => parsePaperDump(text).papers.length),
]);
