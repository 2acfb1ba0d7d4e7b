import type { Token } from '../schema.js';
import { indexJsonPositions, type JsonSlot } from './json-positions.js';
import { makeOffsetLocator, type OffsetLocator } from './locate-offset.js';

/** A JSON object after `JSON.parse`. */
type JsonObject = Record<string, unknown>;

/** Members of a root object that hold a document's list of records. Data only. */
export const RECORD_LIST_KEYS: readonly string[] = ['data', 'papers', 'items', 'results'];

/**
 * How many levels below a record its fields are read (`paper.authors[].user.fullname` is 5);
 * deeper values give no tokens.
 */
const FIELD_DEPTH = 5;

/** The root (0), a wrapping object (1), its list (2) and a record's fields: the levels whose positions are indexed. */
const INDEXED_DEPTH = 2 + FIELD_DEPTH;

/** How many lines, not blank, of a text that starts with `{` are tried for a JSON object before it is taken for no JSON Lines. */
const JSON_LINES_EVIDENCE = 3;

const BOM = 0xfeff;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LF = 0x0a;
const CR = 0x0d;

/** 1-based line and column and 0-based offset of an offset of the text. */
type Locator = OffsetLocator;

/** Make a JSON token of a kind, key and text at an offset of the text (its line and column found). */
type TokenMaker = (kind: 'group' | 'field', key: string, text: string, offset: number) => Token;

/**
 * Turn a JSON document into tokens. First a `group` for the root (key `''`); for a root object,
 * a `field` (a scalar) or `group` (an object or array, not read further) for each member that
 * holds no records (`date`); then the list of records (the root array, or else the first of the
 * `data`, `papers`, `items` and `results` arrays of a root object) as a `group` keyed by its
 * member; for each entry a `record` token followed by a `group` or `field` for every value
 * inside it, in document order, each keyed by its path from the record (`paper.title`;
 * `paper.authors[].name`: an array's items add `[]`). A root object with none of those lists is
 * itself the one record: a `record` token, then its values. A group's text is `object` or
 * `array`. Nulls give no token. Text that is not a JSON object or array gives null. Linear in
 * the text, whatever the nesting depth.
 *
 * @param text - A whole capture.
 * @returns The tokens, or null when the text is not a JSON object or array.
 * @example
 * tokenizeJson('[{"paper": {"title": "A Title", "upvotes": 20}}]')?.map((token) => `${token.kind} ${token.key}=${token.text}`)
 * //=> ['group =array', 'record =object', 'group paper=object', 'field paper.title=A Title', 'field paper.upvotes=20']
 */
export function tokenizeJson(text: string): Token[] | null {
  const value = parseJsonDocument(text);
  if (value === undefined) return null;
  const start = skipJsonWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  const root = indexJsonPositions(text, start, INDEXED_DEPTH);
  const locate = makeOffsetLocator(text);
  const tokens: Token[] = [{ kind: 'group', key: '', text: kindOf(value), ...locate(start) }];
  if (Array.isArray(value)) {
    pushRecords(tokens, value, root, '', locate);
    return tokens;
  }
  const object = value as JsonObject;
  // The first list member that is an array holds the records; every other member is a page field.
  const listKey = RECORD_LIST_KEYS.find((key) => Array.isArray(object[key]));
  if (listKey === undefined) {
    // No list: the root object is the one record (a single paper object).
    tokens.push({ kind: 'record', key: '', text: 'object', ...locate(start), endLine: locate(root.node?.end ?? start).line });
    pushChildren(tokens, object, root, '', 0, start, documentTokenMaker(locate));
    return tokens;
  }
  for (const [key, member] of Object.entries(object)) {
    if (key === listKey) continue;
    const at = locate(root.node?.members?.get(key)?.offset ?? start);
    if (typeof member === 'object' && member !== null) tokens.push({ kind: 'group', key, text: kindOf(member), ...at });
    const field = fieldText(member);
    if (field !== null) tokens.push({ kind: 'field', key, text: field, ...at });
  }
  const slot = root.node?.members?.get(listKey);
  tokens.push({ kind: 'group', key: listKey, text: 'array', ...locate(slot?.offset ?? start) });
  pushRecords(tokens, object[listKey] as unknown[], slot, listKey, locate);
  return tokens;
}

/**
 * Parse a text as a JSON object or array, cheaply refusing what cannot be one.
 *
 * @param text - A whole capture.
 * @returns The parsed value, or undefined when the text is no JSON object or array.
 * @example
 * parseJsonDocument('[1, 2]')
 * //=> [1, 2]
 */
export function parseJsonDocument(text: string): object | undefined {
  const start = skipJsonWhitespace(text, text.charCodeAt(0) === BOM ? 1 : 0);
  const first = text.charCodeAt(start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return undefined;
  // JSON ends with the bracket that closes its first one: a cheap test that spares parsing most non-JSON.
  const last = skipJsonWhitespaceBack(text);
  if (text.charCodeAt(last) !== (first === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET)) return undefined;
  // A first line that is a whole object, with more after it, starts JSON Lines: no one document.
  if (first === OPEN_BRACE) {
    const firstLineEnd = new LineBreaks(text).endOf(start);
    if (firstLineEnd < last && isJsonObjectLine(text.slice(start, firstLineEnd))) return undefined;
  }
  try {
    return JSON.parse(start === 0 ? text : text.slice(start)) as object;
  } catch {
    // Not JSON, or nested deeper than the engine's parser goes (a RangeError).
    return undefined;
  }
}

/**
 * Turn JSON Lines into tokens: a `group` for the root with the text `lines`, then for each
 * line that is not blank a `record` token, followed by the `group` and `field` tokens of its
 * value as `tokenizeJson` gives them for an entry of a list. A line that is not JSON gives a
 * `record` token with the text `invalid`, so that the lines around it are still read. A text is
 * JSON Lines when it starts with `{`, its first line holds more than the brace, and one of its
 * first three lines that are not blank is a JSON object; any other text gives null.
 *
 * @param text - A whole capture.
 * @returns The tokens, or null when the text is not JSON Lines.
 * @example
 * tokenizeJsonLines('{"title": "A"}\n{"title": "B"}')?.map((token) => `${token.kind} ${token.key}=${token.text}`)
 * //=> ['group =lines', 'record =object', 'field title=A', 'record =object', 'field title=B']
 */
export function tokenizeJsonLines(text: string): Token[] | null {
  const bom = text.charCodeAt(0) === BOM ? 1 : 0;
  const start = skipJsonWhitespace(text, bom);
  if (text.charCodeAt(start) !== OPEN_BRACE || !opensJsonLines(text, start)) return null;
  const tokens: Token[] = [];
  const breaks = new LineBreaks(text);
  for (let from = 0, line = 1; ; line += 1) {
    const end = breaks.endOf(from);
    // Blanks are skipped within the line only: a run of blank lines is crossed once, line by line.
    let valueStart = from === 0 ? bom : from;
    while (valueStart < end && isJsonWhitespace(text.charCodeAt(valueStart))) valueStart += 1;
    if (valueStart < end) {
      // Offsets inside a line are its columns: a JSON line holds no line break.
      const lineStart = from;
      const lineNumber = line;
      const make: TokenMaker = (kind, key, value, offset) => ({ kind, key, text: value, line: lineNumber, column: offset - lineStart + 1, offset });
      if (tokens.length === 0) tokens.push(make('group', '', 'lines', valueStart));
      pushLine(tokens, text, valueStart, end, make);
    }
    from = skipLineBreak(text, end);
    if (from === end) return tokens;
  }
}

/** Push the `record` token of one line of JSON Lines and the tokens of its value; a line that is not JSON gives an `invalid` record. */
function pushLine(tokens: Token[], text: string, valueStart: number, end: number, make: TokenMaker): void {
  const record = make('field', '', '', valueStart);
  let value: unknown;
  try {
    value = JSON.parse(text.slice(valueStart, end));
  } catch {
    tokens.push({ ...record, kind: 'record', text: 'invalid', endLine: record.line });
    return;
  }
  tokens.push({ ...record, kind: 'record', text: kindOf(value), endLine: record.line });
  if (typeof value === 'object' && value !== null) {
    pushChildren(tokens, value, indexJsonPositions(text, valueStart, FIELD_DEPTH), '', 0, valueStart, make);
  } else {
    const field = fieldText(value);
    if (field !== null) tokens.push(make('field', '', field, valueStart));
  }
}

/**
 * The ends of the lines of a text (before a LF, a CRLF or a lone CR), found with `indexOf` and
 * taken in order, so that the whole text is searched once.
 */
class LineBreaks {
  private nextLf = -2;
  private nextCr = -2;

  constructor(private readonly text: string) {}

  /** The offset of the line break at or after `from`, or the text's length. */
  endOf(from: number): number {
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = this.text.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = this.text.indexOf('\r', from);
    const lf = this.nextLf === -1 ? this.text.length : this.nextLf;
    const cr = this.nextCr === -1 ? this.text.length : this.nextCr;
    return lf < cr ? lf : cr;
  }
}

/**
 * Whether a text that starts with `{` at `start` opens JSON Lines: its first line holds more than
 * the brace (a pretty-printed document opens with `{` alone), and one of its first
 * `JSON_LINES_EVIDENCE` lines that are not blank is a JSON object (the first may be broken).
 */
function opensJsonLines(text: string, start: number): boolean {
  const breaks = new LineBreaks(text);
  if (text.slice(start, breaks.endOf(start)).trimEnd() === '{') return false;
  let from = start;
  for (let seen = 0; seen < JSON_LINES_EVIDENCE && from < text.length; ) {
    const end = breaks.endOf(from);
    const line = text.slice(from, end);
    if (line.trim() !== '') {
      if (isJsonObjectLine(line)) return true;
      seen += 1;
    }
    from = skipLineBreak(text, end);
  }
  return false;
}

/** The offset after the line break at `at` (CRLF, LF or a lone CR), or `at` when none is there. */
function skipLineBreak(text: string, at: number): number {
  let next = at;
  if (text.charCodeAt(next) === CR) next += 1;
  if (text.charCodeAt(next) === LF) next += 1;
  return next;
}

/** Whether a line is one JSON object. */
function isJsonObjectLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.endsWith('}')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Push a `record` token and the fields of each entry of a list. */
function pushRecords(tokens: Token[], list: readonly unknown[], slot: JsonSlot | undefined, key: string, locate: Locator): void {
  const make = documentTokenMaker(locate);
  list.forEach((entry, index) => {
    const entrySlot = slot?.node?.items?.[index];
    const offset = entrySlot?.offset ?? slot?.offset ?? 0;
    const end = entrySlot?.node?.end ?? offset;
    tokens.push({ kind: 'record', key, text: kindOf(entry), ...locate(offset), endLine: locate(end).line });
    if (typeof entry === 'object' && entry !== null) pushChildren(tokens, entry, entrySlot, '', 0, offset, make);
    else {
      const text = fieldText(entry);
      if (text !== null) tokens.push(make('field', '', text, offset));
    }
  });
}

/** The token maker of a whole document: each offset located among the document's lines. */
function documentTokenMaker(locate: Locator): TokenMaker {
  return (kind, key, text, offset) => {
    const { line, column } = locate(offset);
    return { kind, key, text, line, column, offset };
  };
}

/**
 * Push a `group` or `field` token for every value inside a container, depth first, in document
 * order. The walk goes at most `FIELD_DEPTH` levels down, so its recursion is bounded whatever
 * the nesting of the input. A value without an indexed position takes its record's.
 */
function pushChildren(
  tokens: Token[],
  container: object,
  slot: JsonSlot | undefined,
  key: string,
  depth: number,
  recordOffset: number,
  make: TokenMaker,
): void {
  if (Array.isArray(container)) {
    const itemKey = `${key}[]`;
    const items = slot?.node?.items;
    for (let index = 0; index < container.length; index += 1) {
      pushValue(tokens, container[index], items?.[index], itemKey, depth + 1, recordOffset, make);
    }
    return;
  }
  const members = slot?.node?.members;
  const object = container as JsonObject;
  for (const name of Object.keys(object)) {
    pushValue(tokens, object[name], members?.get(name), key === '' ? name : `${key}.${name}`, depth + 1, recordOffset, make);
  }
}

/** Push the token of one value: a `group` (and, above `FIELD_DEPTH`, its children) or a `field`; nulls give none. */
function pushValue(
  tokens: Token[],
  value: unknown,
  slot: JsonSlot | undefined,
  key: string,
  depth: number,
  recordOffset: number,
  make: TokenMaker,
): void {
  const offset = slot?.offset ?? recordOffset;
  if (typeof value === 'object' && value !== null) {
    tokens.push(make('group', key, Array.isArray(value) ? 'array' : 'object', offset));
    if (depth < FIELD_DEPTH) pushChildren(tokens, value, slot, key, depth, recordOffset, make);
    return;
  }
  const text = fieldText(value);
  if (text !== null) tokens.push(make('field', key, text, offset));
}

/** The text of a scalar: a string as written, a number or boolean as JSON writes it; null for null (and for containers). */
function fieldText(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === 'object') return null;
  return typeof value === 'string' ? value : String(value);
}

/** What kind of JSON value an entry is: `object`, `array`, `string`, `number`, `boolean` or `null`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The offset of the first character at or after `from` that is not JSON whitespace. */
function skipJsonWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isJsonWhitespace(text.charCodeAt(index))) index += 1;
  return index;
}

/** The offset of the last character that is not JSON whitespace (-1 when there is none). */
function skipJsonWhitespaceBack(text: string): number {
  let index = text.length - 1;
  while (index >= 0 && isJsonWhitespace(text.charCodeAt(index))) index -= 1;
  return index;
}

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === LF || code === CR;
}
