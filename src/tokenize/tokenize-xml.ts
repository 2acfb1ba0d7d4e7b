import sax from 'sax';
import type { Token } from '../schema.js';
import { makeOffsetLocator, type OffsetLocator } from './locate-offset.js';
import { tokenizeEmbeddedHtml } from './tokenize-embedded-html.js';
import { makeContentOffsetMap } from './xml-content-offsets.js';
import {
  XML_ESCAPED_HTML_TYPES,
  XML_FIELD_DEPTH,
  XML_HTML_ELEMENTS,
  XML_INLINE_HTML_TYPES,
  XML_PAGE_DEPTH,
  XML_RECORD_ELEMENTS,
  XML_TYPED_TEXT_ELEMENTS,
} from './xml-elements.js';
import { parseXmlStart } from './xml-patterns.js';

/**
 * The keys of the tokens that say something of the document rather than hold a value of it;
 * no XML name starts with `!`.
 */
export const XML_NOTE_KEYS = {
  /** The root element's name. */
  root: '!root',
  /** The text of the DOCTYPE declaration (its internal subset included). */
  doctype: '!doctype',
  /** The first place where the XML is not well-formed, and what is wrong there. */
  fault: '!fault',
  /** How many places are not well-formed in all (a number), when any is. */
  faults: '!faults',
  /** The input ends inside an element: the path of the innermost one still open. */
  unclosed: '!unclosed',
} as const;

/** How an element's text is read: as plain text, as escaped HTML, or as HTML written as XML elements inside it. */
type TextKind = 'plain' | 'escaped-html' | 'inline-html';

/** What the tokenizer keeps of an open element. */
interface OpenElement {
  name: string;
  /** The key of its tokens; null when it is too deep, or inside inline HTML, and gives none. */
  key: string | null;
  /** The offset just after its start tag. */
  contentStart: number;
  /** The pieces of its own text (null when they are not kept). */
  texts: string[] | null;
  /** Where its own text's token goes among the tokens, to keep document order. */
  slot: number;
  textKind: TextKind;
  /** It holds child elements: HTML written as XML inside it. */
  hasChildren: boolean;
  /** The record it opened, if it is one. */
  record: Token | null;
  /** Its depth below the record that holds it, or -1 outside records. */
  fieldDepth: number;
}

/** How far back from a fault about an entity its `&` is looked for. */
const ENTITY_CONTEXT = 64;

/** Thrown from a handler to stop reading a document that is no XML of ours (an XHTML page). */
const NOT_OURS = Symbol('not ours');

/**
 * Turn an XML document into tokens, with the `sax` parser (strict XML, positions on; no entity
 * that a DOCTYPE declares is expanded, nothing external is fetched). First a `group` (text
 * `xml`, key `''`) and a `field` keyed `!root` with the root element's name. Then, in document
 * order: a `record` token for each `<item>` and `<entry>` (key: the path of the element,
 * `rss.channel.item`; text: its name; `endLine`: the line of its end tag); a `field` for the
 * text of each element and for each attribute, keyed by the path from the record
 * (`title`, `author.name`, `link@href`) or, outside records, from the root (`rss.channel.title`);
 * for an element of a record that holds HTML (a `description`, an Atom text construct of type
 * `html` or `xhtml`), a `group` (text `html`) followed by the tokens of that HTML
 * (`tokenizeEmbeddedHtml`). Notes on the document are `field` tokens with `!` keys
 * (`XML_NOTE_KEYS`): its DOCTYPE, its first fault and the number of faults (the parser goes on
 * past each), and where the input ends inside an element. Every token stands where its text is
 * written in the source. Text that does not start like XML (`parseXmlStart`), or whose root
 * element is `html`, gives null.
 *
 * @param text - A whole capture.
 * @returns The tokens, or null when the text is no XML document of ours.
 * @example
 * tokenizeXml('<rss><channel><item><title>A Title</title></item></channel></rss>')?.map((token) => `${token.kind} ${token.key}=${token.text}`)
 * //=> ['group =xml', 'field !root=rss', 'record rss.channel.item=item', 'field title=A Title']
 */
export function tokenizeXml(text: string): Token[] | null {
  if (!parseXmlStart(text)) return null;
  const locate = makeOffsetLocator(text);
  const parser = sax.parser(true, { position: true });
  const slots: (Token | null)[] = [{ kind: 'group', key: '', text: 'xml', ...locate(Math.max(text.indexOf('<'), 0)) }];
  const open: OpenElement[] = [];
  let record: Token | null = null;
  let rootSeen = false;
  let faultCount = 0;
  let closing = false;

  const note = (key: string, value: string, offset: number): void => {
    slots.push({ kind: 'field', key, text: value, ...locate(Math.min(offset, text.length)) });
  };
  parser.onerror = (error) => {
    // Ending the input inside an element is told by `!unclosed`, not as a fault.
    if (!closing) {
      faultCount += 1;
      if (faultCount === 1) noteFault(error.message.split('\n')[0] ?? '', Math.max(parser.position - 1, 0));
    }
    // Go on past the fault, as far as the parser can.
    (parser as { error: Error | null }).error = null;
  };
  /** The first fault: the parser's message, and for an entity the reference as written (`&lol9;`), at its `&`. */
  const noteFault = (message: string, offset: number): void => {
    const ampersand = message.includes('entity') ? text.lastIndexOf('&', offset) : -1;
    if (ampersand === -1 || offset - ampersand > ENTITY_CONTEXT) note(XML_NOTE_KEYS.fault, message, offset);
    else note(XML_NOTE_KEYS.fault, `${message} ${text.slice(ampersand, offset + 1)}`, ampersand);
  };
  parser.ondoctype = (doctype) => note(XML_NOTE_KEYS.doctype, doctype, Math.max(text.lastIndexOf('<!DOCTYPE', parser.position), 0));
  parser.onopentag = (tag) => {
    const start = Math.max(parser.startTagPosition - 1, 0);
    const parent = open[open.length - 1];
    if (!rootSeen) {
      if (isHtmlRoot(tag.name)) throw NOT_OURS;
      rootSeen = true;
      note(XML_NOTE_KEYS.root, tag.name, start);
    }
    // Elements inside HTML (Atom xhtml, or HTML a feed left unescaped in its description) are that HTML's, not fields.
    if (parent !== undefined && parent.textKind !== 'plain') parent.hasChildren = true;
    const inInlineHtml = parent !== undefined && (parent.textKind !== 'plain' || (parent.key === null && parent.fieldDepth > 0));
    let fieldDepth = parent === undefined ? -1 : parent.fieldDepth === -1 ? -1 : parent.fieldDepth + 1;
    let key: string | null;
    let opened: Token | null = null;
    if (record === null && XML_RECORD_ELEMENTS.has(tag.name) && !inInlineHtml) {
      opened = { kind: 'record', key: pathOf(open, tag.name), text: tag.name, ...locate(start), endLine: 1 };
      record = opened;
      slots.push(opened);
      fieldDepth = 0;
      key = '';
    } else if (inInlineHtml) {
      key = null;
    } else if (fieldDepth === -1) {
      key = open.length < XML_PAGE_DEPTH ? pathOf(open, tag.name) : null;
    } else {
      key = fieldDepth <= XML_FIELD_DEPTH && parent?.key !== null ? joinKey(parent?.key ?? '', tag.name) : null;
    }
    const attributes = tag.attributes as Record<string, string>;
    if (key !== null && opened === null) {
      for (const [name, value] of Object.entries(attributes)) {
        if (value.trim() !== '') slots.push({ kind: 'field', key: `${key}@${name}`, text: value, ...locate(start) });
      }
    } else if (opened !== null) {
      for (const [name, value] of Object.entries(attributes)) {
        if (value.trim() !== '') slots.push({ kind: 'field', key: `@${name}`, text: value, ...locate(start) });
      }
    }
    const textKind = fieldDepth > 0 && key !== null ? textKindOf(tag.name, attributes.type) : 'plain';
    const keepsText = key !== null && opened === null;
    open.push({
      name: tag.name,
      key: opened === null ? key : '',
      contentStart: parser.position,
      texts: keepsText ? [] : null,
      slot: keepsText ? slots.push(null) - 1 : -1,
      textKind,
      hasChildren: false,
      record: opened,
      fieldDepth,
    });
  };
  const addText = (value: string): void => {
    const element = open[open.length - 1];
    if (element?.texts != null && element.textKind !== 'inline-html') element.texts.push(value);
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onclosetag = () => {
    const element = open.pop();
    if (element === undefined) return;
    const contentEnd = Math.max(parser.startTagPosition - 1, element.contentStart);
    closeElement(element, contentEnd, true);
  };
  const closeElement = (element: OpenElement, contentEnd: number, closed: boolean): void => {
    if (element.record !== null) {
      element.record.endLine = locate(closed ? Math.max(parser.position - 1, 0) : text.length).line;
      record = null;
      return;
    }
    if (element.texts === null || element.key === null || !closed) return;
    const tokens = elementTokens(text, element, contentEnd, locate);
    if (tokens.length > 0) slots[element.slot] = tokens[0] as Token;
    for (const token of tokens.slice(1)) slots.push(token);
  };

  try {
    parser.write(text);
    closing = true;
    const innermost = open[open.length - 1];
    if (innermost !== undefined) {
      const path = open.map((element) => element.name).join('.');
      note(XML_NOTE_KEYS.unclosed, path, text.length);
      for (let element = open.pop(); element !== undefined; element = open.pop()) closeElement(element, text.length, false);
    }
    parser.close();
  } catch (thrown) {
    if (thrown === NOT_OURS) return null;
    faultCount += 1;
    if (faultCount === 1) noteFault(thrown instanceof Error ? thrown.message : String(thrown), parser.position);
  }
  // No element at all: the document is only a declaration, or broken before its root.
  if (!rootSeen) note(XML_NOTE_KEYS.root, '', text.length);
  if (faultCount > 0) note(XML_NOTE_KEYS.faults, String(faultCount), text.length);
  return slots.filter((slot): slot is Token => slot !== null);
}

/** The tokens of an element's own text: one `field`, or for HTML a `group` and the HTML's tokens; none for blank text. */
function elementTokens(source: string, element: OpenElement, contentEnd: number, locate: OffsetLocator): Token[] {
  const key = element.key as string;
  if (element.textKind === 'inline-html' || (element.textKind === 'escaped-html' && element.hasChildren)) {
    const html = source.slice(element.contentStart, contentEnd);
    if (html.trim() === '') return [];
    const inner = tokenizeEmbeddedHtml(html, key, (offset) => locate(element.contentStart + offset));
    return [{ kind: 'group', key, text: 'html', ...locate(element.contentStart) }, ...(inner ?? [])];
  }
  const value = (element.texts as string[]).join('');
  const first = firstNonBlank(value);
  if (first === value.length) return [];
  const map = makeContentOffsetMap(source, element.contentStart, contentEnd);
  if (element.textKind === 'plain') return [{ kind: 'field', key, text: value, ...locate(map(first)) }];
  const inner = tokenizeEmbeddedHtml(value, key, (offset) => locate(map(offset)));
  const group: Token = { kind: 'group', key, text: 'html', ...locate(map(first)) };
  // HTML nested too deeply to parse is kept as the field's text.
  return inner === null ? [group, { kind: 'field', key, text: value, ...locate(map(first)) }] : [group, ...inner];
}

/** The index of the first character that is not whitespace (the length when there is none), without copying the text. */
function firstNonBlank(text: string): number {
  let index = 0;
  while (index < text.length && isBlank(text.charCodeAt(index))) index += 1;
  return index;
}

/** XML's whitespace, and the other blanks `String.prototype.trim` knows that a feed may hold (NBSP, BOM, Unicode spaces). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a);
}

/** How an element of a record holds its text, by its name and `type` attribute. */
function textKindOf(name: string, type: string | undefined): TextKind {
  if (XML_HTML_ELEMENTS.has(name)) return 'escaped-html';
  if (!XML_TYPED_TEXT_ELEMENTS.has(name) || type === undefined) return 'plain';
  const declared = type.trim().toLowerCase();
  if (XML_ESCAPED_HTML_TYPES.has(declared)) return 'escaped-html';
  return XML_INLINE_HTML_TYPES.has(declared) ? 'inline-html' : 'plain';
}

/** The path of an element from the root: the names of the open elements and its own, joined with `.`. */
function pathOf(open: readonly OpenElement[], name: string): string {
  return [...open.map((element) => element.name), name].join('.');
}

function joinKey(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** An XHTML page is HTML, for the HTML readers: its root is `html`. */
function isHtmlRoot(name: string): boolean {
  return name.toLowerCase() === 'html';
}
