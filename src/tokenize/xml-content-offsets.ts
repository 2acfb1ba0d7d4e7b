/** The five entities every XML document knows; any other named reference is left as written by the parser. */
const PREDEFINED_ENTITIES: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** The longest entity reference looked for (`&#x10FFFF;` and the five names fit). */
const LONGEST_ENTITY = 12;

const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

/**
 * Maps an index of an element's text, as the XML parser gives it (entities decoded, CDATA
 * markers gone), to the offset in the XML source where that character is written.
 */
export type ContentOffsetMap = (index: number) => number;

/**
 * Make the map from an element's decoded text to the XML source between its tags: entity
 * references (`&lt;`, `&#233;`) are one character of the text (two for a character beyond the
 * Basic Multilingual Plane), CDATA markers, comments and processing instructions none; a child
 * element is skipped whole, since its text is its own. Built in one pass; each look-up is a
 * binary search. Positions inside escaped HTML (a feed's `description`) point into the source so.
 *
 * @param source - The whole XML text.
 * @param start - The offset just after the element's start tag.
 * @param end - The offset of its end tag (or the end of the input).
 * @returns The map.
 * @example
 * makeContentOffsetMap('<t>a &amp; b</t>', 3, 12)(4)
 * //=> 11
 */
export function makeContentOffsetMap(source: string, start: number, end: number): ContentOffsetMap {
  // Runs of characters written one for one: the decoded index and the source offset each starts at.
  const textStarts: number[] = [0];
  const sourceStarts: number[] = [start];
  let decoded = 0;
  let at = start;
  const jump = (to: number, written: number): void => {
    decoded += written;
    at = to;
    textStarts.push(decoded);
    sourceStarts.push(at);
  };
  // The next `&` and `<` at or after `at` (-1: none): text between them maps one for one, skipped in one step.
  let nextAmpersand = source.indexOf('&', at);
  let nextAngle = source.indexOf('<', at);
  while (at < end) {
    if (nextAmpersand !== -1 && nextAmpersand < at) nextAmpersand = source.indexOf('&', at);
    if (nextAngle !== -1 && nextAngle < at) nextAngle = source.indexOf('<', at);
    const special = Math.min(nextAmpersand === -1 ? end : nextAmpersand, nextAngle === -1 ? end : nextAngle, end);
    if (special > at) {
      decoded += special - at;
      at = special;
      continue;
    }
    const code = source.charCodeAt(at);
    if (code === 0x26 /* & */) {
      const semicolon = source.indexOf(';', at + 1);
      const written = semicolon === -1 || semicolon - at > LONGEST_ENTITY ? null : entityLength(source.slice(at + 1, semicolon));
      if (written === null) {
        decoded += 1;
        at += 1;
      } else {
        jump(semicolon + 1, written);
      }
    } else if (code === 0x3c /* < */) {
      if (source.startsWith(CDATA_OPEN, at)) {
        jump(at + CDATA_OPEN.length, 0);
        const close = source.indexOf(CDATA_CLOSE, at);
        const stop = close === -1 || close > end ? end : close;
        jump(stop + CDATA_CLOSE.length, stop - at);
      } else {
        jump(skipMarkup(source, at, end), 0);
      }
    } else {
      decoded += 1;
      at += 1;
    }
  }
  return (index) => {
    let low = 0;
    let high = textStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((textStarts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return Math.min((sourceStarts[low] as number) + index - (textStarts[low] as number), end);
  };
}

/** How many characters an entity reference stands for in the parsed text; null when the parser keeps it as written. */
function entityLength(name: string): number | null {
  if (PREDEFINED_ENTITIES.has(name)) return 1;
  if (name.charCodeAt(0) !== 0x23 /* # */) return null;
  const hex = name.charCodeAt(1) === 0x78 /* x */ || name.charCodeAt(1) === 0x58; /* X */
  const digits = name.slice(hex ? 2 : 1);
  const value = Number.parseInt(digits, hex ? 16 : 10);
  if (digits === '' || Number.isNaN(value) || value > 0x10ffff) return null;
  return value > 0xffff ? 2 : 1;
}

/**
 * The offset after the markup that starts at `at`: a comment, a processing instruction, or a
 * child element with everything inside it (quoted attribute values may hold `>`).
 */
function skipMarkup(source: string, at: number, end: number): number {
  if (source.startsWith('<!--', at)) return closeOf(source.indexOf('-->', at + 4), 3, end);
  if (source.startsWith('<?', at)) return closeOf(source.indexOf('?>', at + 2), 2, end);
  let depth = 0;
  let index = at;
  while (index < end) {
    if (source.startsWith(CDATA_OPEN, index)) {
      index = closeOf(source.indexOf(CDATA_CLOSE, index), CDATA_CLOSE.length, end);
      continue;
    }
    if (source.charCodeAt(index) !== 0x3c /* < */) {
      index += 1;
      continue;
    }
    const closing = source.charCodeAt(index + 1) === 0x2f; /* / */
    const tagEnd = endOfTag(source, index, end);
    const selfClosing = source.charCodeAt(tagEnd - 2) === 0x2f; /* / */
    depth += closing ? -1 : selfClosing ? 0 : 1;
    index = tagEnd;
    if (depth <= 0) return index;
  }
  return end;
}

/** The offset after a tag's `>`, skipping quoted attribute values. */
function endOfTag(source: string, at: number, end: number): number {
  let quote = 0;
  for (let index = at + 1; index < end; index += 1) {
    const code = source.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e /* > */) {
      return index + 1;
    }
  }
  return end;
}

/** The offset after a closing marker found at `found` (-1: not found, so the end). */
function closeOf(found: number, length: number, end: number): number {
  return found === -1 || found + length > end ? end : found + length;
}
