/**
 * Throughput of parsePaperDump on the corpus captures, next to a bare baseline in the same run:
 * splitting the same text into trimmed lines; on the markdown captures next to remark-parse
 * alone; on the HTML pages next to rehype-parse alone and on the feeds next to the XML parser
 * alone (the read's time as a multiple of the parser's); and JSON Lines next to JSON.parse of
 * each line. Run with `npm run bench` (it builds first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeParse from 'rehype-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import sax from 'sax';
import { unified } from 'unified';
import { parsePaperDump, parsePaperStream, parseRecords, tokenize } from '../dist/index.js';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const readAll = (folder, suffix) =>
  readdirSync(fixtures + folder)
    .filter((name) => name.endsWith(suffix) && name !== 'README.md')
    .map((name) => readFileSync(fixtures + folder + name, 'utf8'));
const TARGET_BYTES = 40 * 1024 * 1024;
const MARKDOWN_TARGET_BYTES = 8 * 1024 * 1024;
const FEED_TARGET_BYTES = 8 * 1024 * 1024;
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
  if (compare === 'times') return `${(row.seconds / baseline.seconds).toFixed(2)}x the time of the XML parser alone`;
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

/** The XML parser alone, as the feed reader runs it (strict, positions on), every text and CDATA section handed over. */
function saxAlone(text) {
  const parser = sax.parser(true, { position: true });
  let characters = 0;
  parser.ontext = (value) => (characters += value.length);
  parser.oncdata = (value) => (characters += value.length);
  parser.write(text).close();
  return characters;
}

/** The two parsers the feed reader runs: sax on the XML, then rehype-parse on each item's escaped HTML. */
const htmlProcessor = unified().use(rehypeParse, { fragment: true });
const HTML_FIELDS = new Set(['description', 'content:encoded', 'content']);
function saxThenHtml(text) {
  const parser = sax.parser(true, { position: true });
  let html = null;
  let nodes = 0;
  parser.onopentag = (tag) => (html = HTML_FIELDS.has(tag.name) ? [] : null);
  parser.ontext = (value) => html?.push(value);
  parser.oncdata = (value) => html?.push(value);
  parser.onclosetag = () => {
    if (html !== null && html.length > 0) nodes += htmlProcessor.parse(html.join('')).children.length;
    html = null;
  };
  parser.write(text).close();
  return nodes;
}

// Feeds: the feed fixtures (RSS with escaped HTML, RSS with CDATA, Atom), next to the XML parser alone on the same text.
useCorpus(readAll('feeds/', '.xml'), FEED_TARGET_BYTES, 3);
console.log(`\nfeeds: ${texts.length} files, ${(corpusBytes / 1024).toFixed(0)} kB, ${rounds} rounds a repetition, best of ${repetitions}\n`);
const feedRows = [
  await measure('sax alone (the XML parser)', saxAlone),
  await measure('sax, then rehype-parse on each description', saxThenHtml),
  await measure('tokenize (sax, rehype-parse, our walk)', (text) => tokenize(text).length),
  await measure('parseRecords(tokenize) (the feed read)', (text) => parseRecords(tokenize(text)).records.length),
  await measure('parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length),
];
report(feedRows, 'times');
const [xmlAlone, bothParsers, , feedRead] = feedRows;
console.log(
  `\nfeed read time: ${(feedRead.seconds / xmlAlone.seconds).toFixed(2)}x the XML parser alone, ` +
    `${(feedRead.seconds / bothParsers.seconds).toFixed(2)}x the XML and HTML parsers alone`,
);

// JSON Lines: the corpus capture's papers over and over, each copy with an id and a title of its
// own (so that no copy merges), next to what reading JSON Lines takes at least: JSON.parse of each line.
const jsonLinesPapers = readAll('json/', '.jsonl')
  .flatMap((text) => text.split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const jsonLines = [];
for (let copy = 0, bytes = 0; bytes < MARKDOWN_TARGET_BYTES; copy += 1) {
  for (const paper of jsonLinesPapers) {
    const id = `26${String(1 + (copy % 12)).padStart(2, '0')}.${String(jsonLines.length % 100_000).padStart(5, '0')}`;
    const line = JSON.stringify({
      ...paper,
      paper_id: id,
      title: `${copy}. ${paper.title}`,
      source_url: `https://huggingface.co/papers/${id}`,
      external_url: `https://arxiv.org/abs/${id}`,
    });
    jsonLines.push(line);
    bytes += line.length + 1;
  }
}
const jsonLinesText = `${jsonLines.join('\n')}\n`;

/** The baseline: split into lines and JSON.parse each one that is not blank. */
function parseEachLine(text) {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') count += JSON.parse(line) === null ? 0 : 1;
  return count;
}

/**
 * Time runs on one text taking turns, so that the load of a shared machine weighs on each alike:
 * the fastest of `repeat` turns each (a first turn warms the JIT and is not counted).
 */
function measureTakingTurns(text, runs, repeat) {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  let sink = 0;
  for (let turn = 0; turn <= repeat; turn += 1) {
    runs.forEach(([, run], index) => {
      const start = process.hrtime.bigint();
      sink += run(text);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (turn > 0 && seconds < best[index]) best[index] = seconds;
    });
  }
  const megabytes = Buffer.byteLength(text) / (1024 * 1024);
  return runs.map(([name], index) => ({ name, megabytes, seconds: best[index], mbPerSecond: megabytes / best[index], sink }));
}

console.log(
  `\nJSON Lines: ${jsonLines.length} papers (the corpus capture's, each copy with its own id and title), ${(Buffer.byteLength(jsonLinesText) / 1024 / 1024).toFixed(0)} MB, runs taking turns, best of 10\n`,
);
const jsonLinesRows = measureTakingTurns(
  jsonLinesText,
  [
    ['baseline: JSON.parse of each line', parseEachLine],
    ['parsePaperDump (math: keep)', (text) => parsePaperDump(text, { math: 'keep' }).papers.length],
    ['parsePaperDump (math: unicode)', (text) => parsePaperDump(text).papers.length],
  ],
  10,
);
report(jsonLinesRows);
const keepShare = jsonLinesRows[1].mbPerSecond / jsonLinesRows[0].mbPerSecond;
console.log(`\nJSON Lines, parsePaperDump (math: keep) against JSON.parse of each line: 1/${(1 / keepShare).toFixed(1)} (target: 1/5 or better)`);

// The HTML pages: reading them (tree, hydration data or cards, records) next to parsing them into a tree alone.
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
