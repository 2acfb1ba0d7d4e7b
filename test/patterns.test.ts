import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every TypeScript module under a folder of the project. */
function listModules(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A regular expression written in a module: its source text, the name it is bound to, and the comment before it. */
interface FoundPattern {
  module: string;
  text: string;
  name: string | null;
  doc: string | null;
}

/** The regular expression literals and `RegExp` constructions of a module, read with the TypeScript parser. */
function findPatterns(module: string): FoundPattern[] {
  const source = readFileSync(join(ROOT, module), 'utf8');
  const file = ts.createSourceFile(module, source, ts.ScriptTarget.Latest, true);
  const found: FoundPattern[] = [];
  const visit = (node: ts.Node): void => {
    const isLiteral = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
    const isConstructed = ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp';
    if (isLiteral || isConstructed) {
      const declaration = ts.isVariableDeclaration(node.parent) ? node.parent : null;
      const statement = declaration?.parent.parent;
      const comments = statement === undefined ? undefined : ts.getLeadingCommentRanges(source, statement.getFullStart());
      const last = comments?.[comments.length - 1];
      found.push({
        module,
        text: node.getText(file),
        name: declaration !== null && ts.isIdentifier(declaration.name) ? declaration.name.text : null,
        doc: last === undefined ? null : source.slice(last.pos, last.end),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Tell whether a regular expression's source repeats, without bound, a group that itself holds
 * an unbounded repetition (`(a+)*`, `(?:\s*x)+`): the shape that can backtrack exponentially.
 */
function hasNestedQuantifier(pattern: string): boolean {
  const body = pattern.slice(1, pattern.lastIndexOf('/'));
  // For each open group: whether an unbounded quantifier stands inside it.
  const groups: boolean[] = [];
  let inClass = false;
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index] as string;
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === '(') groups.push(false);
    else if (character === ')') {
      const innerUnbounded = groups.pop() ?? false;
      const quantifier = unboundedQuantifierAt(body, index + 1);
      if (innerUnbounded && quantifier) return true;
      if ((innerUnbounded || quantifier) && groups.length > 0) groups[groups.length - 1] = true;
    } else if (unboundedQuantifierAt(body, index) && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return false;
}

/** An unbounded quantifier (`*`, `+`, `{n,}`) starts at this index. */
function unboundedQuantifierAt(body: string, index: number): boolean {
  const character = body[index];
  if (character === '*' || character === '+') return true;
  return character === '{' && /^\{\d+,\}/.test(body.slice(index));
}

const MODULES = listModules('src');
const PATTERNS = MODULES.flatMap(findPatterns);
const IN_PATTERN_MODULES = PATTERNS.filter((pattern) => pattern.module.endsWith('-patterns.ts'));

describe('the regular expressions', () => {
  test('should find the patterns of the library', () => {
    expect(IN_PATTERN_MODULES.length).toBeGreaterThan(60);
  });

  test('should all live in *-patterns.ts modules', () => {
    const elsewhere = PATTERNS.filter((pattern) => !pattern.module.endsWith('-patterns.ts'));
    expect(elsewhere.map((pattern) => `${pattern.module}: ${pattern.text}`)).toEqual([]);
  });

  test.each(IN_PATTERN_MODULES.map((pattern) => [pattern.name ?? pattern.text, pattern] as const))(
    'should give %s a name in capitals and one line of documentation',
    (_name, pattern) => {
      expect(pattern.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(pattern.doc).toMatch(/^\/\*\* [^\n]+ \*\/$/);
    },
  );

  test.each(IN_PATTERN_MODULES.map((pattern) => [pattern.name ?? pattern.text, pattern.text] as const))(
    'should keep %s linear: no unbounded repetition of a group that repeats without bound',
    (_name, text) => {
      expect(hasNestedQuantifier(text)).toBe(false);
    },
  );

  test.each([
    ['/(a+)*/', true],
    ['/(?:\\s*x)+/', true],
    ['/(?:ab)+/', false],
    ['/(?:a+)?/', false],
    ['/[(a+)]*/', false],
    ['/((?:x*))+/', true],
    ['/(?:a{2,})+/', true],
    ['/(?:a{2,3})+/', false],
  ])('should tell whether %s repeats a repeating group without bound: %s', (pattern, expected) => {
    expect(hasNestedQuantifier(pattern)).toBe(expected);
  });
});
