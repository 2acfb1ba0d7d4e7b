import { decodeHTMLAttribute } from 'entities';
import type { Element } from 'hast';
import { parseCharacterReference } from './html-patterns.js';

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;
const REPLACEMENT = 0xfffd;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const GREATER_THAN = 0x3e;

/** The references that JSON in an attribute is escaped with, by the character after their `&`, and what each decodes to. */
const COMMON_REFERENCES: ReadonlyMap<number, readonly [string, string]> = new Map([
  [0x71, ['&quot;', '"']],
  [0x61, ['&amp;', '&']],
  [0x23, ['&#39;', "'"]],
  [0x6c, ['&lt;', '<']],
  [0x67, ['&gt;', '>']],
]);

/** How many places in a start tag are tried as the attribute before its offsets are given up. */
const MOST_TRIES = 8;

/** How many characters of a value are compared with the raw text to tell that a place in the start tag is the attribute. */
const MATCHED_PREFIX = 64;

/** Turns an offset of a decoded attribute value into the offset of the HTML source where it stands; null when they disagree. */
export type AttributeOffsetMap = (offset: number) => number | null;

/** A place in an attribute's raw text: the decoded offset `decoded` starts at the source offset `source`. */
interface Cursor {
  decoded: number;
  source: number;
  /** The next `&`, CR and NUL at or after `source` (the value's end when there is none). */
  ampersand: number;
  carriageReturn: number;
  nul: number;
}

/**
 * Find where the characters of an attribute's value stand in the HTML source: the value as the
 * tree holds it is decoded (`&quot;` is `"`), so its offsets differ from the source's. The
 * attribute is looked for in the element's start tag (the first place whose raw text decodes
 * to the value's first characters); the map then reads the raw text forward, reference by
 * reference, with the decoder parse5 uses (entities), so that mapping ascending offsets costs
 * one pass over the value. Each offset is checked: the source there must decode to the value's
 * character at that offset, else the map gives null for it. No offset is a guess.
 *
 * @param html - The HTML source the tree was parsed from.
 * @param element - The element, with its position.
 * @param name - The attribute's name as written (`data-props`).
 * @param value - The attribute's value in the tree.
 * @returns The map from offsets of `value` to offsets of `html`; null when the attribute cannot be found.
 * @example
 * mapAttributeOffsets('<div data-props="{&quot;a&quot;:1}">', element, 'data-props', '{"a":1}')?.(1)
 * //=> 18
 */
export function mapAttributeOffsets(html: string, element: Element, name: string, value: string): AttributeOffsetMap | null {
  const tagStart = element.position?.start.offset;
  if (tagStart === undefined) return null;
  // The start tag ends where the element's first child starts, or with the element.
  const tagEnd = element.children[0]?.position?.start.offset ?? element.position?.end.offset ?? html.length;
  let from = tagStart;
  for (let tries = 0; tries < MOST_TRIES; tries += 1) {
    const at = html.indexOf(name, from);
    if (at === -1 || at >= tagEnd) return null;
    const map = mapValueAt(html, valueStart(html, at + name.length), value);
    if (map !== null) return map;
    from = at + name.length;
  }
  return null;
}

/** The map for a raw value that starts at `start`, when its first characters decode to the value's. */
function mapValueAt(html: string, start: number, value: string): AttributeOffsetMap | null {
  if (start < 0) return null;
  const quote = html.charCodeAt(start - 1);
  const quoted = quote === QUOTE || quote === APOSTROPHE;
  // A quoted value ends at its quote; an unquoted one at a space or `>`.
  const end = quoted ? html.indexOf(String.fromCharCode(quote), start) : unquotedEnd(html, start);
  if (end === -1) return null;
  const fresh = (): Cursor => ({ decoded: 0, source: start, ampersand: -1, carriageReturn: -1, nul: -1 });
  let cursor = fresh();
  const map: AttributeOffsetMap = (offset) => {
    if (offset === value.length) return end;
    if (offset < cursor.decoded) cursor = fresh();
    return advance(html, end, value, cursor, offset);
  };
  for (let offset = 0; offset < Math.min(MATCHED_PREFIX, value.length); offset += 1) if (map(offset) === null) return null;
  return map;
}

/**
 * Move a cursor forward to the unit (a literal character or a reference) that holds `offset`
 * and give its source offset, when the source there decodes to the value's character; else null.
 */
function advance(html: string, end: number, value: string, cursor: Cursor, offset: number): number | null {
  for (;;) {
    if (cursor.ampersand < cursor.source) cursor.ampersand = nextIndex(html, '&', cursor.source, end);
    if (cursor.carriageReturn < cursor.source) cursor.carriageReturn = nextIndex(html, '\r', cursor.source, end);
    if (cursor.nul < cursor.source) cursor.nul = nextIndex(html, '\0', cursor.source, end);
    const special = Math.min(cursor.ampersand, cursor.carriageReturn, cursor.nul);
    // Literal text up to the next special character: each character stands at its own offset.
    const literal = special - cursor.source;
    if (offset < cursor.decoded + literal) {
      const source = cursor.source + offset - cursor.decoded;
      return html.charCodeAt(source) === value.charCodeAt(offset) ? source : null;
    }
    cursor.decoded += literal;
    cursor.source = special;
    if (special >= end) return null;
    const [raw, text] = readUnit(html, special);
    if (offset < cursor.decoded + text.length) {
      return text.charCodeAt(offset - cursor.decoded) === value.charCodeAt(offset) ? special : null;
    }
    cursor.decoded += text.length;
    cursor.source += raw.length;
  }
}

/** The unit of raw text at a special character and what it decodes to: a reference, or a CR (LF) or NUL (U+FFFD) as parse5 reads them. */
function readUnit(html: string, at: number): readonly [string, string] {
  const code = html.charCodeAt(at);
  if (code === CR) return html.charCodeAt(at + 1) === LF ? ['\r\n', '\n'] : ['\r', '\n'];
  if (code === NUL) return ['\0', String.fromCharCode(REPLACEMENT)];
  const common = COMMON_REFERENCES.get(html.charCodeAt(at + 1));
  if (common !== undefined && html.startsWith(common[0], at)) return common;
  const reference = parseCharacterReference(html, at);
  const next = html.charAt(at + reference.length);
  // The character after a reference decides whether a reference without `;` counts (`&amp=` does not).
  const withNext = decodeHTMLAttribute(reference + next);
  return [reference, withNext.endsWith(next) ? withNext.slice(0, withNext.length - next.length) : withNext];
}

/** The offset of the next `character` at or after `from`, or `end` when there is none before it. */
function nextIndex(html: string, character: string, from: number, end: number): number {
  const found = html.indexOf(character, from);
  return found === -1 || found > end ? end : found;
}

/** Where the value of an attribute whose name ends at `afterName` starts (after `=` and its quote); -1 when no `=` follows. */
function valueStart(html: string, afterName: number): number {
  let index = skipSpace(html, afterName);
  if (html.charCodeAt(index) !== EQUALS) return -1;
  index = skipSpace(html, index + 1);
  const quote = html.charCodeAt(index);
  return quote === QUOTE || quote === APOSTROPHE ? index + 1 : index;
}

function skipSpace(html: string, from: number): number {
  let index = from;
  while (index < html.length && isSpace(html.charCodeAt(index))) index += 1;
  return index;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === LF || code === CR || code === 0x0c;
}

/** The end of an unquoted attribute value: the first space or `>`. */
function unquotedEnd(html: string, start: number): number {
  let index = start;
  while (index < html.length && !isSpace(html.charCodeAt(index)) && html.charCodeAt(index) !== GREATER_THAN) index += 1;
  return index;
}
