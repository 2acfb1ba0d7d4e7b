import type { Readable, Writable } from 'node:stream';
import { listInputs, STDIN_PATH } from '../node/list-inputs.js';
import { createTextSink } from '../node/text-sink.js';
import { dedupeInputPapers } from './dedupe-input-papers.js';
import { formatDiagnostic, formatFailure } from './format-diagnostic.js';
import { formatPaperRecord } from './output-format.js';
import { parseCliArguments } from './parse-cli-arguments.js';
import type { InputPaper } from './parse-event.js';
import { parseInputs } from './parse-inputs.js';
import { planProgress } from './plan-progress.js';
import { createRecordWriter } from './record-writer.js';
import { createStderrReporter } from './stderr-reporter.js';

/** What a run of the command reads from and writes to, and where its worker module is. */
export interface CliEnvironment {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  /** The version `--version` prints. */
  version: string;
  /** The worker module of the thread pool (`parse-file-worker.js` of the build). */
  workerUrl: URL;
}

/** The exit code of a run in which an input had an error diagnostic or could not be read. */
export const INPUT_ERROR_EXIT_CODE = 1;

/**
 * Run `paperdump`: read the command line, list the inputs, parse them (on worker threads when
 * there are several files), write the papers to standard output in input order and the
 * diagnostics to standard error, with a progress bar on a terminal for a large input.
 *
 * @param argv - The arguments after the program name.
 * @param environment - The standard streams, the version and the worker module.
 * @returns The exit code: 0; 1 when an input had an error diagnostic or could not be read;
 * 2 for bad arguments. A reader of standard output that goes away (`EPIPE`) ends the run quietly.
 * @example
 * process.exitCode = await runCli(['--format', 'csv', 'captures'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, version: '0.1.0', workerUrl })
 * //=> 0, and the papers of captures/ as CSV on standard output
 */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { stdin, stdout, stderr } = environment;
  const request = parseCliArguments(argv, {
    version: environment.version,
    writeOut: (text) => stdout.write(text),
    writeErr: (text) => stderr.write(text),
  });
  if (request.kind === 'exit') return request.exitCode;
  const { options } = request;
  const inputs = await listInputs(request.paths.length === 0 ? [STDIN_PATH] : request.paths);
  if (inputs.length === 0) stderr.write(`paperdump: warning: no files to read in ${request.paths.join(', ')}\n`);
  if (stdin.isTTY === true && inputs.some((input) => input.kind === 'stdin')) {
    stderr.write('paperdump: reading standard input (end it with Ctrl-D; paperdump --help shows the options)\n');
  }
  const reporter = await createStderrReporter(stderr, planProgress(inputs, options.progress, stderr.isTTY === true));
  const writer = createRecordWriter(options.format, createTextSink(stdout));
  const collected: InputPaper[] | null = options.dedupe ? [] : null;
  let inputError = false;
  let outputError: unknown = null;
  // Kept for the life of the process: a reader that goes away is noted, never an uncaught error.
  stdout.on('error', (error: unknown) => {
    outputError ??= error;
  });
  try {
    const items = parseInputs(inputs, {
      parse: { referenceDate: options.referenceDate, math: options.math },
      render: options.dedupe ? null : options.format,
      jobs: options.jobs,
      workerUrl: environment.workerUrl,
      stdin,
      onDiagnostic: (file, diagnostic) => {
        inputError ||= diagnostic.severity === 'error';
        if (diagnostic.severity !== 'info' || options.verbose) reporter.line(formatDiagnostic(file, diagnostic));
      },
      onFailure: (file, code, reason) => {
        inputError = true;
        reporter.line(formatFailure(file, code, reason));
      },
      onBytes: reporter.addBytes,
      onInputDone: (input) => {
        if (input.kind === 'file') reporter.finishFile();
      },
    });
    for await (const item of items) {
      if (item.kind === 'records') await writer.write(item.records, item.count);
      else collected?.push({ paper: item.paper, file: item.file });
    }
    if (collected !== null) {
      for (const { paper, file } of dedupeInputPapers(collected)) await writer.write(formatPaperRecord(options.format, paper, file), 1);
    }
    await writer.end();
  } catch (error) {
    if (outputError === null && !stdout.destroyed) throw error;
  } finally {
    reporter.stop();
  }
  return inputError ? INPUT_ERROR_EXIT_CODE : 0;
}
