/**
 * Throughput of parsePaperDump on the corpus captures, next to a bare baseline in the same run:
 * splitting the same text into trimmed lines; on the markdown captures next to remark-parse
 * alone, and on the HTML pages next to rehype-parse alone (the read's time as a multiple of the
 * parser's). Run with `npm run bench` (it builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeParse from 'rehype-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parsePaperDump, parsePaperStream, tokenize } from '../dist/index.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const readAll = (folder, suffix) =>
  readdirSync(fixtures + folder)
    .filter((name) => name.endsWith(suffix) && name !== 'README.md')
    .map((name) => readFileSync(fixtures + folder + name, 'utf8'));
const TARGET_BYTES = 40 * 1024 * 1024;
const MARKDOWN_TARGET_BYTES = 8 * 1024 * 1024;
const HTML_TARGET_BYTES = 16 * 1024 * 1024;

/** The text captures; the markdown captures (the corpus file and one per family). */
const plainTexts = readAll('', '.txt');
const markdownTexts = [...readAll('', '.md'), ...readAll('families/', '.md')];
/** The HTML pages: the corpus page and its variants (hydration data, rendered cards only, a fragment, a browser-saved copy). */
const htmlTexts = readdirSync(`${fixtures}html/`)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => readFileSync(`${fixtures}html/${name.replace('.expected.json', '.html')}`, 'utf8'));

let texts = plainTexts;
let corpusBytes = 0;
let rounds = 0;
/** How many times each measurement is repeated; the fastest repetition counts. */
let repetitions = 0;
function useCorpus(corpus, targetBytes, repeat) {
  texts = corpus;
  repetitions = repeat;
  corpusBytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  rounds = Math.ceil(targetBytes / corpusBytes);
}
useCorpus(plainTexts, TARGET_BYTES, 10);

/** The baseline: what any line-based parser has to do at least. */
function splitTrimmedLines(text) {
  return text.split('\n').map((line) => line.trim()).length;
}

/**
 * A reference for math cleaning: reading each character once in JavaScript, as any pre-scan that
 * looks at every letter must (docs/math.md: a never-English name converts even alone, `small varepsilon`).
 */
function readEveryCharacter(text) {
  let sum = 0;
  for (let at = 0; at < text.length; at += 1) sum += text.charCodeAt(at);
  return sum & 1;
}

/** The fastest repetition of `run` over every text, `rounds` times; `run` may return a promise (a stream's count). */
async function measure(name, run) {
  let sink = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let repetition = 0; repetition <= repetitions; repetition += 1) {
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round += 1) for (const text of texts) sink += await run(text);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    // The first repetition warms the JIT and is not counted.
    if (repetition > 0 && seconds < best) best = seconds;
  }
  const megabytes = (corpusBytes * rounds) / (1024 * 1024);
  return { name, megabytes, seconds: best, mbPerSecond: megabytes / best, sink };
}

/** How each row compares with the first: a share of its speed, the time it adds, or its time as a multiple. */
function relationOf(row, baseline, compare) {
  if (compare === 'share') {
    const share = row.mbPerSecond / baseline.mbPerSecond;
    return `${share >= 1 ? '1' : `1/${(1 / share).toFixed(1)}`} of baseline`;
  }
  if (compare === 'ratio') return `${(row.seconds / baseline.seconds).toFixed(2)}× the time of rehype-parse`;
  return row === baseline ? '' : `+${((row.seconds / baseline.seconds - 1) * 100).toFixed(0)}% over remark-parse`;
}

/**
 * Several runs measured page by page, taking turns: each run reads each text once, `repetitions`
 * times over, and the fastest read of each text counts. The time of a run is the sum of its
 * fastest reads, times the rounds; so a busy moment of a shared machine, which slows some reads,
 * weighs on no run's figure.
 */
async function measureTogether(candidates) {
  const best = candidates.map(() => texts.map(() => Number.POSITIVE_INFINITY));
  let sink = 0;
  for (let repetition = 0; repetition <= repetitions; repetition += 1) {
    for (const [at, text] of texts.entries()) {
      for (const [index, [, run]] of candidates.entries()) {
        const start = process.hrtime.bigint();
        sink += await run(text);
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        // The first repetition warms the JIT and is not counted.
        if (repetition > 0 && seconds < best[index][at]) best[index][at] = seconds;
      }
    }
  }
  const megabytes = (corpusBytes * rounds) / (1024 * 1024);
  return candidates.map(([name], index) => {
    const seconds = best[index].reduce((sum, time) => sum + time, 0) * rounds;
    return { name, megabytes, seconds, mbPerSecond: megabytes / seconds, sink };
  });
}

function report(rows, compare = 'share') {
  const baseline = rows[0];
  for (const row of rows) {
    const relation = relationOf(row, baseline, compare);
    console.log(
      `${row.name.padEnd(40)} ${row.megabytes.toFixed(1).padStart(7)} MB ${row.seconds.toFixed(2).padStart(7)} s ${row.mbPerSecond.toFixed(1).padStart(8)} MB/s   ${relation}`,
    );
  }
}

console.log(`plain-text corpus: ${texts.length} captures, ${(corpusBytes / 1024).toFixed(0)} kB, ${rounds} rounds a repetition, best of ${repetitions}\n`);
report([
  await measure('baseline: split into trimmed lines', splitTrimmedLines),
  await measure('parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length),
  await measure('parsePaperDump (math: unicode)', (text) => parsePaperDump(text).papers.length),
  await measure('reference: read every character in JS', readEveryCharacter),
]);

/** A text as a stream would bring it: chunks of 64 KiB. */
async function* chunksOf(text) {
  for (let at = 0; at < text.length; at += 65_536) yield text.slice(at, at + 65_536);
}

async function countStreamed(text, options) {
  let count = 0;
  for await (const _paper of parsePaperStream(chunksOf(text), options)) count += 1;
  return count;
}

// One long capture: a daily page over and over, read whole and as a stream (in 64 KiB chunks).
// parsePaperDump merges the copies of each paper; the stream, whose merge window is 64 papers, yields each copy.
const dailyPage = `${(plainTexts.find((text) => text.includes('Daily Papers')) ?? plainTexts[0]).trimEnd()}\n`;
const longCapture = dailyPage.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(dailyPage)));
useCorpus([longCapture], TARGET_BYTES, 3);
rounds = 1;
console.log(`\none long capture: a daily page repeated to ${(corpusBytes / 1024 / 1024).toFixed(0)} MB, best of ${repetitions}\n`);
report([
  await measure('baseline: split into trimmed lines', splitTrimmedLines),
  await measure('parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length),
  await measure('parsePaperStream (math: keep)', (text) => countStreamed(text, { math: 'keep' })),
  await measure('parsePaperDump (math: unicode)', (text) => parsePaperDump(text).papers.length),
  await measure('parsePaperStream (math: unicode)', (text) => countStreamed(text, {})),
]);

const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
useCorpus(markdownTexts, MARKDOWN_TARGET_BYTES, 3);
console.log(`\nmarkdown captures: ${texts.length} files, ${(corpusBytes / 1024).toFixed(0)} kB, ${rounds} rounds a repetition, best of ${repetitions}\n`);
report(
  [
    await measure('remark-parse alone', (text) => markdownProcessor.parse(text).children.length),
    await measure('tokenize (remark-parse and our walk)', (text) => tokenize(text).length),
    await measure('parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length),
  ],
  'overhead',
);

// The HTML pages: reading them (tree, hydration data or cards, records) next to parsing them into a tree alone.
const htmlProcessor = unified().use(rehypeParse, { fragment: true });
useCorpus(htmlTexts, HTML_TARGET_BYTES, 40);
console.log(`\nHTML pages: ${texts.length} files, ${(corpusBytes / 1024).toFixed(0)} kB, each read the fastest of ${repetitions} taking turns, counted ${rounds} times\n`);
report(
  await measureTogether([
    ['rehype-parse alone', (text) => htmlProcessor.parse(text).children.length],
    ['tokenize (the tree and our walk)', (text) => tokenize(text).length],
    ['parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length],
    ['parsePaperDump (math: unicode)', (text) => parsePaperDump(text).papers.length],
  ]),
  'ratio',
);
