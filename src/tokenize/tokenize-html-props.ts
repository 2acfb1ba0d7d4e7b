import type { Element } from 'hast';
import type { Token } from '../schema.js';
import { mapAttributeOffsets } from './attribute-offsets.js';
import { HYDRATION_DATE_KEYS, HYDRATION_LIST_KEYS, HYDRATION_PAPER_KEY, PAPER_OBJECT_KEYS } from './hydration-keys.js';
import { indexJsonPositions, type JsonSlot } from './json-positions.js';
import { parseJsonDocument, tokenizeJson } from './tokenize-json.js';

/** A 1-based line and column and 0-based offset of the HTML source. */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

/** Turns an offset of the HTML source into its line and column. */
export type SourceLocator = (offset: number) => SourcePoint;

/** Where a list of papers (or one paper) stands in the hydration object: its member, and whether it is one paper. */
interface PaperPlace {
  key: string | null;
  single: boolean;
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const QUOTE = 0x22;

/** The name of the attribute that holds a page's hydration data. */
const PROPS_ATTRIBUTE = 'data-props';

/**
 * Turn the hydration data of one element (the JSON of its `data-props` attribute, which the
 * tree holds decoded) into tokens, when it holds papers: for each list of papers (a member
 * named in `HYDRATION_LIST_KEYS`, or any member whose entries are papers; on a paper's own page,
 * the root's `paper` object as a list of one), an `element` token (key `props`, text the member's
 * name), a `field` token for the page's date when the data has one, then the tokens of the list
 * as `tokenizeJson` makes them for a JSON array at the root. Every token stands where its value
 * stands in the HTML source: offsets inside the attribute are mapped through its character
 * references, or, when the attribute's raw text cannot be matched, the element's start.
 *
 * @param html - The HTML source.
 * @param element - An element with a `data-props` attribute.
 * @param locate - Turns an offset of `html` into a line and column.
 * @returns The tokens; none when the data holds no papers.
 * @example
 * tokenizeHtmlProps(html, element, locate).map((token) => `${token.kind} ${token.key}`).slice(0, 3)
 * //=> ['element props', 'field date', 'group ']
 */
export function tokenizeHtmlProps(html: string, element: Element, locate: SourceLocator): Token[] {
  const value = element.properties['dataProps'];
  // Data without a title or a known list holds no paper: most elements' data is a few settings.
  if (typeof value !== 'string' || !(value.includes('"title"') || [...HYDRATION_LIST_KEYS].some((key) => value.includes(`"${key}"`)))) {
    return [];
  }
  const start = firstNonSpace(value);
  const opening = value.charCodeAt(start);
  if (opening !== OPEN_BRACE && opening !== OPEN_BRACKET) return [];
  const root = indexJsonPositions(value, start, 2);
  // A list under a known member needs no reading of the whole: its own text is parsed as it is tokenized.
  let places = findKnownLists(root);
  if (places.length === 0) {
    const data = parseJsonDocument(value);
    if (data === undefined) return [];
    places = findPaperPlaces(data);
  }
  if (places.length === 0) return [];

  const elementStart = element.position?.start.offset ?? 0;
  const offsets = mapAttributeOffsets(html, element, PROPS_ATTRIBUTE, value);
  // An offset the map cannot vouch for stands at the element's start.
  const toSource = (offset: number): SourcePoint => locate(offsets?.(offset) ?? elementStart);
  const date = findDate(value, root);

  const tokens: Token[] = [];
  for (const place of places) {
    const slot = place.key === null ? root : root.node?.members?.get(place.key);
    const end = slot?.node?.end;
    if (slot === undefined || end === undefined) continue;
    tokens.push({ kind: 'element', key: 'props', text: place.key ?? '', ...locate(elementStart) });
    if (date !== null) tokens.push({ kind: 'field', key: 'date', text: date.text, ...toSource(date.offset) });
    // A paper's own page holds one paper object: read as a list of one, `[` standing at the object.
    const shift = place.single ? slot.offset - 1 : slot.offset;
    const text = value.slice(slot.offset, end + 1);
    const entryEnds = place.single ? [end] : (slot.node?.items ?? []).map((item) => item.node?.end ?? item.offset);
    let previous: Token | null = null;
    let entry = 0;
    // The tokens are fresh and in document order: each is moved to where its value stands in the
    // source, and an entry's last line is read when the next entry starts, so that the map reads forward.
    for (const token of tokenizeJson(place.single ? `[${text}]` : text) ?? []) {
      if (token.kind === 'record') {
        if (previous !== null) previous.endLine = Math.max(previous.line, toSource(entryEnds[entry - 1] ?? slot.offset).line);
        previous = token;
        entry += 1;
      }
      const at = toSource(Math.max(slot.offset, token.offset + shift));
      token.line = at.line;
      token.column = at.column;
      token.offset = at.offset;
      tokens.push(token);
    }
    if (previous !== null) previous.endLine = Math.max(previous.line, toSource(entryEnds[entry - 1] ?? slot.offset).line);
  }
  return tokens;
}

/** The lists under the members `HYDRATION_LIST_KEYS` names, found in the index of the data (their entries are not looked at). */
function findKnownLists(root: JsonSlot): PaperPlace[] {
  const places: PaperPlace[] = [];
  for (const [key, slot] of root.node?.members ?? []) {
    if (HYDRATION_LIST_KEYS.has(key) && slot.node?.items != null) places.push({ key, single: false });
  }
  return places;
}

/** The lists of papers in hydration data, in document order; else the one paper of a paper's page. */
function findPaperPlaces(data: object): PaperPlace[] {
  if (Array.isArray(data)) return data.some(isPaperEntry) ? [{ key: null, single: false }] : [];
  const places: PaperPlace[] = [];
  for (const [key, member] of Object.entries(data)) {
    if (Array.isArray(member) && (HYDRATION_LIST_KEYS.has(key) || member.some(isPaperEntry))) places.push({ key, single: false });
  }
  if (places.length === 0 && isPaper((data as Record<string, unknown>)[HYDRATION_PAPER_KEY])) places.push({ key: null, single: true });
  return places;
}

/** An entry of a list that is a paper: a papers API record (`{ paper: {...} }`) or a paper object. */
function isPaperEntry(entry: unknown): boolean {
  return isPaper(entry) || (typeof entry === 'object' && entry !== null && isPaper((entry as Record<string, unknown>)[HYDRATION_PAPER_KEY]));
}

/** An object with a title and an id, an abstract or authors. */
function isPaper(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const object = value as Record<string, unknown>;
  return typeof object['title'] === 'string' && PAPER_OBJECT_KEYS.some((key) => key in object);
}

/** The page's date in hydration data (`dateString`), with the offset of its value; null when it has none. */
function findDate(value: string, root: JsonSlot): { text: string; offset: number } | null {
  for (const key of HYDRATION_DATE_KEYS) {
    const slot = root.node?.members?.get(key);
    if (slot === undefined || value.charCodeAt(slot.offset) !== QUOTE) continue;
    // A date is a short string without escapes: its closing quote is the next one.
    const end = value.indexOf('"', slot.offset + 1);
    const text = end === -1 ? '' : value.slice(slot.offset + 1, end);
    if (text.trim() !== '' && !text.includes('\\')) return { text, offset: slot.offset };
  }
  return null;
}

function firstNonSpace(text: string): number {
  let index = 0;
  while (index < text.length && (text.charCodeAt(index) <= 0x20 || text.charCodeAt(index) === 0xfeff)) index += 1;
  return index;
}
