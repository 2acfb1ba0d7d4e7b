import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import type { TestProject } from 'vitest/node';
import { command, library } from '../tsup.config.js';

/** Where the tests' own build of the command goes (gitignored), apart from the package's dist/. */
const OUT_DIR = fileURLToPath(new URL('../.test-dist/', import.meta.url));

declare module 'vitest' {
  interface ProvidedContext {
    /** The path of the command built for the tests (`.test-dist/cli/cli.js`), run as a user runs it. */
    cliPath: string;
    /** The seed of every fast-check run (`FC_SEED` if set, else a fresh one). */
    fcSeed: number;
  }
}

/** The seed from `FC_SEED`, else a fresh one. */
function pickSeed(): number {
  const given = process.env.FC_SEED;
  if (given === undefined || given === '') return Math.floor(Math.random() * 0x7fffffff);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(given)}`);
  return seed;
}

/**
 * Picks the one seed of every fast-check run and prints it once, so that any run can be replayed
 * with `FC_SEED=<seed> npx vitest run`. Builds the command and the ESM library it imports into
 * `.test-dist/` (no declarations, no CommonJS), so that the tests need no `npm run build`.
 */
export default async function setup(project: TestProject): Promise<void> {
  const seed = pickSeed();
  console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed} npx vitest run)`);
  project.provide('fcSeed', seed);

  rmSync(OUT_DIR, { recursive: true, force: true });
  const shared: Options = { config: false, dts: false, outDir: OUT_DIR, silent: true, sourcemap: false };
  await Promise.all([build({ ...library, ...shared, format: 'esm' }), build({ ...command, ...shared })]);
  project.provide('cliPath', `${OUT_DIR}cli/cli.js`);
}
