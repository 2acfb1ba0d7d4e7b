import { defineConfig, type Options } from 'tsup';

/** The library, built once as ESM and once as CommonJS. */
export const library: Options = {
  entry: ['src/index.ts'],
  dts: true,
  sourcemap: true,
  target: 'node20',
};

/**
 * The command, dist/cli/cli.js, and its worker beside it. They import the library from
 * dist/index.js (`../index.js`, as in src/cli/) instead of carrying a copy each.
 */
export const command: Options = {
  entry: { 'cli/cli': 'src/cli/cli.ts', 'cli/parse-file-worker': 'src/cli/parse-file-worker.ts' },
  external: [/^\.\.\/index\.js$/],
  format: 'esm',
  sourcemap: true,
  splitting: false,
  target: 'node20',
};

export default defineConfig([
  // No `clean`: the three builds run at once, and cleaning in one could remove another's output.
  { ...library, format: 'esm' },
  // unified and remark are ESM only: the CommonJS build carries them inside, so that `require` works on every Node 20.
  { ...library, format: 'cjs', noExternal: [/^(?!zod$)/] },
  command,
]);
