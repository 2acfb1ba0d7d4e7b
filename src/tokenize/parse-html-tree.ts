import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { VFile } from 'vfile';

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * How deep the tree nests at most. The tree builder (hast-util-from-parse5) recurses once per
 * level, so a deeper tree could overflow the stack; browsers cap their trees too (Blink at 512).
 */
export const MAX_HTML_DEPTH = 512;

/** The depth below which over-deep nesting is undone: a deeper tree is rebuilt from here down. */
const LIFT_DEPTH = MAX_HTML_DEPTH / 2;

/** The height up to which a subtree below the lift depth keeps its structure (the depth it ends at stays within the cap). */
const KEPT_HEIGHT = MAX_HTML_DEPTH - LIFT_DEPTH - 1;

/** A parsed HTML text: its tree, and where the input ends inside a tag, a comment or a doctype (null when it does not). */
export interface HtmlDocument {
  tree: Root;
  cutOff: number | null;
}

/**
 * Parse HTML into a hast tree, as a browser would: entities decoded, tags left open closed,
 * nothing fetched or run. This is what rehype-parse does (parse5, then hast-util-from-parse5),
 * with one step between: elements nested deeper than `MAX_HTML_DEPTH` are lifted to that depth,
 * as browsers do, so that no input overflows the stack of the tree builder (parse5 itself reads
 * any depth without recursion). Every reader of HTML (pages, escaped HTML inside feeds or JSON)
 * walks the tree this gives; each node knows its line, column and offset.
 *
 * @param html - HTML text: a page or a fragment.
 * @returns The hast root.
 * @example
 * parseHtmlTree('<p>A &amp; B</p>').children[0].children[0].value
 * //=> 'A & B'
 */
export function parseHtmlTree(html: string): Root {
  return parseHtmlDocument(html).tree;
}

/**
 * `parseHtmlTree`, and where the input is cut off: the offset of its end when parse5 reports it
 * ends inside markup (`eof-in-tag`, `eof-in-comment`, `eof-before-tag-name`, ...), where the
 * parser drops the unfinished tag.
 *
 * @param html - HTML text: a page or a fragment.
 * @returns The hast root, and the offset where the input ends inside markup, or null.
 * @example
 * parseHtmlDocument('<div><a href="/papers/26').cutOff
 * //=> 24
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  let cutOff: number | null = null;
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
    onParseError: (error) => {
      if (error.code.startsWith(EOF_ERROR_PREFIX)) cutOff ??= error.startOffset;
    },
  });
  capDepth(fragment);
  return { tree: fromParse5(fragment, { file: new VFile(html) }) as Root, cutOff };
}

/** What the codes of parse5's errors for an input that ends inside markup start with. */
const EOF_ERROR_PREFIX = 'eof-';

/** The children of a parse5 node, a template's content included. */
function childrenOf(node: Parse5Node): Parse5Node[] {
  if (!('childNodes' in node)) return [];
  const content = (node as DefaultTreeAdapterMap['template']).content;
  return content === undefined ? node.childNodes : [...node.childNodes, ...content.childNodes];
}

/** Rebuild every subtree that reaches deeper than the cap from `LIFT_DEPTH` down (see `parseHtmlTree`); without recursion. */
function capDepth(root: Parse5Parent): void {
  const pending: { node: Parse5Node; level: number }[] = [{ node: root, level: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, level } = next;
    if (level < LIFT_DEPTH) {
      for (const child of childrenOf(node)) pending.push({ node: child, level: level + 1 });
    } else {
      const heights = measureHeights(node);
      if ((heights.get(node) ?? 0) > KEPT_HEIGHT) liftDeepChain(node as Parse5Parent, heights);
    }
  }
}

/** The height of every element of a subtree (0 for one without element children), in one pass after its children. */
function measureHeights(root: Parse5Node): Map<Parse5Node, number> {
  const heights = new Map<Parse5Node, number>();
  const pending: { node: Parse5Node; done: boolean }[] = [{ node: root, done: false }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const children = childrenOf(next.node).filter((child) => 'childNodes' in child);
    if (next.done) {
      let height = 0;
      for (const child of children) height = Math.max(height, (heights.get(child) ?? 0) + 1);
      heights.set(next.node, height);
      continue;
    }
    pending.push({ node: next.node, done: true });
    for (const child of children) pending.push({ node: child, done: false });
  }
  return heights;
}

/**
 * Lay the over-deep chain below a node flat as its children, in document order: an element
 * whose subtree is higher than `KEPT_HEIGHT` is emptied and its children follow it; any other
 * node (a text, a low subtree) is kept whole.
 */
function liftDeepChain(node: Parse5Parent, heights: ReadonlyMap<Parse5Node, number>): void {
  const lifted: Parse5Node[] = [];
  const pending = [...childrenOf(node)].reverse();
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    (next as { parentNode: Parse5Parent | null }).parentNode = node;
    lifted.push(next);
    if ((heights.get(next) ?? 0) <= KEPT_HEIGHT) continue;
    const children = childrenOf(next);
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index] as Parse5Node);
    emptyNode(next);
  }
  emptyNode(node);
  node.childNodes = lifted as DefaultTreeAdapterMap['childNode'][];
}

/** Take a node's children (and a template's content) away. */
function emptyNode(node: Parse5Node): void {
  if ('childNodes' in node) node.childNodes = [];
  const content = (node as DefaultTreeAdapterMap['template']).content;
  if (content !== undefined) content.childNodes = [];
}
