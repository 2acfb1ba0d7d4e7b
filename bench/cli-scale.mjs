/**
 * The command line at scale, run as a user runs it (the built `dist/cli/cli.js`), on inputs made
 * here and removed afterwards:
 * - a 1 GB capture (a daily page over and over) streamed to JSON Lines: wall time and the
 *   process's peak resident memory;
 * - a folder of 2,000 capture files (the corpus captures in turn): wall time with one worker
 *   and with one per core.
 * Run with `npm run bench` (after the throughput runs) or `node bench/cli-scale.mjs`.
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/cli.js');
const fixtures = join(root, 'test/fixtures');
const captures = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => join(fixtures, name));
const GIGABYTE = 1024 ** 3;
const FOLDER_FILES = 2_000;

/** Run the CLI with output to /dev/null; resolve with its wall time, exit code and peak RSS (MB). */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', join(root, 'bench/report-peak-memory.mjs'), cli, ...args], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let report = '';
    child.stdio[3].on('data', (data) => (report += data));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ code, seconds, peakMegabytes: Number(report.trim()) / 1024 });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'paperdump-bench-'));
try {
  // A 1 GB capture: the daily page over and over, written in pieces so that the bench itself stays small.
  const dailyPage = captures.find((file) => readFileSync(file, 'utf8').includes('Daily Papers')) ?? captures[0];
  const page = Buffer.from(`${readFileSync(dailyPage, 'utf8').trimEnd()}\n`);
  const big = join(work, 'one-gigabyte.txt');
  const descriptor = openSync(big, 'w');
  for (let written = 0; written < GIGABYTE; written += page.length) writeSync(descriptor, page);
  closeSync(descriptor);
  const bigMegabytes = statSync(big).size / 1024 ** 2;
  for (const math of ['keep', 'unicode']) {
    const run = await runCli(['--math', math, '--no-progress', big]);
    console.log(
      `one ${bigMegabytes.toFixed(0)} MB capture, --math ${math}: ${run.seconds.toFixed(1)} s (${(bigMegabytes / run.seconds).toFixed(0)} MB/s), peak RSS ${run.peakMegabytes.toFixed(0)} MB, exit ${run.code}`,
    );
  }
  rmSync(big);

  // A folder of 2,000 captures.
  const folder = join(work, 'captures');
  mkdirSync(folder);
  let folderBytes = 0;
  for (let index = 0; index < FOLDER_FILES; index += 1) {
    const capture = captures[index % captures.length];
    copyFileSync(capture, join(folder, `${String(index).padStart(4, '0')}.txt`));
    folderBytes += statSync(capture).size;
  }
  const cores = availableParallelism();
  for (const jobs of [1, cores]) {
    const run = await runCli(['--jobs', String(jobs), '--no-progress', folder]);
    console.log(
      `a folder of ${FOLDER_FILES} captures (${(folderBytes / 1024 ** 2).toFixed(0)} MB), --jobs ${jobs}: ${run.seconds.toFixed(1)} s, peak RSS ${run.peakMegabytes.toFixed(0)} MB, exit ${run.code}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
