/**
 * How time grows with input size, on the built package (`dist/`): for each case, the time of an
 * input of size n and of size 2n (each the best of several runs), and their ratio t(2n)/t(n).
 * Linear time gives about 2; a ratio of 2.5 or more fails the run (exit code 1). Run with
 * `npm run bench` (it builds first) or, after `npm run build`, `node --expose-gc bench/scaling.mjs`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cleanMath, dedupePapers, parsePaperDump, parsePaperStream } from '../dist/index.js';

const MOST_RATIO = 2.5;
const RUNS = 5;
const DAILY = readFileSync(fileURLToPath(new URL('../test/fixtures/000_055f216e977f1c87.txt', import.meta.url)), 'utf8');
/** The HTML source of a daily page (356 kB): 70 copies are 25 MB, 140 copies 50 MB. */
const DAILY_HTML = readFileSync(fileURLToPath(new URL('../test/fixtures/html/hf-daily-2026-02-24.html', import.meta.url)), 'utf8');

/** A short name of letters for a number: a, b, ..., z, ba, bb, ... */
function letters(index) {
  let name = '';
  do {
    name = String.fromCharCode(97 + (index % 26)) + name;
    index = Math.floor(index / 26);
  } while (index > 0);
  return name;
}

/** A valid paper, the `index`th copy of one paper (same arXiv id), with a link of its own. */
function copyOfPaper(index) {
  return {
    title: 'Scaling Laws for Neural Language Models',
    abstract: 'We study scaling laws. They hold.',
    authorCount: null,
    organization: null,
    publishedAt: null,
    yearInferred: false,
    upvotes: index,
    comments: null,
    arxivId: '2509.14033',
    links: [`https://example.com/${index}`],
    githubStars: null,
    aiSummary: null,
    raw: { title: 'Scaling Laws for Neural Language Models', abstract: null, authors: null, organization: null, date: null, upvotes: null, comments: null, githubStars: null, aiSummary: null },
    source: { format: 'daily', startLine: index * 4 + 1, endLine: index * 4 + 4 },
  };
}

async function streamAll(text) {
  let count = 0;
  async function* chunks() {
    for (let start = 0; start < text.length; start += 65_536) yield text.slice(start, start + 65_536);
  }
  for await (const _paper of parsePaperStream(chunks(), { onDiagnostic: () => (count += 1) })) count += 1;
  return count;
}

const card = (abstract) => `A Hostile Card\n\n${abstract}\n`;

/** A line of JSON Lines: a paper of its own for each index (its id and title differ). */
const jsonLine = (index) =>
  JSON.stringify({ paper_id: `2509.${String(index % 100_000).padStart(5, '0')}`, title: `${letters(index)} Scaling Laws`, abstract: 'We study scaling laws. They hold.', authors: ['Ada Lovelace'] });

/** A search result folded by `fold -s` at 60 columns: a title, then its abstract, and no blank line. */
const SEARCH_CARD =
  'Scaling Laws for Neural Language Models\nWe study empirical scaling laws for language model \nperformance on the cross-entropy loss. The loss scales as a \npower-law with model size, dataset size, and the amount of \ncompute used for training.\n';

/** A feed of the paper pages around its items. */
const feed = (items) => `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Papers</title><link>https://huggingface.co/papers</link>\n${items}</channel></rss>\n`;
const FEED_ITEM =
  '<item><title>Scaling Laws for Neural Language Models</title><link>https://arxiv.org/abs/2001.08361</link>' +
  '<description>&lt;p&gt;&lt;b&gt;Authors:&lt;/b&gt; Jared Kaplan, Sam McCandlish&lt;/p&gt;&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; We study empirical scaling laws. The loss scales as a power-law.&lt;/p&gt;</description></item>\n';

/** Each case: a name, the size n, how to make an input of a size, and what to run on it. */
const CASES = [
  ['merge copies of one paper (dedupePapers)', 40_000, (n) => Array.from({ length: n }, (_, index) => copyOfPaper(index)), (papers) => dedupePapers(papers)],
  ['long URL without an id', 2_000_000, (n) => `### [A Title](https://arxiv.org/abs/${'2'.repeat(n)})\n\nAn abstract. It ends.\n`, (text) => parsePaperDump(text)],
  ['long dump: the daily page repeated', 64, (n) => Array.from({ length: n }, () => DAILY).join('\n'), (text) => parsePaperDump(text)],
  ['long dump streamed', 64, (n) => Array.from({ length: n }, () => DAILY).join('\n'), streamAll],
  ['HTML: a daily page repeated (to 50 MB)', 70, (n) => DAILY_HTML.repeat(n), (text) => parsePaperDump(text)],
  ['HTML: nested tags', 100_000, (n) => '<div>'.repeat(n), (text) => parsePaperDump(text)],
  ['long card-free text streamed', 100_000, (n) => 'Mar 6\n• 4 authors\n'.repeat(n), streamAll],
  ['a folded search page with no blank line', 4_000, (n) => SEARCH_CARD.repeat(n), (text) => parsePaperDump(text)],
  ['one paragraph of sentence and title lines', 20_000, (n) => 'It ends here.\nScaling Laws Of Neural Models For Tasks\n'.repeat(n), (text) => parsePaperDump(text)],
  ['many link lines of one markdown card', 2_500, (n) => `[A Title](https://huggingface.co/papers/2606.00683)\n\n${Array.from({ length: n }, (_, index) => `[l](https://x.org/${index})`).join('\n')}`, (text) => parsePaperDump(text)],
  ['many distinct unknown macros', 40_000, (n) => card(Array.from({ length: n }, (_, index) => `\\zq${letters(index)}`).join(' ')), (text) => parsePaperDump(text)],
  ['many distinct href links', 10_000, (n) => Array.from({ length: n }, (_, index) => `\\href{https://x.org/${index}}{x}`).join(' '), cleanMath],
  ['long feed: one item repeated', 4_000, (n) => feed(FEED_ITEM.repeat(n)), (text) => parsePaperDump(text, { math: 'keep' })],
  ['feed: nested elements in an item', 100_000, (n) => feed(`<item><title>A</title><link>https://arxiv.org/abs/2001.08361</link>${'<x>'.repeat(n)}${'</x>'.repeat(n)}</item>`), (text) => parsePaperDump(text)],
  ['feed: a billion-laughs title', 20_000, (n) => feed(`<item><title>${'&lol;'.repeat(n)}</title><link>https://arxiv.org/abs/2001.08361</link></item>`).replace('\n', '\n<!DOCTYPE rss [<!ENTITY lol "lol">]>\n'), (text) => parsePaperDump(text)],
  ['JSON Lines: a paper a line', 5_000, (n) => Array.from({ length: n }, (_, index) => jsonLine(index)).join('\n'), (text) => parsePaperDump(text, { math: 'keep' })],
  ['JSON Lines: a run of blank lines', 1_000_000, (n) => `${jsonLine(0)}${'\n'.repeat(n)}${jsonLine(1)}`, (text) => parsePaperDump(text)],
  ['JSON Lines: lines that are not JSON', 50_000, (n) => `${jsonLine(0)}\n${'{"title": \n'.repeat(n)}`, (text) => parsePaperDump(text)],
  ['math: opening braces', 500_000, (n) => '{'.repeat(n), cleanMath],
  ['math: closing braces', 500_000, (n) => '}'.repeat(n), cleanMath],
  ['math: alternating braces', 250_000, (n) => '{}'.repeat(n), cleanMath],
  ['math: nested braces', 100_000, (n) => `${'{'.repeat(n)}x${'}'.repeat(n)}`, cleanMath],
  ['math: nested fractions', 100_000, (n) => `${'1{'.repeat(n)}x${'}'.repeat(n)}`, cleanMath],
  ['math: nested parentheses', 10_000_000, (n) => `${'('.repeat(n)}x${')'.repeat(n)}`, cleanMath],
  ['math: a line of remnant words', 20_000, (n) => 'sim times in to varepsilon 30times '.repeat(n), cleanMath],
  ['math: a line of dollars', 50_000, (n) => '$a$ $'.repeat(n), cleanMath],
  ['math: a run of glued names', 2_000_000, (n) => 'mtimes'.repeat(n), cleanMath],
  ['math: a run of backslashes', 1_000_000, (n) => '\\'.repeat(n), cleanMath],
  ['math: a run of carets', 200_000, (n) => 'x^'.repeat(n), cleanMath],
];

/**
 * The best times of several runs on the two inputs, in milliseconds: runs alternate between the
 * sizes so that a busy moment of the machine weighs on both, and each starts after a collection
 * (with `node --expose-gc`) so that none pays for garbage an earlier one left.
 */
async function bestTimes(run, small, large) {
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  for (let index = 0; index < RUNS; index += 1) {
    for (const [which, input] of [small, large].entries()) {
      globalThis.gc?.();
      const start = performance.now();
      await run(input);
      best[which] = Math.min(best[which], performance.now() - start);
    }
  }
  return best;
}

let failed = 0;
console.log(`${'case'.padEnd(44)} ${'n'.padStart(10)} ${'t(n) ms'.padStart(9)} ${'t(2n) ms'.padStart(9)} ratio`);
for (const [name, n, make, run] of CASES) {
  const small = make(n);
  const large = make(2 * n);
  const [tSmall, tLarge] = await bestTimes(run, small, large);
  const ratio = tLarge / tSmall;
  const ok = ratio < MOST_RATIO;
  if (!ok) failed += 1;
  console.log(`${name.padEnd(44)} ${String(n).padStart(10)} ${tSmall.toFixed(1).padStart(9)} ${tLarge.toFixed(1).padStart(9)} ${ratio.toFixed(2)}${ok ? '' : `  (not under ${MOST_RATIO})`}`);
}
if (failed > 0) {
  console.error(`${failed} case(s) grew faster than linear`);
  process.exitCode = 1;
}
