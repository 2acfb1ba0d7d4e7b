import { makeDiagnostic } from '../diagnostic.js';
import type { Diagnostic, Format, RawField, RawOrganization, RawRecord, Token } from '../schema.js';
import { parseArxivId, parseGithubUrl, parsePaperIdInUrl } from '../text/link-patterns.js';
import { JSON_PAPER_EVIDENCE, JSON_PAPER_KEYS, JSON_PAPER_SCOPES, JSON_RECORD_LISTS } from './json-record-keys.js';

/** The JSON families. Data only. */
export const JSON_FAMILIES = ['api-json', 'scraper-json', 'paper-json', 'json-lines'] as const;

/** A JSON family. */
export type JsonFormat = (typeof JSON_FAMILIES)[number];

/**
 * Tell whether a family reads JSON.
 *
 * @param format - A family.
 * @returns True for the JSON families.
 * @example
 * isJsonFormat('json-lines')
 * //=> true
 */
export function isJsonFormat(format: Format): format is JsonFormat {
  return (JSON_FAMILIES as readonly Format[]).includes(format);
}

/** What the records of a JSON document give: its family (null when it holds no papers), the page date, the raw records and what went wrong. */
export interface JsonRecords {
  format: JsonFormat | null;
  pageDate: RawField | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** One entry of the document's list: its `record` token and the values inside it, by key. */
interface Entry {
  token: Token;
  values: Map<string, Token[]>;
}

/** The first non-blank scalar of an entry under a part's names, each read in every scope. */
type ScalarReader = (names: readonly string[]) => Token | null;

/** What a paper needs, for messages. */
const PAPER_NEEDS = 'a paper is an object with a title and an abstract, an arXiv id or paper link, or authors';

/**
 * Read the tokens of a JSON document (`tokenizeJson`, `tokenizeJsonLines`) as papers: each
 * entry of its list of records (the root array, the `data`, `papers`, `items` or `results`
 * array of a root object, each line of JSON Lines, or else the root object itself) whose object
 * is a paper gives a raw record, each field at the value it was read from (`JSON_PAPER_KEYS`
 * says under which names, `JSON_PAPER_SCOPES` in which objects). An object is a paper only with
 * a title and evidence: an abstract or summary, an arXiv id or a link to the paper, or authors.
 * The family is `api-json` when most papers are papers API records (`{paper: {...}}`),
 * `scraper-json` for a `papers` list, `json-lines` for JSON Lines (and for one paper object
 * written on one line), else `paper-json`. A document that holds entries but no paper gives no
 * family, no records and one `unknown-format` error that says what it holds; in one that does,
 * an entry that is no paper is skipped with a warning, and a line of JSON Lines that is not JSON
 * with an error (docs/families.md#json-families).
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
  const lines = root?.text === 'lines';
  const single = root?.text === 'object' && list === null;
  const listFormat = lines ? 'json-lines' : single ? singleFormat(entries[0]) : listFamily(root?.text === 'array' ? '' : (list?.key ?? ''));
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    if (entry.token.text === 'invalid') {
      diagnostics.push(makeDiagnostic('invalid-json-line', `Line ${entry.token.line} is not valid JSON; it is skipped, and the other lines are read`, entry.token));
    }
  }
  const paperFlags = entries.map(isPaper);
  const papers = entries.filter((_entry, index) => paperFlags[index]);
  if (entries.length > 0 && papers.length === 0) {
    const got = single ? describeObject(entries[0] as Entry) : describeList(entries, lines);
    const message = `No family claims this input: it is ${got} (${PAPER_NEEDS}); no record is made`;
    return { format: null, pageDate: null, records: [], diagnostics: [...diagnostics, makeDiagnostic('unknown-format', message, at)] };
  }
  const apiRecords = papers.filter((entry) => hasObject(entry.values, 'paper')).length;
  const format: JsonFormat = !lines && apiRecords * 2 > papers.length ? 'api-json' : listFormat;
  const records: RawRecord[] = [];
  entries.forEach((entry, index) => {
    if (paperFlags[index] === true) {
      records.push(readRecord(entry, format));
    } else if (entry.token.text !== 'invalid') {
      const where = lines ? `Line ${entry.token.line}` : `Entry ${index + 1} of the list`;
      const message = `${where} is ${describeEntry(entry)}, not a paper (${PAPER_NEEDS}); it is skipped`;
      diagnostics.push(makeDiagnostic('invalid-json-record', message, entry.token));
    }
  });
  const date = page.get('date')?.find((token) => token.kind === 'field' && token.text.trim() !== '') ?? null;
  return { format, pageDate: date === null ? null : fieldOf(date), records, diagnostics };
}

/** The family of a list of paper objects, by the member that holds it (`''`: the root). */
function listFamily(key: string): JsonFormat {
  return JSON_RECORD_LISTS.find((known) => known.key === key)?.format ?? 'paper-json';
}

/** The family of one paper object at the root: JSON Lines of one line when it is written on one line. */
function singleFormat(entry: Entry | undefined): JsonFormat {
  return entry !== undefined && entry.token.line === entry.token.endLine ? 'json-lines' : 'paper-json';
}

function addValue(values: Map<string, Token[]>, token: Token): void {
  const key = token.key ?? '';
  const found = values.get(key);
  if (found === undefined) values.set(key, [token]);
  else found.push(token);
}

/** Whether a key names an object of the entry. */
function hasObject(values: Map<string, Token[]>, key: string): boolean {
  return values.get(key)?.some((token) => token.kind === 'group' && token.text === 'object') === true;
}

/** The reader of an entry's scalars: each name is tried in every scope the entry has, before the next name. */
function scalarReader(values: Map<string, Token[]>): ScalarReader {
  const scopes = JSON_PAPER_SCOPES.filter((scope) => scope === '' || hasObject(values, scope.slice(0, -1)));
  return (names) => {
    for (const name of names) {
      for (const scope of scopes) {
        const found = values.get(scope + name)?.find((token) => token.kind === 'field' && token.text.trim() !== '');
        if (found !== undefined) return found;
      }
    }
    return null;
  };
}

/** An entry's list of authors: the list, how many items it has, and the names shown (strings, or objects' `name`). */
interface AuthorList {
  list: Token;
  count: number;
  names: Token[];
}

/** The authors of an entry: its first `authors` array, of strings or of objects with a `name`; null when it has none. */
function readAuthors(values: Map<string, Token[]>): AuthorList | null {
  for (const scope of JSON_PAPER_SCOPES) {
    for (const name of JSON_PAPER_KEYS.authors) {
      const key = scope + name;
      const list = values.get(key)?.find((token) => token.kind === 'group' && token.text === 'array');
      if (list === undefined) continue;
      const names = [...(values.get(`${key}[]`) ?? []), ...(values.get(`${key}[].name`) ?? [])]
        .filter((token) => token.kind === 'field' && token.text.trim() !== '')
        .sort((first, second) => first.offset - second.offset);
      return { list, count: values.get(`${key}[]`)?.length ?? 0, names };
    }
  }
  return null;
}

/** The arXiv id an entry names: an id value that reads as one, else the id in a link to the paper. */
function readArxivId(scalar: ScalarReader): string | null {
  for (const name of JSON_PAPER_KEYS.arxivId) {
    const value = scalar([name]);
    const id = value === null ? null : (parseArxivId(value.text) ?? parsePaperIdInUrl(value.text));
    if (id !== null) return id;
  }
  for (const name of JSON_PAPER_KEYS.paperUrls) {
    const url = scalar([name]);
    const id = url === null ? null : parsePaperIdInUrl(url.text);
    if (id !== null) return id;
  }
  return null;
}

/** An entry is a paper: an object with a title and a second part (an abstract or summary, an arXiv id or paper link, or authors). */
function isPaper(entry: Entry): boolean {
  if (entry.token.text !== 'object') return false;
  const scalar = scalarReader(entry.values);
  if (scalar(JSON_PAPER_KEYS.title) === null) return false;
  return scalar(JSON_PAPER_EVIDENCE) !== null || readArxivId(scalar) !== null || (readAuthors(entry.values)?.names.length ?? 0) > 0;
}

/** Read one paper entry into a raw record. */
function readRecord(entry: Entry, format: JsonFormat): RawRecord {
  const { values } = entry;
  const scalar = scalarReader(values);
  const field = (names: readonly string[]): RawField | null => {
    const token = scalar(names);
    return token === null ? null : fieldOf(token);
  };
  const authors = readAuthors(values);
  const links: string[] = [];
  for (const name of JSON_PAPER_KEYS.links) {
    for (const scope of JSON_PAPER_SCOPES) {
      for (const token of values.get(scope + name) ?? []) {
        const link = token.kind === 'field' ? token.text.trim() : '';
        if (link !== '' && !links.includes(link)) links.push(link);
      }
    }
  }
  return {
    format,
    title: field(JSON_PAPER_KEYS.title) as RawField,
    abstract: field(JSON_PAPER_KEYS.abstract),
    aiSummary: field(JSON_PAPER_KEYS.aiSummary),
    authors: authors === null ? null : { ...fieldOf(authors.list), text: `${authors.count} authors` },
    authorNames: authors === null ? null : authors.names.map(fieldOf),
    organization: readOrganization(scalar(JSON_PAPER_KEYS.organizationName), scalar(JSON_PAPER_KEYS.organizationHandle)),
    date: field(JSON_PAPER_KEYS.date),
    comments: field(JSON_PAPER_KEYS.comments),
    upvotes: field(JSON_PAPER_KEYS.upvotes),
    // A star count is a GitHub link's: without one (a scraper's `stars: "0"` for every paper) it is none.
    githubStars: links.some(parseGithubUrl) ? field(JSON_PAPER_KEYS.githubStars) : null,
    arxivId: readArxivId(scalar),
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

/** Name what kind of JSON value an entry is, for a message. */
function describeEntry(entry: Entry): string {
  const kind = entry.token.text;
  if (kind === 'null') return 'null';
  if (kind === 'array') return 'a list';
  if (kind === 'object') return `an object with ${describeKeys(entryKeys(entry))}`;
  return `a ${kind}`;
}

/** The top-level keys of an entry, in the order first seen. */
function entryKeys(entry: Entry): string[] {
  const keys = new Set<string>();
  for (const key of entry.values.keys()) {
    const top = key.slice(0, firstIndexOf(key, ['.', '[']));
    if (top !== '') keys.add(top);
  }
  return [...keys];
}

/** The first index of any of the characters in a text, or its length. */
function firstIndexOf(text: string, characters: readonly string[]): number {
  let first = text.length;
  for (const character of characters) {
    const index = text.indexOf(character);
    if (index !== -1 && index < first) first = index;
  }
  return first;
}

/** Say what a list that holds no paper holds, for the `unknown-format` message. */
function describeList(entries: readonly Entry[], lines: boolean): string {
  const container = lines ? `JSON Lines of ${plural(entries.length, 'line')}` : `a JSON list of ${plural(entries.length, 'entry')}`;
  const kinds = new Set(entries.map((entry) => entry.token.text));
  if (kinds.size === 1 && kinds.has('object')) {
    const keys = new Set<string>();
    for (const entry of entries.slice(0, 100)) for (const key of entryKeys(entry)) keys.add(key);
    return `${container}, objects with ${describeKeys([...keys])}, and none of them is a paper`;
  }
  const holdsObjects = entries.some((entry) => entry.values.get('')?.[0]?.text.trimStart().startsWith('{') === true);
  if (kinds.size === 1 && kinds.has('string') && holdsObjects) {
    return `${container} that are strings holding objects (Python-repr strings?), not JSON objects`;
  }
  const named = [...kinds].map((kind) => (kind === 'invalid' ? 'lines that are not JSON' : kind));
  return `${container} (${named.join(', ')}), and none of them is a paper`;
}

/** Say what a root object that is no paper holds, for the `unknown-format` message. */
function describeObject(entry: Entry): string {
  const keys = entryKeys(entry);
  return keys.length === 0 ? 'an empty JSON object' : `a JSON object with ${describeKeys(keys)} and no list of papers, and it is no paper itself`;
}

/** A count and a noun, in the plural unless it is one. */
function plural(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  return `${count} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

/** Name at most six keys. */
function describeKeys(keys: readonly string[]): string {
  if (keys.length === 0) return 'no keys';
  const named = keys.slice(0, 6).map((key) => JSON.stringify(key)).join(', ');
  return `the keys ${named}${keys.length > 6 ? ', ...' : ''}`;
}
