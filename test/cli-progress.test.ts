import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { planProgress, PROGRESS_MIN_BYTES, PROGRESS_MIN_FILES } from '../src/cli/plan-progress.js';
import type { Input } from '../src/node/list-inputs.js';
import { readFixture } from './read-fixture.js';

// The command as a user runs it, built for the tests by test/global-setup.ts.
const CLI = inject('cliPath');
const file = (size: number | null): Input => ({ kind: 'file', name: 'capture.txt', size });
const files = (count: number, size: number): Input[] => Array.from({ length: count }, () => file(size));

describe('planProgress', () => {
  test.each([
    ['one small file', [file(1_000)], true, true, null],
    ['one large file', [file(PROGRESS_MIN_BYTES + 1)], true, true, { bytes: PROGRESS_MIN_BYTES + 1, files: 1 }],
    ['many small files', files(PROGRESS_MIN_FILES + 1, 10), true, true, { bytes: (PROGRESS_MIN_FILES + 1) * 10, files: PROGRESS_MIN_FILES + 1 }],
    ['exactly the file limit', files(PROGRESS_MIN_FILES, 10), true, true, null],
    ['a large file with --no-progress', [file(PROGRESS_MIN_BYTES + 1)], false, true, null],
    ['a large file when stderr is no terminal', [file(PROGRESS_MIN_BYTES + 1)], true, false, null],
    ['a pipe of unknown size', [file(null)], true, true, null],
  ])('should plan for %s', (_name, inputs, wanted, isTerminal, expected) => {
    expect(planProgress(inputs, wanted, isTerminal)).toEqual(expected);
  });
});

/** `script` gives the command a terminal, as a user at a shell has. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('the progress bar on a terminal', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'paperdump-progress-'));
    const capture = readFixture('000_055f216e977f1c87.txt');
    for (let index = 0; index < PROGRESS_MIN_FILES + 5; index += 1) writeFileSync(join(folder, `${String(index).padStart(2, '0')}.txt`), capture);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const runOnTerminal = (options: string): string =>
    execFileSync('script', ['-qec', `node ${JSON.stringify(CLI)} ${options} ${JSON.stringify(folder)} > /dev/null`, '/dev/null'], { encoding: 'utf8' });

  test('should draw a bar on stderr that counts the files of a large input to the end', () => {
    const screen = runOnTerminal('');
    expect(screen).toContain('paperdump [');
    expect(screen).toContain(`${PROGRESS_MIN_FILES + 5} of ${PROGRESS_MIN_FILES + 5} files`);
    expect(screen).toContain('100%');
  });

  test('should draw no bar with --no-progress', () => {
    expect(runOnTerminal('--no-progress')).not.toContain('paperdump [');
  });
});
