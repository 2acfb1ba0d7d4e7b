import type { Nodes } from 'hast';

/** A 1-based line and column and 0-based offset. */
export interface TextPoint {
  line: number;
  column: number;
  offset: number;
}

/** The visible text of a piece of a tree, and where its first non-blank text starts. */
export interface NodeText {
  text: string;
  start: TextPoint | null;
}

/** Elements whose text is never shown: scripts, styles, templates. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Read the text of a node of a hast tree: its text nodes joined in document order (scripts and
 * styles left out), and where the first one that is not blank starts. Without recursion, so any
 * depth reads.
 *
 * @param node - A hast node.
 * @returns The text, as the tree holds it (entities decoded, whitespace kept), and its start.
 * @example
 * readNodeText(parseHtmlTree('<h3> <a href="/papers/2602.20159">A Title</a></h3>').children[0]).text
 * //=> ' A Title'
 */
export function readNodeText(node: Nodes): NodeText {
  let text = '';
  let start: TextPoint | null = null;
  const pending: Nodes[] = [node];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.type === 'text') {
      text += next.value;
      const point = next.position?.start;
      if (start === null && next.value.trim() !== '' && point?.offset !== undefined) {
        start = { line: point.line, column: point.column, offset: point.offset };
      }
      continue;
    }
    if (next.type === 'element' && HIDDEN_ELEMENTS.has(next.tagName) && next !== node) continue;
    if (next.type === 'element' || next.type === 'root') {
      for (let index = next.children.length - 1; index >= 0; index -= 1) pending.push(next.children[index] as Nodes);
    }
  }
  return { text, start };
}

/**
 * Where a node starts, as a point.
 *
 * @param node - A hast node.
 * @param fallback - The point to give when the node has no position.
 * @returns Its line, column and offset.
 * @example
 * startOf(parseHtmlTree('\n<p>x</p>').children[1], { line: 1, column: 1, offset: 0 })
 * //=> { line: 2, column: 1, offset: 1 }
 */
export function startOf(node: Nodes, fallback: TextPoint): TextPoint {
  const point = node.position?.start;
  return point?.offset === undefined ? fallback : { line: point.line, column: point.column, offset: point.offset };
}
