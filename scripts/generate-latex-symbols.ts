/**
 * Generate `src/math/latex-symbols.generated.ts`, the command → Unicode table of the
 * math cleaner, from the sources of the `katex` package (a dev dependency):
 *
 * - `src/symbols.ts`: every `defineSymbol(mode, font, group, replace, name)` line;
 * - `src/macros.ts`: the macros that only rename another command (`\ne` → `\neq`);
 * - `src/functions/op.ts`: the named operators (`\log`, `\max`, ...);
 * - `src/functions/delimsizing.ts`: the delimiter sizing commands (`\left`, `\big`, ...);
 * - `src/unicodeSupOrSub.ts`: the Unicode superscript and subscript characters;
 * - `src/unicodeAccents.js`: the combining accents of the text and math accent commands;
 * - `src/wide-character.ts`: the order of the Mathematical Alphanumeric Symbols blocks.
 *
 * Run with `npm run generate:symbols` (`npx tsx scripts/generate-latex-symbols.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const katexDir = join(root, 'node_modules', 'katex');
const katexSource = (path: string): string => readFileSync(join(katexDir, 'src', path), 'utf8');
const katexVersion = (JSON.parse(readFileSync(join(katexDir, 'package.json'), 'utf8')) as { version: string }).version;

/** Decode the body of a double- or single-quoted JavaScript string literal. */
function decodeLiteral(body: string): string {
  return body.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_match, hex: string | undefined, escaped: string | undefined) =>
    hex === undefined ? (escaped ?? '') : String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

type Group = 'rel' | 'bin' | 'ord' | 'open' | 'close' | 'punct' | 'op' | 'accent' | 'spacing' | 'inner';
const groupOf: Record<string, Group> = {
  rel: 'rel',
  bin: 'bin',
  mathord: 'ord',
  textord: 'ord',
  open: 'open',
  close: 'close',
  punct: 'punct',
  op: 'op',
  accent: 'accent',
  spacing: 'spacing',
  inner: 'inner',
};

// --- symbols.ts -------------------------------------------------------------------------------
const symbolLine =
  /^defineSymbol\((math|text), (?:main|ams), (\w+), "((?:[^"\\]|\\.)*)", (?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')(?:, true)?\);/gm;
const mathSymbols = new Map<string, [string, Group]>();
const textSymbols = new Map<string, string>();
for (const match of katexSource('symbols.ts').matchAll(symbolLine)) {
  const [, mode, group, replaceBody, nameDouble, nameSingle] = match;
  const name = decodeLiteral(nameDouble ?? nameSingle ?? '');
  const replace = decodeLiteral(replaceBody ?? '');
  if (!/^\\(?:@?[A-Za-z]+|[^A-Za-z@])$/.test(name) || replace === '' || /[\uE000-\uF8FF]/.test(replace)) continue;
  const command = name.slice(1);
  const kind = groupOf[(group ?? '').replace(/-token$/, '')];
  if (kind === undefined) continue;
  if (mode === 'math') {
    if (!mathSymbols.has(command)) mathSymbols.set(command, [replace, kind]);
  } else if (!textSymbols.has(command)) {
    textSymbols.set(command, replace);
  }
}

// --- macros.ts --------------------------------------------------------------------------------
// A macro enters the table when its definition shows one character: a `\char` of it, a literal
// character as the rendered half of `\html@mathml`, or a reference to a symbol already known
// (`\ne` → `\neq`, `\cdots` → `\@cdots`). Macros that build something larger are left out.
const macroSource = katexSource('macros.ts');
const macroChunks = macroSource.split(/^(?=defineMacro\()/m);
for (let pass = 0; pass < 2; pass += 1) {
  for (const chunk of macroChunks) {
    const name = chunk.match(/^defineMacro\("\\\\([A-Za-z]+)",/)?.[1];
    if (name === undefined || mathSymbols.has(name)) continue;
    const charLiteral = chunk.match(/\\\\char`((?:\\u[0-9a-fA-F]{4})|[^\\"])/)?.[1];
    if (charLiteral !== undefined) {
      mathSymbols.set(name, [decodeLiteral(charLiteral), 'rel']);
      continue;
    }
    const htmlMathml = chunk.match(/\\\\html@mathml\{[^"]*\}\{((?:\\u[0-9a-fA-F]{4})|[^\\{}"])\}"/)?.[1];
    if (htmlMathml !== undefined) {
      mathSymbols.set(name, [decodeLiteral(htmlMathml), 'rel']);
      continue;
    }
    const body = chunk.slice(chunk.indexOf(',') + 1);
    if (/#1|\\\\(?:math|text|html@|operatorname|DOTSB|not|mathrel|rule|hskip|kern|mkern|tmspace|char|hbox|def|@if|boxed|fbox|overset|relax|mathit|mathrm|Bbb|vphantom)/.test(body)) {
      // Only the first reference counts, and only when nothing else shapes the output.
      const first = body.match(/\\\\(@?[A-Za-z]+)/)?.[1];
      if (first === undefined || !['varvdots', '@cdots', 'ldots', 'cdots'].includes(first)) continue;
    }
    const target = body.match(/\\\\(@?[A-Za-z]+)/)?.[1];
    const symbol = target === undefined ? undefined : mathSymbols.get(target);
    if (symbol !== undefined) mathSymbols.set(name, symbol);
  }
}
for (const name of [...mathSymbols.keys()]) if (name.startsWith('@')) mathSymbols.delete(name);

// --- op.ts and delimsizing.ts -----------------------------------------------------------------
/** The command names listed in every `names: [...]` array of a KaTeX function file. */
function functionNames(path: string): string[] {
  const names: string[] = [];
  for (const block of katexSource(path).matchAll(/names: \[([^\]]*)\]/g)) {
    for (const name of (block[1] ?? '').matchAll(/"\\\\([A-Za-z]+)"/g)) names.push(name[1] ?? '');
  }
  return names.filter((name) => name !== '');
}
const operatorNames = functionNames('functions/op.ts').filter((name) => !mathSymbols.has(name) && name !== 'mathop');
const operatorSymbols = new Map<string, string>();
// op.ts gives the characters of its big operators and integrals in two maps; read them.
for (const table of ['singleCharBigOps', 'singleCharIntegrals']) {
  const body = katexSource('functions/op.ts').match(new RegExp(`${table}[^=]*=\\s*\\{([^}]*)\\}`))?.[1] ?? '';
  for (const pair of body.matchAll(/"(\\u[0-9a-fA-F]{4})":\s*"\\\\([A-Za-z]+)"/g)) {
    const [, char, name] = pair;
    if (char !== undefined && name !== undefined) operatorSymbols.set(name, decodeLiteral(char));
  }
}
for (const [name, char] of operatorSymbols) {
  if (!mathSymbols.has(name)) mathSymbols.set(name, [char, 'op']);
}
const wordOperators = operatorNames.filter((name) => !operatorSymbols.has(name) && /^[a-z]+$/i.test(name));
const delimiterSizing = [...new Set(functionNames('functions/delimsizing.ts'))];

// --- unicodeSupOrSub.ts -----------------------------------------------------------------------
const supSubSource = katexSource('unicodeSupOrSub.ts');
const subClass = supSubSource.match(/unicodeSubRegEx = \/\^\[([^\]]*)\]\//)?.[1] ?? '';
const subscriptChars = new Set([...subClass]);
const superscripts = new Map<string, string>();
const subscripts = new Map<string, string>();
for (const match of supSubSource.matchAll(/'((?:\\u[0-9a-fA-F]{4})|[^'\\])':\s*'((?:\\u[0-9a-fA-F]{4})|[^'\\])'/g)) {
  const scriptChar = decodeLiteral(match[1] ?? '');
  const plain = decodeLiteral(match[2] ?? '');
  const target = subscriptChars.has(scriptChar) ? subscripts : superscripts;
  if (!target.has(plain)) target.set(plain, scriptChar);
}

// --- unicodeAccents.js ------------------------------------------------------------------------
const textAccents = new Map<string, string>();
const mathAccents = new Map<string, string>();
for (const match of katexSource('unicodeAccents.js').matchAll(
  /'\\u([0-9a-fA-F]{4})': \{text: ['"]\\\\(.)['"](?:, math: '\\\\([a-z]+)')?\}/g,
)) {
  const [, hex, textCommand, mathCommand] = match;
  const combining = String.fromCharCode(Number.parseInt(hex ?? '0', 16));
  if (textCommand !== undefined) textAccents.set(textCommand, combining);
  if (mathCommand !== undefined) mathAccents.set(mathCommand, combining);
}
// `\vec` is an accent in symbols.ts; its combining character is the arrow above.
for (const [name, [char, group]] of mathSymbols) {
  if (group === 'accent' && !mathAccents.has(name) && /^[\u0300-\u036f\u20d0-\u20ff]$/.test(char)) {
    mathAccents.set(name, char);
  }
}

// --- wide-character.ts: the Mathematical Alphanumeric Symbols blocks -------------------------
const wideSource = katexSource('wide-character.ts');
const classOf = new Map<string, string>();
for (const match of wideSource.matchAll(/const (\w+): WideChar = \{\s*mathClass: "(\w*)"/g)) {
  classOf.set(match[1] ?? '', match[2] ?? '');
}
const letterBlocks = (wideSource.match(/wideLatinLetterData = \[([\s\S]*?)\] as const/)?.[1] ?? '')
  .replace(/\/\/.*$/gm, '')
  .split(',')
  .map((entry) => entry.trim())
  .filter((entry) => entry !== '');
const digitBlocks = (wideSource.match(/wideNumeralData = \[([\s\S]*?)\] as const/)?.[1] ?? '')
  .replace(/\/\/.*$/gm, '')
  .split(',')
  .map((entry) => entry.trim())
  .filter((entry) => entry !== '');
/**
 * Unicode reserves some code points of the alphanumeric blocks because the letter was encoded
 * earlier in Letterlike Symbols; the Unicode chart lists them as holes with these characters.
 */
const letterlikeHoles: Record<number, string> = {
  0x1d455: '\u210e', // italic h: PLANCK CONSTANT
  0x1d49d: '\u212c', // script B
  0x1d4a0: '\u2130', // script E
  0x1d4a1: '\u2131', // script F
  0x1d4a3: '\u210b', // script H
  0x1d4a4: '\u2110', // script I
  0x1d4a7: '\u2112', // script L
  0x1d4a8: '\u2133', // script M
  0x1d4ad: '\u211b', // script R
  0x1d4ba: '\u212f', // script e
  0x1d4bc: '\u210a', // script g
  0x1d4c4: '\u2134', // script o
  0x1d506: '\u212d', // fraktur C
  0x1d50b: '\u210c', // fraktur H
  0x1d50c: '\u2111', // fraktur I
  0x1d515: '\u211c', // fraktur R
  0x1d51d: '\u2128', // fraktur Z
  0x1d53a: '\u2102', // double-struck C
  0x1d53f: '\u210d', // double-struck H
  0x1d545: '\u2115', // double-struck N
  0x1d547: '\u2119', // double-struck P
  0x1d548: '\u211a', // double-struck Q
  0x1d549: '\u211d', // double-struck R
  0x1d551: '\u2124', // double-struck Z
};
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const alphabets = new Map<string, Map<string, string>>();
const alphabetOf = (mathClass: string): Map<string, string> => {
  const existing = alphabets.get(mathClass);
  if (existing !== undefined) return existing;
  const created = new Map<string, string>();
  alphabets.set(mathClass, created);
  return created;
};
letterBlocks.forEach((entry, blockIndex) => {
  const mathClass = classOf.get(entry) ?? '';
  // KaTeX has no lower-case script font but Unicode does: the block after upper-case script.
  const effectiveClass = mathClass === '' && blockIndex === 7 ? 'mathscr' : mathClass;
  if (effectiveClass === '' || effectiveClass === 'mathnormal') return;
  const upper = blockIndex % 2 === 0;
  const start = 0x1d400 + blockIndex * 26;
  for (let i = 0; i < 26; i += 1) {
    const letter = letters.charAt(upper ? i : 26 + i);
    const codePoint = start + i;
    // Double-struck has only a few lower-case letters in KaTeX but all of them in Unicode.
    const char = letterlikeHoles[codePoint] ?? String.fromCodePoint(codePoint);
    alphabetOf(effectiveClass).set(letter, char);
  }
});
// `\mathcal` is drawn with KaTeX's calligraphic font; Unicode's nearest letters are the script ones.
for (const [letter, char] of alphabetOf('mathscr')) alphabetOf('mathcal').set(letter, char);
digitBlocks.forEach((entry, blockIndex) => {
  const mathClass = blockIndex === 1 ? 'mathbb' : (classOf.get(entry) ?? '');
  if (mathClass === '') return;
  for (let digit = 0; digit < 10; digit += 1) {
    alphabetOf(mathClass).set(String(digit), String.fromCodePoint(0x1d7ce + blockIndex * 10 + digit));
  }
});

// --- write ------------------------------------------------------------------------------------
const sortedRecord = <V>(map: Map<string, V>): Record<string, V> =>
  Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
/** One entry per line, keys unquoted where JavaScript allows it. */
const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const inline = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([name, item]) => `${key(name)}: ${inline(item)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
};
const json = (value: unknown): string => {
  if (Array.isArray(value)) return `[\n${value.map((item) => `  ${inline(item)},`).join('\n')}\n]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([name, item]) => `  ${key(name)}: ${inline(item)},`);
  return `{\n${entries.join('\n')}\n}`;
};

const output = `// Generated by scripts/generate-latex-symbols.ts from katex@${katexVersion}
// (src/symbols.ts, src/macros.ts, src/functions/op.ts, src/functions/delimsizing.ts,
// src/unicodeSupOrSub.ts, src/unicodeAccents.js, src/wide-character.ts).
// Do not edit: change the script and run \`npm run generate:symbols\`.
/* eslint-disable */

/** The katex version the tables were generated from. */
export const KATEX_VERSION = '${katexVersion}';

/** The atom group of a symbol: how it spaces (relations and binary operators) or what it is. */
export type SymbolGroup = 'rel' | 'bin' | 'ord' | 'open' | 'close' | 'punct' | 'op' | 'accent' | 'spacing' | 'inner';

/** Math-mode command (without its backslash) → its Unicode character and atom group. */
export const MATH_SYMBOLS: Readonly<Record<string, readonly [string, SymbolGroup]>> = ${json(sortedRecord(mathSymbols))};

/** Text-mode command (without its backslash) → its Unicode character. */
export const TEXT_SYMBOLS: Readonly<Record<string, string>> = ${json(sortedRecord(textSymbols))};

/** Named operators written upright as their own name (\`\\log\`, \`\\max\`). */
export const OPERATOR_NAMES: readonly string[] = ${json([...new Set(wordOperators)].sort())};

/** Delimiter sizing commands, which only change how tall the next delimiter is drawn. */
export const DELIMITER_SIZING_COMMANDS: readonly string[] = ${json(delimiterSizing.sort())};

/** Character → its Unicode superscript form. */
export const SUPERSCRIPTS: Readonly<Record<string, string>> = ${json(sortedRecord(superscripts))};

/** Character → its Unicode subscript form. */
export const SUBSCRIPTS: Readonly<Record<string, string>> = ${json(sortedRecord(subscripts))};

/** Text accent command (the character after the backslash, \`\\"o\`) → combining character. */
export const TEXT_ACCENTS: Readonly<Record<string, string>> = ${json(sortedRecord(textAccents))};

/** Math accent command (\`\\hat\`) → combining character. */
export const MATH_ACCENTS: Readonly<Record<string, string>> = ${json(sortedRecord(mathAccents))};

/** Math alphabet command (\`mathbb\`, \`mathcal\`, ...) → letter or digit → its styled character. */
export const MATH_ALPHABETS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${json(
  Object.fromEntries([...alphabets.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortedRecord(v)])),
)};
`;

writeFileSync(join(root, 'src', 'math', 'latex-symbols.generated.ts'), output);
process.stdout.write(
  `wrote ${mathSymbols.size} math symbols, ${textSymbols.size} text symbols, ${wordOperators.length} operators, ${alphabets.size} alphabets\n`,
);
