import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as paperdump from '../src/index.js';
import { DIAGNOSTIC_CODES, FormatSchema, parsePaperDump } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC_NAMES = readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort();
const DOCS: ReadonlyMap<string, string> = new Map(DOC_NAMES.map((name) => [name, readFileSync(join(ROOT, 'docs', name), 'utf8')]));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** A fenced code block: its info string, its lines, the line of its opening fence, and the last non-blank line before it. */
interface Fence {
  info: string;
  lines: string[];
  line: number;
  before: string;
}

/** The fenced code blocks of a markdown text, outermost only (a ```` fence may hold ``` lines). */
function fencesOf(markdown: string): Fence[] {
  const fences: Fence[] = [];
  const lines = markdown.split('\n');
  let before = '';
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(`{3,}|~{3,})\s*(\S*)/.exec(lines[index] as string);
    if (open === null) {
      if ((lines[index] as string).trim() !== '') before = (lines[index] as string).trim();
      continue;
    }
    const marker = open[1] as string;
    const body: string[] = [];
    let close = index + 1;
    while (close < lines.length && !isClosingFence(lines[close] as string, marker)) {
      body.push(lines[close] as string);
      close += 1;
    }
    fences.push({ info: open[2] as string, lines: body, line: index + 1, before });
    before = '';
    index = close;
  }
  return fences;
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === (marker[0] as string).repeat(trimmed.length);
}

/** The lines of a markdown text outside its fences, each with its 1-based line number. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const prose: { text: string; line: number }[] = [];
  let marker: string | null = null;
  markdown.split('\n').forEach((text, index) => {
    if (marker === null) {
      const open = /^(`{3,}|~{3,})/.exec(text);
      if (open !== null) marker = open[1] as string;
      else prose.push({ text, line: index + 1 });
    } else if (isClosingFence(text, marker)) {
      marker = null;
    }
  });
  return prose;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading of a markdown text, with its anchor (repeated anchors numbered as GitHub numbers them). */
function headingsOf(markdown: string): { text: string; slug: string; line: number }[] {
  const seen = new Map<string, number>();
  const headings: { text: string; slug: string; line: number }[] = [];
  for (const { text, line } of proseLines(markdown)) {
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (match === null) continue;
    const base = githubSlug(match[1] as string);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    headings.push({ text: match[1] as string, slug: count === 0 ? base : `${base}-${count}`, line });
  }
  return headings;
}

function anchorsOf(doc: string): Set<string> {
  return new Set(headingsOf(DOCS.get(doc) ?? '').map((heading) => heading.slug));
}

/** The text of a doc's section under a heading, up to the next heading of any level. */
function sectionOf(doc: string, slug: string): string {
  const markdown = DOCS.get(doc) ?? '';
  const heading = headingsOf(markdown).find((candidate) => candidate.slug === slug);
  if (heading === undefined) return '';
  const rest = markdown.split('\n').slice(heading.line);
  const end = rest.findIndex((line) => /^#{1,6}\s/.test(line));
  return rest.slice(0, end === -1 ? rest.length : end).join('\n');
}

/** Evaluate an expression of a doc example with the library's exports in scope. */
function evaluate(expression: string): unknown {
  const names = Object.keys(paperdump);
  const values = names.map((name) => (paperdump as Record<string, unknown>)[name]);
  return new Function(...names, `return (${expression});`)(...values);
}

/** An example of a `ts` block: an expression on one line, and its result on the `//=>` line after it. */
interface Example {
  where: string;
  expression: string;
  expected: string;
}

const examples: Example[] = [];
/** Calls of the cleaning functions in `ts` blocks that no `//=>` line follows. */
const unpaired: string[] = [];
for (const [doc, markdown] of DOCS) {
  for (const fence of fencesOf(markdown)) {
    if (fence.info !== 'ts') continue;
    fence.lines.forEach((line, index) => {
      const next = fence.lines[index + 1] ?? '';
      const where = `${doc}:${fence.line + index + 1}`;
      if (next.startsWith('//=> ')) examples.push({ where, expression: line.trim().replace(/;$/, ''), expected: next.slice('//=> '.length) });
      else if (/^(?:normalizeAbstract|cleanMath)\(/.test(line.trim())) unpaired.push(where);
    });
  }
}

/** A capture written as a sample of a family: `<!-- sample: daily, referenceDate: 2026-04-21 -->` before its fence. */
interface Sample {
  where: string;
  family: string;
  referenceDate: string | undefined;
  text: string;
  firstPaper: Record<string, unknown> | undefined;
}

const samples: Sample[] = [];
for (const [doc, markdown] of DOCS) {
  const fences = fencesOf(markdown);
  fences.forEach((fence, index) => {
    const marker = /^<!-- sample: ([\w-]+)(?:, referenceDate: (\d{4}-\d{2}-\d{2}))? -->$/.exec(fence.before);
    if (marker === null) return;
    const next = fences[index + 1];
    const firstPaper = next?.before === '<!-- first paper -->' ? (JSON.parse(next.lines.join('\n')) as Record<string, unknown>) : undefined;
    samples.push({ where: `${doc}:${fence.line}`, family: marker[1] as string, referenceDate: marker[2], text: fence.lines.join('\n'), firstPaper });
  });
}

/** Every `docs/<name>.md#anchor` and `(docs/<name>.md, "Heading")` cited in src/. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const SOURCES = sourceFiles(join(ROOT, 'src')).map((path) => ({ path: path.slice(ROOT.length), text: readFileSync(path, 'utf8') }));
const citations: { where: string; doc: string; anchor: string }[] = [];
for (const { path, text } of SOURCES) {
  for (const match of text.matchAll(/docs\/([\w-]+\.md)#([\w-]+)/g)) {
    citations.push({ where: path, doc: match[1] as string, anchor: match[2] as string });
  }
  for (const match of text.matchAll(/\(docs\/([\w-]+\.md), "([^"]+)"\)/g)) {
    citations.push({ where: path, doc: match[1] as string, anchor: githubSlug(match[2] as string) });
  }
}

/** Links between the docs: `(#anchor)`, `(other.md)`, `(other.md#anchor)`. */
const docLinks: { where: string; doc: string; anchor: string | undefined }[] = [];
for (const [doc, markdown] of DOCS) {
  for (const match of markdown.matchAll(/\]\((?:([\w-]+\.md))?(?:#([\w-]+))?\)/g)) {
    docLinks.push({ where: doc, doc: match[1] ?? doc, anchor: match[2] });
  }
}

describe('the docs', () => {
  test('should hold the three docs', () => {
    expect(DOC_NAMES).toEqual(expect.arrayContaining(['families.md', 'math.md', 'record.md']));
  });

  test('should hold the examples of every cleaning rule', () => {
    expect(examples.filter((example) => /^(?:normalizeAbstract|cleanMath)\(/.test(example.expression)).length).toBeGreaterThanOrEqual(60);
  });

  test('should follow every cleaning call in a ts block with its result', () => {
    expect(unpaired).toEqual([]);
  });

  test.each(examples.map((example) => [example.where, example.expression, example.expected] as const))(
    'should give what %s shows: %s',
    (_where, expression, expected) => {
      expect(evaluate(expression)).toEqual(evaluate(expected));
    },
  );

  test('should hold a sample of every family', () => {
    expect(new Set(samples.map((sample) => sample.family))).toEqual(new Set(FormatSchema.options));
  });

  test.each(samples.map((sample) => [sample.where, sample.family, sample] as const))(
    'should detect the sample at %s as %s and read it without a warning',
    (_where, family, sample) => {
      const result = parsePaperDump(sample.text, sample.referenceDate === undefined ? {} : { referenceDate: sample.referenceDate });
      expect(result.format).toBe(family);
      expect(result.papers.length).toBeGreaterThan(0);
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
      if (sample.firstPaper !== undefined) expect(result.papers[0]).toMatchObject(sample.firstPaper);
    },
  );

  test.each(Object.entries(DIAGNOSTIC_CODES))('should document the diagnostic code %s with its severity', (code, entry) => {
    expect(anchorsOf('record.md')).toContain(code);
    expect(sectionOf('record.md', code)).toContain(`**${entry.severity}**`);
  });

  test.each(FormatSchema.options)('should document the family %s', (format) => {
    expect(anchorsOf('families.md')).toContain(format);
  });

  test.each(docLinks.map((link) => [link.where, link.anchor === undefined ? link.doc : `${link.doc}#${link.anchor}`, link] as const))(
    'should resolve the link in %s to %s',
    (_where, _target, link) => {
      expect(DOC_NAMES).toContain(link.doc);
      if (link.anchor !== undefined) expect(anchorsOf(link.doc)).toContain(link.anchor);
    },
  );
});

describe('the citations of the docs in src/', () => {
  test('should cite the docs from the modules whose rules they state', () => {
    expect(new Set(citations.map((citation) => citation.where)).size).toBeGreaterThanOrEqual(15);
  });

  test.each(citations.map((citation) => [citation.where, `${citation.doc}#${citation.anchor}`, citation] as const))(
    'should find the section that %s cites: %s',
    (_where, _target, citation) => {
      expect(DOC_NAMES).toContain(citation.doc);
      expect(anchorsOf(citation.doc)).toContain(citation.anchor);
    },
  );

  test('should cite no internal contract in place of the docs', () => {
    expect(SOURCES.filter((source) => /\bSPEC\b/.test(source.text)).map((source) => source.path)).toEqual([]);
  });
});

describe('the README', () => {
  test.each(DOC_NAMES)('should link to docs/%s', (name) => {
    expect(README).toContain(`](docs/${name})`);
  });
});
