import { makeDiagnostic } from '../diagnostic.js';
import { parsePaperIdInUrl } from '../text/link-patterns.js';
import type { Diagnostic, RawField, RawOrganization, RawRecord } from '../schema.js';

/** What a JSON dump holds: its family, the page date (scraper JSON), the raw records and what went wrong. */
export interface JsonDump {
  format: 'api-json' | 'scraper-json';
  pageDate: RawField | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** A JSON object after `JSON.parse`. */
type JsonObject = Record<string, unknown>;

/** Where a JSON value starts, and the positions inside it when it is an indexed object or array. */
interface Slot {
  offset: number;
  node: PositionNode | null;
}

/** An object or array of the JSON text: where it starts and ends, and where its members or items start. */
interface PositionNode {
  start: number;
  /** Offset of its closing bracket. */
  end: number;
  members: Map<string, Slot> | null;
  items: Slot[] | null;
}

/** A container being scanned: its node, and for an object the key whose value comes next. */
interface Frame {
  node: PositionNode;
  key: string | null;
  expectKey: boolean;
}

/** Where the records are in a JSON value of a known shape. */
interface Shape {
  format: JsonDump['format'];
  /** The member of the root object that holds the list, or null when the root is the list. */
  listKey: 'data' | 'papers' | null;
  list: readonly unknown[];
}

/**
 * How deep the position index goes (the root is depth 0): `{data: [...]}` (0, 1), a record (2),
 * its `paper` (3) and the paper's `organization` (4). Values inside depth-4 containers still get
 * their start; containers below are skipped with a counter, so nesting depth costs no memory.
 */
const INDEXED_DEPTH = 4;

const BOM = 0xfeff;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LF = 0x0a;
const CR = 0x0d;

/** What the error diagnostic says a known JSON shape is. */
const EXPECTED_SHAPES =
  'papers API JSON (a list of `{paper: {...}}` records, or `{data: [...]}`) or scraper JSON (`{date, papers: [...]}`)';

/**
 * Read papers API JSON or scraper JSON into raw records, with each field's position in the
 * JSON text. Text that is not JSON gives null, so the caller can try the text families; JSON
 * of another shape gives one `invalid-json-shape` error and no records. Never throws.
 *
 * Positions: a field points at the start of the JSON value it was read from (the opening quote
 * of a string); the author count points at the `authors` array; `startLine`/`endLine` are the
 * lines of the record's braces. Linear in the text length, whatever the nesting depth.
 *
 * @param text - The whole input.
 * @returns The family, the page date, the records and the diagnostics; null when the text is not JSON.
 * @example
 * parseJsonDump('[{"paper": {"id": "2509.14033", "title": "SAIL-VL2", "upvotes": 20}, "numComments": 1}]').records[0].upvotes.text
 * //=> '20'
 */
export function parseJsonDump(text: string): JsonDump | null {
  const start = skipJsonWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  const first = text.charCodeAt(start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return null;
  // JSON ends with the bracket that closes its first one: a cheap test that spares parsing most non-JSON.
  if (text.charCodeAt(skipJsonWhitespaceBack(text)) !== (first === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(start === 0 ? text : text.slice(start));
  } catch {
    // Not JSON, or nested deeper than the engine's parser goes (a RangeError).
    return null;
  }
  const shape = findShape(value);
  if (shape === null) {
    const at = { line: 1, column: 1, offset: 0 };
    return {
      format: 'api-json',
      pageDate: null,
      records: [],
      diagnostics: [makeDiagnostic('invalid-json-shape', `Expected ${EXPECTED_SHAPES}, got ${describeJson(value)}`, at)],
    };
  }
  const root = indexPositions(text, start);
  const locator = makeLocator(text);
  const rootObject = isObject(value) ? value : null;
  const listSlot = shape.listKey === null ? root : (root.node?.members?.get(shape.listKey) ?? root);
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  shape.list.forEach((entry, index) => {
    const slot = listSlot.node?.items?.[index] ?? listSlot;
    const read = readRecord(entry, slot, shape.format, locator);
    if (read === null) {
      diagnostics.push(
        makeDiagnostic(
          'invalid-json-record',
          `Entry ${index + 1} of the list is ${describeEntry(entry)}, not a paper with a title; it is skipped`,
          locator(slot.offset),
        ),
      );
    } else {
      records.push(read);
    }
  });
  const date = rootObject?.['date'];
  const pageDate =
    typeof date === 'string' && date.trim() !== ''
      ? { text: date, ...locator(root.node?.members?.get('date')?.offset ?? start) }
      : null;
  return { format: shape.format, pageDate, records, diagnostics };
}

/** 1-based line and column and 0-based offset of an offset of the text. */
type Locator = (offset: number) => { line: number; column: number; offset: number };

/**
 * Read one entry of the list into a raw record: an API record (`{paper, numComments}`), or a
 * bare paper object (API or scraper fields).
 */
function readRecord(entry: unknown, slot: Slot, format: JsonDump['format'], locate: Locator): RawRecord | null {
  if (!isObject(entry)) return null;
  const recordNode = slot.node;
  const wrapped = isObject(entry['paper']);
  const paper = wrapped ? (entry['paper'] as JsonObject) : entry;
  const paperSlot = wrapped ? recordNode?.members?.get('paper') : slot;
  const paperNode = paperSlot?.node ?? null;
  /** Where the value of a member starts: in the paper, else in the record, else the record's start. */
  const at = (node: PositionNode | null, key: string): number => node?.members?.get(key)?.offset ?? slot.offset;
  const field = (value: unknown, node: PositionNode | null, key: string): RawField | null =>
    typeof value === 'string' && value.trim() !== '' ? { text: value, ...locate(at(node, key)) } : null;
  const count = (value: unknown, node: PositionNode | null, key: string): RawField | null =>
    typeof value === 'number' && Number.isFinite(value)
      ? { text: String(value), ...locate(at(node, key)) }
      : field(value, node, key);

  // The record repeats the paper's title and summary; take them from the paper when it has them.
  const title = field(paper['title'], paperNode, 'title') ?? field(entry['title'], recordNode, 'title');
  if (title === null) return null;
  const abstract =
    field(paper['summary'], paperNode, 'summary') ??
    field(paper['abstract'], paperNode, 'abstract') ??
    field(entry['summary'], recordNode, 'summary');
  const authors = Array.isArray(paper['authors'])
    ? { text: `${paper['authors'].length} authors`, ...locate(at(paperNode, 'authors')) }
    : null;
  const comments =
    count(entry['numComments'], recordNode, 'numComments') ?? count(paper['numComments'], paperNode, 'numComments');
  const id = paper['id'];
  const arxivId =
    typeof id === 'string' && id.trim() !== ''
      ? id.trim()
      : urlArxivId(paper['url']) ?? urlArxivId(paper['pdf_url']);
  const links: string[] = [];
  for (const link of [paper['githubRepo'], paper['projectPage']]) {
    if (typeof link === 'string' && link.trim() !== '' && !links.includes(link.trim())) links.push(link.trim());
  }
  const end = recordNode === null ? slot.offset : recordNode.end;
  return {
    format,
    title,
    abstract,
    aiSummary: field(paper['ai_summary'], paperNode, 'ai_summary'),
    authors,
    organization: readOrganization(paper['organization'], paperNode?.members?.get('organization') ?? null, slot, locate),
    date: field(paper['publishedAt'], paperNode, 'publishedAt'),
    comments,
    upvotes: count(paper['upvotes'], paperNode, 'upvotes'),
    githubStars: count(paper['githubStars'], paperNode, 'githubStars'),
    arxivId,
    links,
    startLine: locate(slot.offset).line,
    endLine: locate(end).line,
  };
}

/** Read an API organization (`{name, fullname}`): its display name as text, its `name` as handle. */
function readOrganization(value: unknown, slot: Slot | null, record: Slot, locate: Locator): RawOrganization | null {
  if (!isObject(value)) return null;
  const fullname = nonBlank(value['fullname']);
  const name = nonBlank(value['name']);
  const text = fullname ?? name;
  if (text === null) return null;
  const key = fullname === null ? 'name' : 'fullname';
  const offset = slot?.node?.members?.get(key)?.offset ?? slot?.offset ?? record.offset;
  return { text, handle: name, ...locate(offset) };
}

/** The arXiv id that a URL value names, or null. */
function urlArxivId(value: unknown): string | null {
  return typeof value === 'string' ? parsePaperIdInUrl(value) : null;
}

/** A string with something besides whitespace in it, else null. */
function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Tell whether a parsed JSON value is an object (not an array, not null). */
function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Tell whether a list entry looks like a paper: an API record with a `paper` object, or an object with a `title`. */
function isPaperLike(entry: unknown): boolean {
  return isObject(entry) && (isObject(entry['paper']) || 'title' in entry);
}

/** Tell whether a list is a list of papers: empty, or holding at least one paper-like entry. */
function isPaperList(list: unknown): list is unknown[] {
  return Array.isArray(list) && (list.length === 0 || list.some(isPaperLike));
}

/** Find the list of records in a parsed JSON value, or null when the value has no known shape. */
function findShape(value: unknown): Shape | null {
  if (isPaperList(value)) return { format: 'api-json', listKey: null, list: value };
  if (!isObject(value)) return null;
  const data = value['data'];
  if (isPaperList(data)) return { format: 'api-json', listKey: 'data', list: data };
  const papers = value['papers'];
  if (isPaperList(papers)) return { format: 'scraper-json', listKey: 'papers', list: papers };
  return null;
}

/** Name what kind of JSON value an entry is, for a message. */
function describeEntry(entry: unknown): string {
  if (entry === null) return 'null';
  if (Array.isArray(entry)) return 'a list';
  if (isObject(entry)) return 'an object';
  return `a ${typeof entry}`;
}

/** Say what a JSON value of no known shape holds, for the `invalid-json-shape` message. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) {
    const kinds = new Set<string>();
    for (const entry of value) {
      if (entry === null) kinds.add('null');
      else if (Array.isArray(entry)) kinds.add('list');
      else if (isObject(entry)) kinds.add('object without `paper` or `title`');
      else kinds.add(typeof entry);
    }
    const entries = `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
    if (kinds.size === 1 && kinds.has('string') && value.some((entry) => String(entry).trimStart().startsWith('{'))) {
      return `a list of ${entries} that are strings holding objects (Python-repr strings?), not JSON objects`;
    }
    return `a list of ${entries} (${[...kinds].join(', ')})`;
  }
  if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    const named = keys.slice(0, 6).map((key) => JSON.stringify(key)).join(', ');
    return `an object with the keys ${named}${keys.length > 6 ? ', ...' : ''}`;
  }
  return describeEntry(value);
}

/** The offset of the first character at or after `from` that is not JSON whitespace. */
function skipJsonWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== LF && code !== CR) break;
    index += 1;
  }
  return index;
}

/** The offset of the last character that is not JSON whitespace (-1 when there is none). */
function skipJsonWhitespaceBack(text: string): number {
  let index = text.length - 1;
  while (index >= 0) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== LF && code !== CR) break;
    index -= 1;
  }
  return index;
}

/** The offset just after the closing quote of the string that opens at `start`. */
function skipString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    // The quote closes the string unless an odd run of backslashes escapes it.
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The characters that end a number, `true`, `false` or `null`. */
function endsScalar(code: number): boolean {
  return (
    code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || code === 0x20 || code === 0x09 || code === LF || code === CR
  );
}

/**
 * Scan valid JSON text once, iteratively, and index where values start, down to
 * `INDEXED_DEPTH`: each object's members by key (the last one wins, as in `JSON.parse`) and each
 * array's items by position, so the index walks in step with the parsed value.
 */
function indexPositions(text: string, from: number): Slot {
  const frames: Frame[] = [];
  let root: Slot | null = null;
  // Containers open below the indexed depth: counted, not indexed.
  let deeper = 0;
  const place = (slot: Slot): void => {
    const frame = frames[frames.length - 1];
    if (frame === undefined) {
      root ??= slot;
    } else if (frame.node.members !== null) {
      if (frame.key !== null) frame.node.members.set(frame.key, slot);
    } else {
      frame.node.items?.push(slot);
    }
  };
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      const end = skipString(text, index);
      const frame = frames[frames.length - 1];
      if (deeper === 0) {
        if (frame !== undefined && frame.expectKey) {
          const raw = text.slice(index + 1, end - 1);
          frame.key = raw.includes('\\') ? (JSON.parse(text.slice(index, end)) as string) : raw;
          frame.expectKey = false;
        } else {
          place({ offset: index, node: null });
        }
      }
      index = end - 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (deeper > 0 || frames.length > INDEXED_DEPTH) {
        if (deeper === 0) place({ offset: index, node: null });
        deeper += 1;
      } else {
        const isObjectStart = code === OPEN_BRACE;
        const node: PositionNode = {
          start: index,
          end: index,
          members: isObjectStart ? new Map() : null,
          items: isObjectStart ? null : [],
        };
        place({ offset: index, node });
        frames.push({ node, key: null, expectKey: isObjectStart });
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (deeper > 0) {
        deeper -= 1;
      } else {
        const frame = frames.pop();
        if (frame !== undefined) frame.node.end = index;
        if (frames.length === 0) break;
      }
    } else if (code === COMMA) {
      const frame = frames[frames.length - 1];
      if (deeper === 0 && frame !== undefined && frame.node.members !== null) frame.expectKey = true;
    } else if (code !== COLON && !endsScalar(code)) {
      // A number, `true`, `false` or `null`.
      if (deeper === 0) place({ offset: index, node: null });
      while (index + 1 < text.length && !endsScalar(text.charCodeAt(index + 1))) index += 1;
    }
  }
  return root ?? { offset: from, node: null };
}

/** Make the function that turns an offset into a line and column, by binary search in the line starts. */
function makeLocator(text: string): Locator {
  // Lines break at CRLF, LF and a lone CR, as everywhere in the library.
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  };
}
