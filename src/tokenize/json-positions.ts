/** Where a JSON value starts, and the positions inside it when it is an indexed object or array. */
export interface JsonSlot {
  offset: number;
  node: JsonPositionNode | null;
}

/** An object or array of the JSON text: where it starts and ends, and where its members or items start. */
export interface JsonPositionNode {
  start: number;
  /** Offset of its closing bracket. */
  end: number;
  members: Map<string, JsonSlot> | null;
  items: JsonSlot[] | null;
}

/** A container being scanned: its node, and for an object the key whose value comes next. */
interface Frame {
  node: JsonPositionNode;
  key: string | null;
  expectKey: boolean;
}

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

/**
 * Scan valid JSON text once, iteratively, and index where values start, down to `depth` (the
 * root is depth 0): each object's members by key (the last one wins, as in `JSON.parse`) and
 * each array's items by position, so that the index can be walked in step with the parsed
 * value. Values inside the deepest indexed containers still get their start; containers below
 * are skipped with a counter, so nesting costs no memory and no stack, whatever its depth.
 * (A JSON parser that reports positions, such as jsonc-parser, descends recursively and
 * overflows the stack on deeply nested input, which must parse here.)
 *
 * @param text - Valid JSON text (checked by `JSON.parse` before).
 * @param from - The offset of its first value.
 * @param depth - How many levels of containers to index.
 * @returns The slot of the root value.
 * @example
 * indexJsonPositions('{"a": [1, 2]}', 0, 4).node?.members?.get('a')?.node?.items?.map((item) => item.offset)
 * //=> [7, 10]
 */
export function indexJsonPositions(text: string, from: number, depth: number): JsonSlot {
  const frames: Frame[] = [];
  let root: JsonSlot | null = null;
  // Containers open below the indexed depth: counted, not indexed.
  let deeper = 0;
  const place = (slot: JsonSlot): void => {
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
      if (deeper > 0 || frames.length > depth) {
        if (deeper === 0) place({ offset: index, node: null });
        deeper += 1;
      } else {
        const isObjectStart = code === OPEN_BRACE;
        const node: JsonPositionNode = {
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
