import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * The pipeline flows one way. Each part of `src/` names the parts it may import: the shared
 * modules (text shapes, schemas, diagnostics, argument checks) are the floor; a stage imports
 * the floor, its own folder and what it is built on (`parse` reads the tokenizer's shapes,
 * `normalize` runs the math cleaner), never a stage after it; `normalize` reads records, not
 * how they were parsed. The public functions compose the stages; `node/` and `cli/` sit on top.
 */
const LAYERS = [
  { name: 'shared', may: ['shared'] },
  { name: 'math', may: ['shared', 'math'] },
  { name: 'tokenize', may: ['shared', 'tokenize'] },
  { name: 'parse', may: ['shared', 'tokenize', 'parse'] },
  { name: 'normalize', may: ['shared', 'math', 'normalize'] },
  { name: 'api', may: ['shared', 'math', 'tokenize', 'parse', 'normalize', 'api'] },
  { name: 'node', may: ['node'] },
  { name: 'cli', may: ['shared', 'normalize', 'api', 'node', 'cli'] },
] as const;

type LayerName = (typeof LAYERS)[number]['name'];

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Every TypeScript module under a folder, as paths relative to `src/`. */
function listModules(folder: string): string[] {
  return readdirSync(join(SRC, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The part of `src/` a module belongs to. */
function layerOf(module: string): LayerName {
  const [first] = module.split('/');
  if (first === 'text' || ['schema.ts', 'diagnostic.ts', 'diagnostic-codes.ts', 'assert-argument.ts', 'parse-options.ts'].includes(module)) {
    return 'shared';
  }
  if (first === 'math' || first === 'tokenize' || first === 'parse' || first === 'normalize' || first === 'node' || first === 'cli') {
    return first;
  }
  return 'api';
}

/** The modules of `src/` that a module imports (statically, types included), as paths relative to `src/`. */
function importsOf(module: string): string[] {
  const source = readFileSync(join(SRC, module), 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gms)].map((match) => match[1] as string);
  return specifiers.map((specifier) => normalize(join(dirname(module), specifier)).replace(/\.js$/, '.ts'));
}

const MODULES = listModules('.').map((module) => relative('.', module));
const GRAPH = new Map(MODULES.map((module) => [module, importsOf(module)]));

describe('the direction of imports', () => {
  test('should find every module of src/ and resolve every relative import to one', () => {
    expect(MODULES.length).toBeGreaterThan(50);
    for (const [module, imports] of GRAPH) {
      for (const target of imports) expect(GRAPH.has(target), `${module} imports ${target}`).toBe(true);
    }
  });

  test.each(MODULES)('should let %s import only from the parts its own part may use', (module) => {
    const layer = LAYERS.find((candidate) => candidate.name === layerOf(module));
    const backward = (GRAPH.get(module) ?? []).filter((target) => !(layer?.may as readonly string[]).includes(layerOf(target)));
    expect(backward, `${module} (${layerOf(module)}) imports ${backward.join(', ')}`).toEqual([]);
  });

  test('should hold no cycle of imports', () => {
    // Depth-first search, iterative: a module met again while still on the path closes a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    for (const start of MODULES) {
      if (state.has(start)) continue;
      const path: { module: string; next: number }[] = [{ module: start, next: 0 }];
      state.set(start, 'open');
      while (path.length > 0) {
        const top = path[path.length - 1] as { module: string; next: number };
        const targets = GRAPH.get(top.module) ?? [];
        if (top.next >= targets.length) {
          state.set(top.module, 'done');
          path.pop();
          continue;
        }
        const target = targets[top.next] as string;
        top.next += 1;
        if (state.get(target) === 'open') {
          const from = path.findIndex((step) => step.module === target);
          cycles.push([...path.slice(from).map((step) => step.module), target].join(' -> '));
        } else if (!state.has(target)) {
          state.set(target, 'open');
          path.push({ module: target, next: 0 });
        }
      }
    }
    expect(cycles).toEqual([]);
  });

  test('should fail on a backward edge, as a check of the check', () => {
    expect(layerOf('tokenize/tokenize.ts')).toBe('tokenize');
    const parse = LAYERS.find((layer) => layer.name === 'tokenize');
    expect((parse?.may as readonly string[]).includes(layerOf('parse/parse-records.ts'))).toBe(false);
    expect(importsOf('parse-paper-dump.ts')).toContain('tokenize/tokenize.ts');
  });
});
