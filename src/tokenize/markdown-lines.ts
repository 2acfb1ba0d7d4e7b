import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ENDS_WITH_WORD_CHARACTER, MARKUP_CHARACTERS, PAGE_FENCE_CLOSING, PAGE_FENCE_LINE, PAGE_FENCE_LINE_START, PAGE_FENCE_OPENING, STARTS_WITH_DIGIT } from './markdown-patterns.js';

/** One visible line of a markdown document: its text with links replaced by their text. */
export interface MarkdownLine {
  /** The visible text, trimmed; link syntax that markdown did not resolve stays as written. */
  text: string;
  /** The targets of the links on the line, in order. */
  urls: string[];
  /** 1-based line, 1-based column and 0-based offset of the text's first character. */
  line: number;
  column: number;
  offset: number;
  /** The heading depth when the line is (part of) a heading, else 0. */
  heading: number;
  /** The line starts a new block: a blank line or a block boundary stands before it. */
  blockStart: boolean;
  /** The line belongs to page chrome that markdown itself marks: front matter, HTML, a rule. */
  chrome: boolean;
  /** The source line starts with whitespace (a wrapped line's indented continuation). */
  indented: boolean;
}

/** Reference targets by label: `[32]: https://...` definitions and `32. https://...` lists. */
type Definitions = Map<string, string>;

/** A piece of a line under construction. */
interface Piece {
  text: string;
  url: string | null;
  offset: number;
}

/** The processor, made once: it holds no state between parses. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Parse markdown with remark-parse and turn its tree into visible lines, in document order:
 * inline links become their text (their targets are kept on the line), images and inline HTML
 * vanish, headings are marked, and a fenced `text` block (a page captured inside a fence) is
 * parsed as markdown in its turn. Positions come from the mdast nodes.
 *
 * @param text - A markdown capture.
 * @returns Its visible lines.
 * @example
 * markdownLines('### [A Title](https://huggingface.co/papers/2606.00683)').map((line) => [line.text, line.heading, line.urls])
 * //=> [['A Title', 3, ['https://huggingface.co/papers/2606.00683']]]
 */
export function markdownLines(text: string): MarkdownLine[] {
  const source = unfencePages(text);
  // Markdown's brackets and emphasis cost more than linear time when many stand together, so:
  // parse in chunks cut at blank lines (no card spans a chunk's worth of text), and parse a copy
  // in which a line dense with markup has it blanked out (text is still read from the source).
  const parsed = blankDenseMarkup(source);
  const chunks = chunkAtBlankLines(source).map((chunk) => ({
    ...chunk,
    tree: processor.parse(parsed.slice(chunk.offset, chunk.offset + chunk.source.length)) as Root,
  }));
  const definitions: Definitions = new Map();
  for (const chunk of chunks) collectDefinitions(chunk.tree, definitions);
  const lines: MarkdownLine[] = [];
  for (const chunk of chunks) {
    const context: WalkContext = {
      source: chunk.source,
      baseOffset: chunk.offset,
      baseLine: chunk.line,
      definitions,
      lines,
      lineStarts: findLineStarts(chunk.source),
    };
    for (const node of chunk.tree.children) readBlock(node, context, 0);
  }
  return lines;
}

/** A line with more markup characters than this is no card line; its markup is not parsed. */
const MOST_MARKUP_PER_LINE = 64;

/** Replace the markup characters of markup-dense lines with spaces (same length, so positions stay). */
function blankDenseMarkup(text: string): string {
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (line.length <= MOST_MARKUP_PER_LINE) return line;
    let count = 0;
    for (let index = 0; index < line.length && count <= MOST_MARKUP_PER_LINE; index += 1) {
      if (MARKUP_CODES.has(line.charCodeAt(index))) count += 1;
    }
    if (count <= MOST_MARKUP_PER_LINE) return line;
    changed = true;
    return line.replace(MARKUP_CHARACTERS, ' ');
  });
  return changed ? lines.join('\n') : text;
}

/** Character codes of markdown's inline markup: brackets, parentheses, emphasis, code, escapes, angle brackets. */
const MARKUP_CODES: ReadonlySet<number> = new Set([...'[]()*_`\\<>!'].map((character) => character.charCodeAt(0)));

/** A chunk holds at least this many characters before it is cut at a blank line. */
const CHUNK_SIZE = 4096;

/** A chunk without a blank line is cut at a line break once it is this long. */
const LONGEST_CHUNK = 4 * CHUNK_SIZE;

/** Cut a text into chunks at blank lines (or, in a long stretch without one, at a line break), each with its start offset and line. */
function chunkAtBlankLines(text: string): { source: string; offset: number; line: number }[] {
  const chunks: { source: string; offset: number; line: number }[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length || chunks.length === 0) {
    let end = text.length;
    if (start + CHUNK_SIZE < text.length) {
      const blank = text.indexOf('\n\n', start + CHUNK_SIZE);
      if (blank !== -1 && blank - start <= LONGEST_CHUNK) end = blank + 1;
      else {
        const lineBreak = text.indexOf('\n', start + LONGEST_CHUNK);
        end = lineBreak === -1 ? text.length : lineBreak + 1;
      }
    }
    const source = text.slice(start, end);
    chunks.push({ source, offset: start, line });
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) line += 1;
    start = end;
  }
  return chunks;
}

/**
 * Blank out the fence lines around a page captured inside a ```` ```text ```` fence (same
 * length, so every position stays), so that the page is parsed once, as markdown.
 */
function unfencePages(text: string): string {
  if (!PAGE_FENCE_LINE.test(text)) return text;
  const parts = text.split('\n');
  let open = -1;
  for (let index = 0; index < parts.length; index += 1) {
    const line = parts[index] as string;
    if (!PAGE_FENCE_LINE_START.test(line)) continue;
    if (open === -1 && PAGE_FENCE_OPENING.test(line)) {
      open = index;
    } else if (open !== -1 && PAGE_FENCE_CLOSING.test(line)) {
      parts[open] = ' '.repeat((parts[open] as string).length);
      parts[index] = ' '.repeat(line.length);
      open = -1;
    }
  }
  // A page cut off before its closing fence runs to the end.
  if (open !== -1) parts[open] = ' '.repeat((parts[open] as string).length);
  return parts.join('\n');
}

interface WalkContext {
  source: string;
  baseOffset: number;
  baseLine: number;
  definitions: Definitions;
  lines: MarkdownLine[];
  /** Offsets where each line of `source` starts. */
  lineStarts: readonly number[];
}

function collectDefinitions(tree: Root, definitions: Definitions): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of (node as Parent).children) stack.push(child);
  }
}

/** Read one block node into lines. */
function readBlock(node: RootContent, context: WalkContext, heading: number): void {
  switch (node.type) {
    case 'heading':
      if (isDashUnderlined(node, context)) {
        // `[` over a lone `-` is a text browser's upvote box of 0, not a setext heading.
        readInline(node.children, context, 0, node);
        const end = node.position?.end.offset ?? 0;
        pushSourceLines(context, end - 1, end, 0, false);
        return;
      }
      readInline(node.children, context, node.depth, node);
      return;
    case 'paragraph':
      readInline(node.children, context, heading, node);
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const before = context.lines.length;
        readBlock(item, context, heading);
        const first = context.lines[before];
        // Keep the number of an ordered item: a text browser's link list is `43. https://...`.
        if (node.ordered === true && first !== undefined) first.text = `${(node.start ?? 1) + index}. ${first.text}`;
      });
      return;
    case 'listItem':
      if (node.children.length === 0) {
        // An empty item is its marker alone: `-` (an upvote box of 0 when a box holds it).
        const start = node.position?.start.offset ?? 0;
        pushSourceLines(context, start, node.position?.end.offset ?? start, 0, false);
        return;
      }
      for (const child of node.children) readBlock(child as RootContent, context, heading);
      return;
    case 'blockquote':
      for (const child of node.children) readBlock(child as RootContent, context, heading);
      return;
    case 'code':
      readCode(node, context);
      return;
    case 'yaml':
    case 'html':
    case 'thematicBreak':
      pushChrome(node, context);
      return;
    case 'definition':
      pushChrome(node, context);
      return;
    default:
      if ('children' in node) for (const child of (node as Parent).children) readBlock(child as RootContent, context, heading);
  }
}

/** A setext heading whose underline is a single `-`: markdown's reading of a `[` / `-` / `][31]` box. */
function isDashUnderlined(node: Extract<RootContent, { type: 'heading' }>, context: WalkContext): boolean {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const lastBreak = context.source.lastIndexOf('\n', end - 1);
  return lastBreak >= start && context.source.slice(lastBreak + 1, end).trim() === '-';
}

/** A code block (not a captured page: those are unfenced before parsing) is kept as its lines. */
function readCode(node: Extract<RootContent, { type: 'code' }>, context: WalkContext): void {
  const start = node.position?.start.offset ?? 0;
  pushSourceLines(context, start, node.position?.end.offset ?? start, 0, false);
}

/** Lines that markdown itself marks as chrome (front matter, HTML, rules, definitions). */
function pushChrome(node: RootContent, context: WalkContext): void {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  pushSourceLines(context, start, end, 0, true);
}

/** Push the source lines of `[start, end)` as they stand. */
function pushSourceLines(context: WalkContext, start: number, end: number, heading: number, chrome: boolean): void {
  let lineStart = start;
  let blockStart = true;
  while (lineStart <= end) {
    let lineEnd = context.source.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    pushLine(context, [{ text: context.source.slice(lineStart, lineEnd), url: null, offset: lineStart }], heading, blockStart, chrome);
    blockStart = false;
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
}

/**
 * Read a run of inline content into lines. Text comes from the source as written (so escapes
 * such as `\%` stay), split at line breaks; a link contributes its text and its target.
 */
function readInline(children: readonly PhrasingContent[], context: WalkContext, heading: number, block: Nodes): void {
  const pieces: Piece[][] = [[]];
  const current = (): Piece[] => pieces[pieces.length - 1] as Piece[];
  const visit = (node: PhrasingContent, url: string | null): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      // Emphasis is kept as written: `_` and `*` in damaged math are no emphasis (`mathcal{L}_{CE} + ... _{KL}`).
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const parts = context.source.slice(start, end).split('\n');
        let offset = start;
        parts.forEach((part, index) => {
          if (index > 0) pieces.push([]);
          current().push({ text: part, url, offset });
          offset += part.length + 1;
        });
        return;
      }
      case 'break':
        pieces.push([]);
        return;
      case 'link':
        for (const child of node.children) visit(child, node.url);
        if (node.children.length === 0) current().push({ text: '', url: node.url, offset: node.position?.start.offset ?? 0 });
        return;
      case 'linkReference': {
        const target = context.definitions.get(node.identifier) ?? null;
        for (const child of node.children) visit(child, target);
        return;
      }
      case 'image':
      case 'imageReference':
      case 'html':
        return;
      default:
        if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(child, url);
    }
  };
  for (const child of children) visit(child, null);
  let blockStart = true;
  for (const linePieces of pieces) {
    if (linePieces.length === 0) continue;
    for (const part of splitLinkRow(linePieces)) {
      pushLine(context, part, heading, blockStart, false);
      blockStart = false;
    }
  }
  if (blockStart) {
    // A block with no visible text (an image alone, a link around an image): keep its targets.
    const start = block.position?.start.offset ?? 0;
    const urls: string[] = [];
    collectUrls(block, urls);
    if (urls.length > 0) pushLine(context, [{ text: '', url: urls[0] ?? null, offset: start }], heading, true, false);
  }
}

/**
 * A line made only of links (`[GitHub 131](...) [arXiv Page](...)`) is one line per link, so
 * that each link is read on its own.
 */
function splitLinkRow(pieces: readonly Piece[]): Piece[][] {
  const urls = new Set<string>();
  for (const piece of pieces) {
    if (piece.url !== null) urls.add(piece.url);
    else if (piece.text.trim() !== '') return [[...pieces]];
  }
  if (urls.size < 2) return [[...pieces]];
  const rows: Piece[][] = [];
  let previous: string | null = null;
  for (const piece of pieces) {
    if (piece.url === null) continue;
    if (piece.url !== previous) rows.push([]);
    (rows[rows.length - 1] as Piece[]).push(piece);
    previous = piece.url;
  }
  return rows;
}

function collectUrls(node: Nodes, urls: string[]): void {
  if (node.type === 'link') urls.push(node.url);
  if ('children' in node) for (const child of (node as Parent).children) collectUrls(child as Nodes, urls);
}

/** Join the pieces of one line: a link glued to a word or number gets a space before it (`May 29[6](...)` reads `May 29 6`). */
function pushLine(context: WalkContext, pieces: readonly Piece[], heading: number, blockStart: boolean, chrome: boolean): void {
  let text = '';
  const urls: string[] = [];
  let firstOffset = -1;
  let previousUrl: string | null = null;
  for (const piece of pieces) {
    if (piece.url !== null && piece.url !== previousUrl) {
      if (!urls.includes(piece.url)) urls.push(piece.url);
      if (text !== '' && ENDS_WITH_WORD_CHARACTER.test(text) && STARTS_WITH_DIGIT.test(piece.text)) text += ' ';
    }
    if (firstOffset === -1 && piece.text.trim() !== '') firstOffset = piece.offset + (piece.text.length - piece.text.trimStart().length);
    text += piece.text;
    previousUrl = piece.url;
  }
  const trimmed = text.trim();
  const offsetInSource = firstOffset === -1 ? (pieces[0]?.offset ?? 0) : firstOffset;
  const { line, column } = locate(context.lineStarts, offsetInSource);
  const lineStart = context.lineStarts[line - 1] ?? 0;
  context.lines.push({
    text: trimmed,
    urls,
    line: context.baseLine + line - 1,
    column,
    offset: context.baseOffset + offsetInSource,
    heading,
    blockStart,
    chrome,
    indented: isIndentCharacter(context.source.charCodeAt(lineStart)),
  });
}

/** A space or a tab. */
function isIndentCharacter(code: number): boolean {
  return code === 32 || code === 9;
}

/** The offset where each line of a source starts. */
function findLineStarts(source: string): number[] {
  const starts = [0];
  let next = source.indexOf('\n');
  while (next !== -1) {
    starts.push(next + 1);
    next = source.indexOf('\n', next + 1);
  }
  return starts;
}

/** 1-based line and column of an offset, by binary search in the line starts. */
function locate(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}
