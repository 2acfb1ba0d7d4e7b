import fc from 'fast-check';
import { afterEach, beforeEach, inject, vi } from 'vitest';

/** Every fast-check run uses the seed test/global-setup.ts picked and printed, so any run can be replayed. */
fc.configureGlobal({ seed: inject('fcSeed') });

/** Any test that writes to the console fails: the library itself never logs. */
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(`a test wrote to the console:\n${calls.join('\n')}`);
  }
});
