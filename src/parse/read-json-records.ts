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

/** One entry of the document's list: its `record` token, the values inside it that are read (by key), and where its tokens stand. */
interface Entry {
  token: Token;
  values: Map<string, Token[]>;
  /** The index of its `record` token among the document's tokens, and of the token after its last. */
  from: number;
  to: number;
}

/** A part's names, each joined to every scope (`JSON_PAPER_SCOPES`) once: `keys[name][scope]`. */
type ScopedKeys = readonly (readonly string[])[];

/** Join each name to every scope, in order. */
function inScopes(names: readonly string[]): ScopedKeys {
  return names.map((name) => JSON_PAPER_SCOPES.map((scope) => scope + name));
}

/** Every part's keys in every scope, and those of the paper evidence, joined once. */
const PART_KEYS = Object.fromEntries(Object.entries(JSON_PAPER_KEYS).map(([part, names]) => [part, inScopes(names)])) as Record<
  keyof typeof JSON_PAPER_KEYS,
  ScopedKeys
>;
const EVIDENCE_KEYS = inScopes(JSON_PAPER_EVIDENCE);

/** Where an authors list may stand, in the order tried: the list, its items, and its items' `name`. */
const AUTHOR_KEYS = JSON_PAPER_SCOPES.flatMap((scope) =>
  JSON_PAPER_KEYS.authors.map((name) => ({ list: scope + name, items: `${scope}${name}[]`, names: `${scope}${name}[].name` })),
);

/** Where the link lists may stand: every link name in every scope. */
const LINK_KEYS = JSON_PAPER_KEYS.links.flatMap((name) => JSON_PAPER_SCOPES.map((scope) => scope + name));

/** The member that holds each scope: `paper`, `''` (the record itself), `details`. */
const SCOPE_OBJECTS = JSON_PAPER_SCOPES.map((scope) => scope.slice(0, -1));

/** Every key an entry's values are read under: the others are never looked at, so they are not kept. */
const READ_KEYS: ReadonlySet<string> = new Set([
  '',
  ...SCOPE_OBJECTS,
  ...Object.values(PART_KEYS).flat(2),
  ...EVIDENCE_KEYS.flat(),
  ...AUTHOR_KEYS.flatMap((keys) => [keys.list, keys.items, keys.names]),
  ...LINK_KEYS,
]);

/** The scalars of an entry: the first non-blank one under a part's names, each name tried in every scope the entry has. */
class ScalarReader {
  /** For each scope of `JSON_PAPER_SCOPES`, whether the entry has it (the record itself always). */
  private readonly present: boolean[];

  constructor(private readonly values: Map<string, Token[]>) {
    this.present = [];
    for (const scope of SCOPE_OBJECTS) this.present.push(scope === '' || hasObject(values, scope));
  }

  /** The first non-blank scalar under any of the names. */
  read(keys: ScopedKeys): Token | null {
    for (const byScope of keys) {
      const found = this.readName(byScope);
      if (found !== null) return found;
    }
    return null;
  }

  /** The first non-blank scalar under one name, in the scopes the entry has. */
  readName(byScope: readonly string[]): Token | null {
    for (let scope = 0; scope < byScope.length; scope += 1) {
      if (this.present[scope] !== true) continue;
      for (const token of this.values.get(byScope[scope] as string) ?? []) {
        if (token.kind === 'field' && token.text.trim() !== '') return token;
      }
    }
    return null;
  }
}

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
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const entry = entries[entries.length - 1];
    if (token.kind === 'record') {
      if (entry !== undefined) entry.to = index;
      entries.push({ token, values: new Map(), from: index, to: tokens.length });
    } else if (entry !== undefined) {
      if (READ_KEYS.has(token.key ?? '')) addValue(entry.values, token);
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
  const read = entries.map(readPaper);
  const papers = entries.filter((_entry, index) => read[index] !== null);
  if (entries.length > 0 && papers.length === 0) {
    const got = single ? describeObject(entries[0] as Entry, tokens) : describeList(entries, lines, tokens);
    const message = `No family claims this input: it is ${got} (${PAPER_NEEDS}); no record is made`;
    return { format: null, pageDate: null, records: [], diagnostics: [...diagnostics, makeDiagnostic('unknown-format', message, at)] };
  }
  const apiRecords = papers.filter((entry) => hasObject(entry.values, 'paper')).length;
  const format: JsonFormat = !lines && apiRecords * 2 > papers.length ? 'api-json' : listFormat;
  const records: RawRecord[] = [];
  entries.forEach((entry, index) => {
    const paper = read[index];
    if (paper !== null && paper !== undefined) {
      paper.format = format;
      records.push(paper);
    } else if (entry.token.text !== 'invalid') {
      const where = lines ? `Line ${entry.token.line}` : `Entry ${index + 1} of the list`;
      const message = `${where} is ${describeEntry(entry, tokens)}, not a paper (${PAPER_NEEDS}); it is skipped`;
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
  for (const token of values.get(key) ?? []) if (token.kind === 'group' && token.text === 'object') return true;
  return false;
}

/** An entry's list of authors: the list, how many items it has, and the names shown (strings, or objects' `name`). */
interface AuthorList {
  list: Token;
  count: number;
  names: Token[];
}

/** The authors of an entry: its first `authors` array, of strings or of objects with a `name`; null when it has none. */
function readAuthors(values: Map<string, Token[]>): AuthorList | null {
  for (const keys of AUTHOR_KEYS) {
    const list = values.get(keys.list)?.find((token) => token.kind === 'group' && token.text === 'array');
    if (list === undefined) continue;
    const items = values.get(keys.items) ?? [];
    const named = values.get(keys.names);
    // Strings are the items themselves; objects give their `name`, which stand after them.
    const names = (named === undefined ? items : [...items, ...named].sort((first, second) => first.offset - second.offset)).filter(
      (token) => token.kind === 'field' && token.text.trim() !== '',
    );
    return { list, count: items.length, names };
  }
  return null;
}

/** The arXiv id an entry names: an id value that reads as one, else the id in a link to the paper. */
function readArxivId(scalars: ScalarReader): string | null {
  for (const byScope of PART_KEYS.arxivId) {
    const value = scalars.readName(byScope);
    const id = value === null ? null : (parseArxivId(value.text) ?? parsePaperIdInUrl(value.text));
    if (id !== null) return id;
  }
  for (const byScope of PART_KEYS.paperUrls) {
    const url = scalars.readName(byScope);
    const id = url === null ? null : parsePaperIdInUrl(url.text);
    if (id !== null) return id;
  }
  return null;
}

/**
 * Read an entry into a raw record when it is a paper: an object with a title and a second part
 * (an abstract or summary, an arXiv id or paper link, or authors); null when it is none.
 */
function readPaper(entry: Entry): RawRecord | null {
  if (entry.token.text !== 'object') return null;
  const { values } = entry;
  const scalars = new ScalarReader(values);
  const title = scalars.read(PART_KEYS.title);
  if (title === null) return null;
  const abstract = scalars.read(PART_KEYS.abstract);
  const evidence = abstract !== null && scalars.read(EVIDENCE_KEYS) !== null;
  const arxivId = readArxivId(scalars);
  const authors = readAuthors(values);
  if (!evidence && arxivId === null && (authors?.names.length ?? 0) === 0) return null;
  const field = (keys: ScopedKeys): RawField | null => {
    const token = scalars.read(keys);
    return token === null ? null : fieldOf(token);
  };
  const links: string[] = [];
  for (const key of LINK_KEYS) {
    for (const token of values.get(key) ?? []) {
      const link = token.kind === 'field' ? token.text.trim() : '';
      if (link !== '' && !links.includes(link)) links.push(link);
    }
  }
  return {
    // The family is known once every entry is read: it is set then.
    format: 'paper-json',
    title: fieldOf(title),
    abstract: abstract === null ? null : fieldOf(abstract),
    aiSummary: field(PART_KEYS.aiSummary),
    authors: authors === null ? null : { ...fieldOf(authors.list), text: `${authors.count} authors` },
    authorNames: authors === null ? null : authors.names.map(fieldOf),
    organization: readOrganization(scalars.read(PART_KEYS.organizationName), scalars.read(PART_KEYS.organizationHandle)),
    date: field(PART_KEYS.date),
    comments: field(PART_KEYS.comments),
    upvotes: field(PART_KEYS.upvotes),
    // A star count is a GitHub link's: without one (a scraper's `stars: "0"` for every paper) it is none.
    githubStars: links.some(parseGithubUrl) ? field(PART_KEYS.githubStars) : null,
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

/** Name what kind of JSON value an entry is, for a message. */
function describeEntry(entry: Entry, tokens: readonly Token[]): string {
  const kind = entry.token.text;
  if (kind === 'null') return 'null';
  if (kind === 'array') return 'a list';
  if (kind === 'object') return `an object with ${describeKeys(entryKeys(entry, tokens))}`;
  return `a ${kind}`;
}

/** The top-level keys of an entry, in the order first seen. */
function entryKeys(entry: Entry, tokens: readonly Token[]): string[] {
  const keys = new Set<string>();
  for (let index = entry.from + 1; index < entry.to; index += 1) {
    const key = (tokens[index] as Token).key ?? '';
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
function describeList(entries: readonly Entry[], lines: boolean, tokens: readonly Token[]): string {
  const container = lines ? `JSON Lines of ${plural(entries.length, 'line')}` : `a JSON list of ${plural(entries.length, 'entry')}`;
  const kinds = new Set(entries.map((entry) => entry.token.text));
  if (kinds.size === 1 && kinds.has('object')) {
    const keys = new Set<string>();
    for (const entry of entries.slice(0, 100)) for (const key of entryKeys(entry, tokens)) keys.add(key);
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
function describeObject(entry: Entry, tokens: readonly Token[]): string {
  const keys = entryKeys(entry, tokens);
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
