import { makeDiagnostic } from '../diagnostic.js';
import type { Diagnostic, RawField, RawOrganization, RawRecord, Token } from '../schema.js';
import { parsePaperIdInUrl } from '../text/link-patterns.js';
import { JSON_RECORD_KEYS, JSON_RECORD_LISTS } from './json-record-keys.js';

/** The JSON families. */
export type JsonFormat = (typeof JSON_RECORD_LISTS)[number]['format'];

/** What the records of a JSON document give: its family, the page date (scraper JSON), the raw records and what went wrong. */
export interface JsonRecords {
  format: JsonFormat;
  pageDate: RawField | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** One entry of the document's list: its `record` token and the values inside it, by key. */
interface Entry {
  token: Token;
  values: Map<string, Token[]>;
}

/** What the error diagnostic says a known JSON shape is. */
const EXPECTED_SHAPES =
  'papers API JSON (a list of `{paper: {...}}` records, or `{data: [...]}`) or scraper JSON (`{date, papers: [...]}`)';

/**
 * Read the tokens of a JSON document (`tokenizeJson`) as papers API JSON or scraper JSON: the
 * list of records tells the family (a list at the root or in `data`: the papers API; in
 * `papers`: a scraper's output), and each record's values give a raw record, each field at the
 * value it was read from (`JSON_RECORD_KEYS` says where each part stands). A document whose list
 * holds nothing that looks like a paper (an object with a `paper` object or a `title`) gives one
 * `invalid-json-shape` error and no records; an entry without a title is skipped with a warning
 * (docs/families.md#json-families).
 *
 * @param tokens - Tokens of a JSON document.
 * @returns The family, the page date, the records and the diagnostics.
 * @example
 * readJsonRecords(tokenizeJson('[{"paper": {"id": "2509.14033", "title": "SAIL-VL2", "upvotes": 20}, "numComments": 1}]') ?? []).records[0].upvotes.text
 * //=> '20'
 */
export function readJsonRecords(tokens: readonly Token[]): JsonRecords {
  const root = tokens[0];
  const at = root ?? { line: 1, column: 1, offset: 0 };
  const page = new Map<string, Token[]>();
  const entries: Entry[] = [];
  let list: Token | null = null;
  for (const token of tokens.slice(1)) {
    if (token.kind === 'record') {
      entries.push({ token, values: new Map() });
    } else if (entries.length > 0) {
      addValue((entries[entries.length - 1] as Entry).values, token);
    } else if (token.kind === 'group' && token.text === 'array' && JSON_RECORD_LISTS.some((known) => known.key === token.key)) {
      list = token;
    } else {
      addValue(page, token);
    }
  }
  const listKey = root?.text === 'array' ? '' : list?.key;
  const shape = JSON_RECORD_LISTS.find((known) => known.key === listKey);
  if (shape === undefined || !(entries.length === 0 || entries.some(isPaperLike))) {
    const got = root?.text === 'array' ? describeList(entries) : describeObject([...page.keys(), ...(list === null ? [] : [list.key ?? ''])]);
    return {
      format: 'api-json',
      pageDate: null,
      records: [],
      diagnostics: [makeDiagnostic('invalid-json-shape', `Expected ${EXPECTED_SHAPES}, got ${got}`, at)],
    };
  }
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  entries.forEach((entry, index) => {
    const record = readRecord(entry, shape.format);
    if (record !== null) records.push(record);
    else {
      const message = `Entry ${index + 1} of the list is ${describeEntry(entry.token.text)}, not a paper with a title; it is skipped`;
      diagnostics.push(makeDiagnostic('invalid-json-record', message, entry.token));
    }
  });
  const date = page.get('date')?.find((token) => token.kind === 'field' && token.text.trim() !== '') ?? null;
  return { format: shape.format, pageDate: date === null ? null : fieldOf(date), records, diagnostics };
}

function addValue(values: Map<string, Token[]>, token: Token): void {
  const key = token.key ?? '';
  const found = values.get(key);
  if (found === undefined) values.set(key, [token]);
  else found.push(token);
}

/** Read one entry into a raw record; null when it is no object with a title. */
function readRecord(entry: Entry, format: JsonFormat): RawRecord | null {
  const { values } = entry;
  const wrapped = values.get('paper')?.some((token) => token.kind === 'group' && token.text === 'object') ?? false;
  /** The key as it stands in this record: `paper.` keys read the record itself when it has no `paper` object. */
  const resolve = (key: string): string => (wrapped || !key.startsWith('paper.') ? key : key.slice('paper.'.length));
  /** The first non-blank scalar among the keys. */
  const scalar = (keys: readonly string[]): Token | null => {
    for (const key of keys) {
      const found = values.get(resolve(key))?.find((token) => token.kind === 'field' && token.text.trim() !== '');
      if (found !== undefined) return found;
    }
    return null;
  };
  const field = (keys: readonly string[]): RawField | null => {
    const token = scalar(keys);
    return token === null ? null : fieldOf(token);
  };
  const title = field(JSON_RECORD_KEYS.title);
  if (entry.token.text !== 'object' || title === null) return null;

  const authorsKey = resolve(JSON_RECORD_KEYS.authors[0]);
  const authorList = values.get(authorsKey)?.find((token) => token.kind === 'group' && token.text === 'array');
  const authors =
    authorList === undefined ? null : { ...fieldOf(authorList), text: `${values.get(`${authorsKey}[]`)?.length ?? 0} authors` };
  // Names as `{ "name": ... }` objects (the papers API) or as strings (scraper JSON).
  const nameTokens = values.get(`${authorsKey}[].name`) ?? values.get(`${authorsKey}[]`) ?? [];
  const authorNames = authorList === undefined ? null : nameTokens.filter((token) => token.kind === 'field').map(fieldOf);
  const links: string[] = [];
  for (const key of JSON_RECORD_KEYS.links) {
    const link = scalar([key])?.text.trim();
    if (link !== undefined && !links.includes(link)) links.push(link);
  }
  let arxivId = scalar(JSON_RECORD_KEYS.arxivId)?.text.trim() ?? null;
  for (const key of JSON_RECORD_KEYS.paperUrls) {
    const url = scalar([key]);
    arxivId ??= url === null ? null : parsePaperIdInUrl(url.text);
  }
  return {
    format,
    title,
    abstract: field(JSON_RECORD_KEYS.abstract),
    aiSummary: field(JSON_RECORD_KEYS.aiSummary),
    authors,
    authorNames,
    organization: readOrganization(scalar(JSON_RECORD_KEYS.organizationName), scalar(JSON_RECORD_KEYS.organizationHandle)),
    date: field(JSON_RECORD_KEYS.date),
    comments: field(JSON_RECORD_KEYS.comments),
    upvotes: field(JSON_RECORD_KEYS.upvotes),
    githubStars: field(JSON_RECORD_KEYS.githubStars),
    arxivId,
    links,
    startLine: entry.token.line,
    endLine: entry.token.endLine ?? entry.token.line,
  };
}

/** An organization (`{name, fullname}`): its display name as text, its `name` as handle. */
function readOrganization(name: Token | null, handle: Token | null): RawOrganization | null {
  return name === null ? null : { ...fieldOf(name), handle: handle?.text ?? null };
}

function fieldOf(token: Token): RawField {
  return { text: token.text, line: token.line, column: token.column, offset: token.offset };
}

/** An entry looks like a paper: an object with a `paper` object or a `title`. */
function isPaperLike(entry: Entry): boolean {
  if (entry.token.text !== 'object') return false;
  return entry.values.get('paper')?.some((token) => token.text === 'object') === true || entry.values.has('title');
}

/** Name what kind of JSON value an entry is, for a message. */
function describeEntry(kind: string): string {
  if (kind === 'null') return 'null';
  if (kind === 'array') return 'a list';
  if (kind === 'object') return 'an object';
  return `a ${kind}`;
}

/** Say what a list of no known shape holds, for the `invalid-json-shape` message. */
function describeList(entries: readonly Entry[]): string {
  const kinds = new Set<string>();
  for (const { token } of entries) {
    if (token.text === 'array') kinds.add('list');
    else if (token.text === 'object') kinds.add('object without `paper` or `title`');
    else kinds.add(token.text);
  }
  const count = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`;
  const holdsObjects = entries.some((entry) => entry.values.get('')?.[0]?.text.trimStart().startsWith('{') === true);
  if (kinds.size === 1 && kinds.has('string') && holdsObjects) {
    return `a list of ${count} that are strings holding objects (Python-repr strings?), not JSON objects`;
  }
  return `a list of ${count} (${[...kinds].join(', ')})`;
}

/** Say what an object of no known shape holds, for the `invalid-json-shape` message. */
function describeObject(keys: readonly string[]): string {
  if (keys.length === 0) return 'an empty object';
  const named = keys.slice(0, 6).map((key) => JSON.stringify(key)).join(', ');
  return `an object with the keys ${named}${keys.length > 6 ? ', ...' : ''}`;
}
