#!/usr/bin/env node
// The `paperdump` command (`dist/cli/cli.js`): the run itself is `runCli`; this file only knows
// where the build puts things around it: the worker module and the package's manifest.
import { readPackageVersion } from '../node/read-package-version.js';
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  version: readPackageVersion(new URL('../../package.json', import.meta.url)),
  workerUrl: new URL('./parse-file-worker.js', import.meta.url),
});
