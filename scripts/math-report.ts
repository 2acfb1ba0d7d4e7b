/**
 * Run the math cleaner over the whole corpus and print what still looks like LaTeX: counts per
 * kind, with examples. Reads the text fixtures under test/fixtures/ and, when present, the API
 * and scraper JSON under ../shared/corpus/json/. Run with `npm run math-report`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanMathWithReport } from '../src/math/normalize-abstract.js';
import { isEnglishName, isGreekName, isOperatorName, isRemnantName } from '../src/math/lexicon.js';
import { splitGluedRun } from '../src/math/split-glued-run.js';
import {
  REPORT_BACKSLASH_COMMAND,
  REPORT_BARE_BRACE_GROUP,
  REPORT_LATEX_PUNCTUATION,
  REPORT_LETTER_RUN,
} from './math-report-patterns.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every text of the corpus worth cleaning: long fixture lines and JSON titles and abstracts. */
function corpusTexts(): { source: string; text: string }[] {
  const texts: { source: string; text: string }[] = [];
  const fixtures = join(root, 'test', 'fixtures');
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt')).sort()) {
    readFileSync(join(fixtures, name), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim().length > 0) texts.push({ source: `${name}:${index + 1}`, text: line });
      });
  }
  const jsonDir = join(root, '..', 'shared', 'corpus', 'json');
  if (existsSync(jsonDir)) {
    for (const name of readdirSync(jsonDir).filter((file) => file.endsWith('.json')).sort()) {
      const visit = (value: unknown, path: string): void => {
        if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
        else if (typeof value === 'object' && value !== null) {
          for (const [key, item] of Object.entries(value)) {
            if (typeof item === 'string' && ['title', 'summary', 'abstract', 'ai_summary'].includes(key)) {
              texts.push({ source: `${name}:${path}.${key}`, text: item });
            } else visit(item, `${path}.${key}`);
          }
        }
      };
      visit(JSON.parse(readFileSync(join(jsonDir, name), 'utf8')), '');
    }
  }
  return texts;
}

const kinds = new Map<string, { count: number; examples: string[] }>();
/** Count one leftover of a kind, keeping a few examples with context. */
function note(kind: string, text: string, index: number, length: number, source: string): void {
  const entry = kinds.get(kind) ?? { count: 0, examples: [] };
  entry.count += 1;
  if (entry.examples.length < 6) {
    const excerpt = text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
    entry.examples.push(`${source}: …${excerpt}…`);
  }
  kinds.set(kind, entry);
}

const texts = corpusTexts();
const unknown = new Map<string, number>();
let changed = 0;
for (const { source, text } of texts) {
  const result = cleanMathWithReport(text);
  if (result.text !== text) changed += 1;
  for (const name of result.unknownMacros) unknown.set(name, (unknown.get(name) ?? 0) + 1);
  const cleaned = result.text;
  const withoutUrls = cleaned.replace(/(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length));
  for (const match of withoutUrls.matchAll(REPORT_BACKSLASH_COMMAND)) note('backslash command', cleaned, match.index, match[0].length, source);
  for (const match of withoutUrls.matchAll(REPORT_BARE_BRACE_GROUP)) {
    const kind = match[0].includes(',') ? 'set braces {a,b} (kept on purpose)' : 'brace group';
    note(kind, cleaned, match.index, match[0].length, source);
  }
  for (const match of withoutUrls.matchAll(REPORT_LATEX_PUNCTUATION)) note('LaTeX punctuation', cleaned, match.index, match[0].length, source);
  for (const match of withoutUrls.matchAll(REPORT_LETTER_RUN)) {
    const [, before = '', run = '', after = ''] = match;
    const glued = /[\d^_{}]/.test(before + after);
    const index = match.index + before.length;
    if (isOperatorName(run)) continue;
    if (isRemnantName(run)) {
      if (!isEnglishName(run)) note('never-English command name', cleaned, index, run.length, source);
      else if (glued) note('English-looking command name glued to math', cleaned, index, run.length, source);
      else if (isGreekName(run)) note('bare Greek name (kept: no math beside it)', cleaned, index, run.length, source);
    } else if (run.length > 2) {
      // Glued to math, any never-English name counts; alone, a long never-English name and at most one variable (`varepsilond`, not `noting`).
      const split = splitGluedRun(run);
      const first = split?.pieces[0];
      const looksGlued =
        split !== undefined &&
        (glued
          ? split.hasNeverEnglishName && split.letters <= split.names
          : first !== undefined && first.isName && first.text.length >= 6 && !isEnglishName(first.text) && split.letters <= 1);
      if (looksGlued) note('glued run of command names', cleaned, index, run.length, source);
    }
  }
}

const lines: string[] = [];
lines.push(`math-report: ${texts.length} texts, ${changed} changed by the cleaner`);
const sorted = [...kinds.entries()].sort((a, b) => b[1].count - a[1].count);
if (sorted.length === 0) lines.push('nothing left that looks like LaTeX');
for (const [kind, { count, examples }] of sorted) {
  lines.push('', `${kind}: ${count}`);
  for (const example of examples) lines.push(`  ${example}`);
}
lines.push('', `unknown macros: ${[...unknown.entries()].map(([name, count]) => `\\${name} (${count})`).join(', ') || 'none'}`);
process.stdout.write(`${lines.join('\n')}\n`);
