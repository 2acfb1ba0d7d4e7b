import { makeDiagnostic } from '../diagnostic.js';
import type { Diagnostic, RawField, RawRecord, Token } from '../schema.js';
import { SITE_OR_ARXIV_URL, parsePaperIdInUrl } from '../text/link-patterns.js';
import { XML_NOTE_KEYS } from '../tokenize/tokenize-xml.js';
import { parseAuthorName, parseHiddenPaperId } from './feed-patterns.js';
import {
  ATOM_NAMESPACE,
  ATOM_ROOT,
  FEED_LABEL_LENGTH,
  FEED_LABELS,
  FEED_PAGE_KEYS,
  FEED_RECORD_KEYS,
  RSS_ROOTS,
  type FeedLabelPart,
} from './feed-record-keys.js';

/** What the records of an XML document give: the family (null when no family claims it), the raw records and what went wrong. */
export interface FeedRecords {
  format: 'feed' | null;
  pageDate: null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** One item or entry: its `record` token, its tokens in order, and its values by key. */
interface FeedEntry {
  token: Token;
  tokens: Token[];
  values: Map<string, Token[]>;
}

/** A paragraph of an item's HTML: its text tokens, in order. */
type Block = Token[];

/** What an item's HTML fields give: labelled parts, the unlabelled text of each field, image and link URLs. */
interface ItemHtml {
  labelled: Map<FeedLabelPart, RawField>;
  unlabelled: Map<string, RawField>;
  images: string[];
  anchors: string[];
}

/** An item read: its raw record when it is a paper with a title, its paper id and title either way. */
interface ReadItem {
  record: RawRecord | null;
  paperId: string | null;
  title: RawField | null;
}

/** Options of `readFeedRecords`. */
export interface FeedReadOptions {
  /** The `feed` family was asked for: a feed is read whatever site it is of. */
  forced?: boolean;
}

/**
 * Read the tokens of an XML document (`tokenizeXml`) as an RSS 2.0, RSS 1.0 or Atom feed of
 * paper pages. Each item or entry that names a paper (a Hugging Face paper link, an arXiv link
 * or id, an id in a Hugging Face thumbnail) and has a title gives a raw record: its title, its
 * date (`published`, `pubDate`, `updated`), and what its HTML says in labelled paragraphs
 * (`Authors:`, `Upvotes:`, `Summary:`, which is the abstract; an AI summary's label gives
 * `aiSummary`), else the abstract as the feed's `summary` or the description's text; authors
 * from the label, or the feed's `author` and `dc:creator`. A feed none of whose items names a
 * paper, and whose own link is no Hugging Face or arXiv page, is a feed of another site, and
 * XML that is no feed is of another kind: both give one `unknown-format` error, no records and a
 * null family. An input cut off inside an item keeps that item when it shows a title and a
 * paper (`truncated-card`); XML that is not well-formed is read as far as the parser recovers,
 * with an `invalid-xml` warning (docs/families.md#feed).
 *
 * @param tokens - Tokens of an XML document.
 * @param options - `forced`: the family was asked for, so a feed of any site is read.
 * @returns The family, the records and the diagnostics.
 * @example
 * readFeedRecords(tokenizeXml('<rss><channel><item><title>A Title</title><link>https://arxiv.org/abs/2605.04077</link></item></channel></rss>') ?? []).records[0].arxivId
 * //=> '2605.04077'
 */
export function readFeedRecords(tokens: readonly Token[], options: FeedReadOptions = {}): FeedRecords {
  const at = tokens[0] ?? { line: 1, column: 1, offset: 0 };
  const notes = new Map<string, Token>();
  const page = new Map<string, Token[]>();
  const entries: FeedEntry[] = [];
  let rootPath = '';
  for (const token of tokens.slice(1)) {
    const key = token.key ?? '';
    if (key.startsWith('!')) {
      if (!notes.has(key)) notes.set(key, token);
      if (key === XML_NOTE_KEYS.root) rootPath = token.text;
    } else if (token.kind === 'record') {
      entries.push({ token, tokens: [], values: new Map() });
    } else if (entries.length === 0 || isPagePath(key, rootPath)) {
      addValue(page, token);
    } else {
      const entry = entries[entries.length - 1] as FeedEntry;
      entry.tokens.push(token);
      addValue(entry.values, token);
    }
  }
  const diagnostics = xmlDiagnostics(notes);
  const root = notes.get(XML_NOTE_KEYS.root) ?? at;
  const isFeed = RSS_ROOTS.has(rootPath) || (rootPath === ATOM_ROOT && first(page, ['feed@xmlns'])?.text.trim() === ATOM_NAMESPACE);
  if (!isFeed) {
    const kind = rootPath === '' ? 'an XML document without a root element' : `an XML document of another kind (its root element is <${rootPath}>)`;
    if (options.forced === true) {
      const message = `The input is ${kind}, not an RSS or Atom feed, so the feed family cannot read it; no record is made`;
      return { format: 'feed', pageDate: null, records: [], diagnostics: [...diagnostics, makeDiagnostic('format-mismatch', message, root)] };
    }
    const message = `The input looks like ${kind}, not an RSS or Atom feed of paper pages; no record is made`;
    return { format: null, pageDate: null, records: [], diagnostics: [...diagnostics, makeDiagnostic('unknown-format', message, root)] };
  }

  const items = entries.map(readItem);
  const selfLink = first(page, FEED_PAGE_KEYS.link)?.text.trim() ?? '';
  const claimed = options.forced === true || items.some((item) => item.paperId !== null) || SITE_OR_ARXIV_URL.test(selfLink);
  if (!claimed) {
    const named = [first(page, FEED_PAGE_KEYS.title)?.text.trim(), selfLink].filter((part) => part !== undefined && part !== '');
    const site = named.length === 0 ? '' : ` (${named.map((part, index) => (index === 0 && named.length === 2 ? `"${shorten(part as string)}"` : part)).join(', ')})`;
    const [one, many] = rootPath === ATOM_ROOT ? ['entry', 'entries'] : ['item', 'items'];
    const why =
      entries.length === 0
        ? `it has no ${many}, and its own link is no Hugging Face or arXiv page`
        : entries.length === 1
          ? `its one ${one} links no Hugging Face or arXiv paper`
          : `none of its ${entries.length} ${many} links a Hugging Face or arXiv paper`;
    const message = `The input looks like an XML feed of another site${site}: ${why}; no record is made`;
    return { format: null, pageDate: null, records: [], diagnostics: [...diagnostics, makeDiagnostic('unknown-format', message, root)] };
  }

  const records: RawRecord[] = [];
  const unclosed = notes.get(XML_NOTE_KEYS.unclosed);
  const last = entries[entries.length - 1];
  const cutEntry = unclosed !== undefined && last !== undefined && isInside(unclosed.text, last.token.key ?? '') ? last : null;
  items.forEach((item, index) => {
    const entry = entries[index] as FeedEntry;
    const name = entry.token.text;
    const cut = entry === cutEntry;
    if (item.record !== null) {
      records.push(item.record);
      const title = shorten(item.title?.text.trim() ?? '');
      if (cut) {
        const inside = (unclosed as Token).text.split('.').pop() as string;
        diagnostics.push(makeDiagnostic('truncated-card', `The ${name} "${title}" is cut off by the end of the input (inside <${inside}>); its record keeps what it has`, entry.token));
      } else if (item.record.abstract === null && item.record.aiSummary === null) {
        diagnostics.push(makeDiagnostic('missing-abstract', `The card "${title}" has no abstract`, item.title ?? entry.token));
      }
    } else if (cut) {
      const message = `The input ends inside an <${name}>, before it shows a title and a paper link; no record is made of it`;
      diagnostics.push(makeDiagnostic('invalid-xml', message, entry.token));
    } else if (item.paperId === null) {
      const title = item.title === null ? `An <${name}> without a title` : `The ${name} "${shorten(item.title.text.trim())}"`;
      diagnostics.push(makeDiagnostic('non-paper-item', `${title} names no Hugging Face or arXiv paper; it is skipped`, entry.token));
    } else {
      const message = `An <${name}> of the paper ${item.paperId} has no title; no record is made for it`;
      diagnostics.push(makeDiagnostic('missing-title', message, entry.token));
    }
  });
  if (unclosed !== undefined && cutEntry === null) {
    const message = `The input ends inside <${unclosed.text.split('.').pop() as string}>: the feed is cut off after its last complete ${last?.token.text ?? 'item'}`;
    diagnostics.push(makeDiagnostic('invalid-xml', message, unclosed));
  }
  return { format: 'feed', pageDate: null, records, diagnostics };
}

/** A page token's key is a path from the root (`rss.channel.title`, `feed@xmlns`); a record's keys are paths from the record. */
function isPagePath(key: string, root: string): boolean {
  return root !== '' && (key === root || key.startsWith(`${root}.`) || key.startsWith(`${root}@`));
}

/** The open element path `path` is the element at `element` or inside it. */
function isInside(path: string, element: string): boolean {
  return path === element || path.startsWith(`${element}.`);
}

/** The diagnostics of the notes on the document: its first fault, and what a DOCTYPE's entities mean for it. */
function xmlDiagnostics(notes: ReadonlyMap<string, Token>): Diagnostic[] {
  const fault = notes.get(XML_NOTE_KEYS.fault);
  if (fault === undefined) return [];
  const count = Number(notes.get(XML_NOTE_KEYS.faults)?.text ?? '1');
  const more = count > 1 ? ` (and ${count - 1} more ${count === 2 ? 'fault' : 'faults'} after it)` : '';
  const declaresEntities = notes.get(XML_NOTE_KEYS.doctype)?.text.includes('<!ENTITY') === true;
  const entities = declaresEntities
    ? '; entities that a DOCTYPE declares are never expanded, and nothing is fetched, so each reference stays as written'
    : '';
  const message = `The XML is not well-formed here (${fault.text})${more}${entities}; the document is read on past it`;
  return [makeDiagnostic('invalid-xml', message, fault)];
}

/** Read one item or entry. */
function readItem(entry: FeedEntry): ReadItem {
  const html = readItemHtml(entry);
  const title = textField(entry, FEED_RECORD_KEYS.title);
  let paperId: string | null = null;
  for (const key of FEED_RECORD_KEYS.paperUrls) {
    for (const token of entry.values.get(key) ?? []) paperId ??= paperIdIn(token.text);
  }
  for (const url of html.images) paperId ??= paperIdIn(url);
  // A link inside the HTML names the item's paper only in a paper card (labelled paragraphs), not in a post that cites one.
  if (html.labelled.size > 0) for (const url of html.anchors) paperId ??= paperIdIn(url);
  if (paperId === null || title === null) return { record: null, paperId, title };

  let abstract = html.labelled.get('abstract') ?? null;
  for (const key of FEED_RECORD_KEYS.abstract) abstract ??= html.unlabelled.get(key) ?? plainField(entry, key);
  const names = html.labelled.has('authors') ? splitNames(html.labelled.get('authors') as RawField) : authorNames(entry);
  const record: RawRecord = {
    format: 'feed',
    title,
    abstract,
    aiSummary: html.labelled.get('aiSummary') ?? null,
    authors: names === null ? null : { ...(names[0] as RawField), text: `${names.length} authors` },
    authorNames: names,
    organization: null,
    date: fieldOf(first(entry.values, FEED_RECORD_KEYS.date)),
    comments: null,
    upvotes: html.labelled.get('upvotes') ?? null,
    githubStars: null,
    arxivId: paperId,
    links: [...new Set(html.anchors)],
    startLine: entry.token.line,
    endLine: entry.token.endLine ?? entry.token.line,
  };
  return { record, paperId, title };
}

/** The arXiv id a URL or identifier names, as a paper link or hidden in a thumbnail or OAI id. */
function paperIdIn(text: string): string | null {
  return parsePaperIdInUrl(text) ?? parseHiddenPaperId(text);
}

/** Read the HTML fields of an item into paragraphs: the labelled ones by label (the first of each), the rest as each field's text. */
function readItemHtml(entry: FeedEntry): ItemHtml {
  const result: ItemHtml = { labelled: new Map(), unlabelled: new Map(), images: [], anchors: [] };
  // One pass over the item's tokens: the paragraphs of each HTML field, in field order.
  const fields = new Map<string, Block[]>();
  for (const token of entry.tokens) {
    const key = token.key ?? '';
    const split = key.indexOf('>');
    if (split === -1) continue;
    const field = key.slice(0, split);
    let blocks = fields.get(field);
    if (blocks === undefined) fields.set(field, (blocks = [[]]));
    if (token.kind === 'group') blocks.push([]);
    else if (key.endsWith('@src')) result.images.push(token.text);
    else if (key.endsWith('@href')) result.anchors.push(token.text);
    else (blocks[blocks.length - 1] as Block).push(token);
  }
  for (const field of FEED_RECORD_KEYS.html) {
    const rest: Block[] = [];
    for (const block of fields.get(field) ?? []) {
      if (block.length === 0) continue;
      const labelled = readLabel(block);
      if (labelled === null) rest.push(block);
      else if (!result.labelled.has(labelled.part) && labelled.value !== null) result.labelled.set(labelled.part, labelled.value);
    }
    const text = rest.map((block) => blockText(block).trim()).filter((part) => part !== '');
    if (text.length > 0) result.unlabelled.set(field, { ...placeIn(rest[0] as Block, leadingBlanks(blockText(rest[0] as Block))), text: text.join('\n') });
  }
  return result;
}

/** A paragraph that starts with a known label (`Authors:`): the part it gives and its value, trimmed (null when empty). */
function readLabel(block: Block): { part: FeedLabelPart; value: RawField | null } | null {
  const text = blockText(block);
  const start = leadingBlanks(text);
  const colon = text.indexOf(':', start);
  if (colon === -1 || colon - start > FEED_LABEL_LENGTH) return null;
  const part = FEED_LABELS[text.slice(start, colon).trim().toLowerCase()];
  if (part === undefined) return null;
  const valueStart = colon + 1 + leadingBlanks(text.slice(colon + 1));
  const value = text.slice(valueStart).trimEnd();
  return { part, value: value === '' ? null : { ...placeIn(block, valueStart), text: value } };
}

/** Where the character at `index` of a paragraph's joined text is written: in the token that holds it. */
function placeIn(block: Block, index: number): Omit<RawField, 'text'> {
  let before = 0;
  for (const token of block) {
    if (index < before + token.text.length) return advance(token, token.text.slice(0, index - before));
    before += token.text.length;
  }
  const last = block[block.length - 1] as Token;
  return advance(last, last.text);
}

/** The position after a token's text has run through `skipped` (lines break at CRLF, LF and a lone CR). */
function advance(token: Token, skipped: string): Omit<RawField, 'text'> {
  let line = token.line;
  let lineStart = -1;
  for (let index = 0; index < skipped.length; index += 1) {
    const code = skipped.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && skipped.charCodeAt(index + 1) !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  const column = lineStart === -1 ? token.column + skipped.length : skipped.length - lineStart + 1;
  return { line, column, offset: token.offset + skipped.length };
}

function blockText(block: Block): string {
  return block.map((token) => token.text).join('');
}

/** How many whitespace characters a text starts with. */
function leadingBlanks(text: string): number {
  return text.length - text.trimStart().length;
}

/** A text field of the item: a plain field, or the text of an HTML one (its text tokens joined). */
function textField(entry: FeedEntry, keys: readonly string[]): RawField | null {
  for (const key of keys) {
    const plain = plainField(entry, key);
    if (plain !== null) return plain;
    const texts = entry.tokens.filter((token) => token.kind === 'field' && (token.key ?? '').startsWith(`${key}>`) && !(token.key ?? '').includes('@'));
    const text = texts.map((token) => token.text).join('');
    if (text.trim() !== '') return { ...placeIn(texts, leadingBlanks(text)), text: text.trim() };
  }
  return null;
}

/** The item's plain text field of a key, when it has one with text. */
function plainField(entry: FeedEntry, key: string): RawField | null {
  const token = entry.values.get(key)?.find((candidate) => candidate.kind === 'field' && candidate.text.trim() !== '');
  return token === undefined ? null : fieldOf(token);
}

/** The authors' names of a labelled paragraph (`Authors: A, B`), each where it is written; null when there is none. */
function splitNames(field: RawField): RawField[] | null {
  const names: RawField[] = [];
  let from = 0;
  for (const part of field.text.split(',')) {
    const name = part.trim();
    if (name !== '') {
      const index = from + part.indexOf(name);
      names.push({ line: field.line, column: field.column + index, offset: field.offset + index, text: name });
    }
    from += part.length + 1;
  }
  return names.length === 0 ? null : names;
}

/** The authors' names from the item's own fields: Atom `author.name`, then `dc:creator` (comma-separated when one), then RSS `author`. */
function authorNames(entry: FeedEntry): RawField[] | null {
  for (const key of FEED_RECORD_KEYS.authorNames) {
    const tokens = (entry.values.get(key) ?? []).filter((token) => token.kind === 'field' && token.text.trim() !== '');
    if (tokens.length === 0) continue;
    if (tokens.length === 1) return splitNames({ ...(fieldOf(tokens[0]) as RawField), text: parseAuthorName((tokens[0] as Token).text) });
    return tokens.map((token) => ({ ...(fieldOf(token) as RawField), text: parseAuthorName(token.text) }));
  }
  return null;
}

function addValue(values: Map<string, Token[]>, token: Token): void {
  const key = token.key ?? '';
  const found = values.get(key);
  if (found === undefined) values.set(key, [token]);
  else found.push(token);
}

/** The first field token with text among the keys, in key order. */
function first(values: ReadonlyMap<string, Token[]>, keys: readonly string[]): Token | undefined {
  for (const key of keys) {
    const found = values.get(key)?.find((token) => token.kind === 'field' && token.text.trim() !== '');
    if (found !== undefined) return found;
  }
  return undefined;
}

function fieldOf(token: Token | undefined): RawField | null {
  return token === undefined ? null : { text: token.text, line: token.line, column: token.column, offset: token.offset };
}

/** A text cut to a length fit for a message. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
