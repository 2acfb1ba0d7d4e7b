import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { ParseOptionsSchema, type MathMode } from '../index.js';
import { PLAIN_COUNT } from '../text/card-footer-patterns.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-format.js';

/** The options of a run, as the command line sets them. */
export interface CliOptions {
  format: OutputFormat;
  math: MathMode;
  referenceDate: string | undefined;
  dedupe: boolean;
  jobs: number;
  progress: boolean;
  verbose: boolean;
}

/** What the command line asks: a run over paths (none means stdin), or to exit at once (help, version, a bad argument). */
export type CliRequest = { kind: 'run'; options: CliOptions; paths: string[] } | { kind: 'exit'; exitCode: number };

/** Where help and error messages go, and the version to show. */
export interface CliMessages {
  version: string;
  writeOut: (text: string) => void;
  writeErr: (text: string) => void;
}

/** The exit code of a bad command line. */
export const USAGE_EXIT_CODE = 2;

const MATH_MODES = ParseOptionsSchema.shape.math.unwrap().options;

const HELP_AFTER = `
Inputs:
  Files and folders; a folder gives every regular file inside it, recursively, sorted by path,
  skipping names that start with ".". No path, or "-", reads standard input.

Output (standard output):
  jsonl  one paper a line, as JSON: the library's Paper records unchanged (they pass PaperSchema)
  json   one JSON array of the same records
  csv    a header row, then a row per paper: title, abstract, authorCount, organizationHandle,
         organizationName, publishedAt, yearInferred, upvotes, comments, arxivId, links
         (space-separated), githubStars, aiSummary, file, startLine, endLine
  Records are written in input order. Only csv names the input file of each paper.
  --dedupe writes each paper once, in order of first appearance, merged from all its copies;
  the counts (upvotes, comments, stars) of its last copy win, so give the inputs oldest first.

Diagnostics (standard error), one a line:
  <file>:<line>:<column>: <severity> <code>: <message>     (<file> is <stdin> for standard input)
  <file>: error read-failed: <reason>                      (an input that could not be read)
  Errors and warnings are always printed; info diagnostics (unknown-macro, duplicate-card,
  no-papers) only with --verbose.

Progress: a bar on standard error when it is a terminal and the input is over 8 MB or more
than 20 files.

Exit status: 0 done; 1 an input had an error diagnostic or could not be read (the others are
still parsed and written); 2 bad arguments.

Examples:
  paperdump captures/ > papers.jsonl
  paperdump --format csv --reference-date 2026-04-21 daily.txt > papers.csv
  curl -s https://huggingface.co/api/daily_papers | paperdump --format json
`;

/**
 * Read the command line (commander): the options, their checks, help and version. A bad
 * argument (an unknown option, a value that is not allowed) prints a short message and the
 * way to get help, and asks to exit with `USAGE_EXIT_CODE`; `--help` and `--version` print
 * and ask to exit with 0.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param messages - The version, and where help (standard output) and errors (standard error) go.
 * @returns The run asked for, or the exit code.
 * @example
 * parseCliArguments(['--format', 'csv', 'captures'], messages)
 * //=> { kind: 'run', options: { format: 'csv', math: 'unicode', referenceDate: undefined, dedupe: false, jobs: 2, progress: true, verbose: false }, paths: ['captures'] }
 */
export function parseCliArguments(argv: readonly string[], messages: CliMessages): CliRequest {
  const cpus = availableParallelism();
  const program = new Command('paperdump')
    .description('Parse captured Hugging Face paper listings (plain text, markdown, JSON) into Paper records.')
    .argument('[paths...]', 'files or folders to read; none, or "-", reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonl'))
    .addOption(
      new Option('--math <mode>', 'unicode: clean damaged LaTeX into Unicode; keep: fold whitespace only')
        .choices(MATH_MODES)
        .default('unicode'),
    )
    .addOption(
      new Option('--reference-date <date>', 'the day of the capture (YYYY-MM-DD), for dates written without a year').argParser(
        parseReferenceDate,
      ),
    )
    .option('--dedupe', 'one record per paper across all inputs (collects every paper before writing anything)', false)
    .addOption(
      new Option('-j, --jobs <count>', 'worker threads for parsing several files')
        .argParser(parseJobs)
        .default(cpus, `the number of CPUs, ${cpus} here`),
    )
    .option('--no-progress', 'never show a progress bar')
    .option('-v, --verbose', 'also print info diagnostics', false)
    .version(messages.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(paperdump --help shows the options)')
    .configureOutput({ writeOut: messages.writeOut, writeErr: messages.writeErr })
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: 'exit', exitCode: error.exitCode === 0 ? 0 : USAGE_EXIT_CODE };
    throw error;
  }
  return { kind: 'run', options: program.opts<CliOptions>(), paths: program.args };
}

/** `--reference-date`: a calendar date written YYYY-MM-DD. */
function parseReferenceDate(value: string): string {
  if (!ParseOptionsSchema.safeParse({ referenceDate: value }).success) {
    throw new InvalidArgumentError('Expected a calendar date written YYYY-MM-DD.');
  }
  return value;
}

/** `--jobs`: a whole number, 1 or more. */
function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!PLAIN_COUNT.test(value) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new InvalidArgumentError('Expected a whole number of threads, 1 or more.');
  }
  return jobs;
}
