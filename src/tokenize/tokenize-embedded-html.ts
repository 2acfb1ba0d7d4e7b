import type { Element, Root, RootContent } from 'hast';
import type { Token } from '../schema.js';
import type { TextPosition } from './locate-offset.js';
import { parseHtmlTree } from './parse-html-tree.js';
import { HTML_BLOCK_ELEMENTS, HTML_SKIPPED_ELEMENTS, HTML_URL_ATTRIBUTES } from './xml-elements.js';

/** A node of the tree still to visit, or the end of a block element to mark. */
type Pending = { node: RootContent; parent: string } | { closes: string; at: number };

/**
 * Turn HTML that stands inside a field of a structured document (the escaped HTML of a feed's
 * `description`) into tokens keyed under that field: a `field` for each text node, keyed by the
 * field and the element that holds the text (`description>b`; `description>` at the top); a
 * `field` for each image source and link target (`description>img@src`, `description>a@href`);
 * and a `group` where each block element (`p`, `div`, `li`, `br`, ...) opens (text: its name)
 * and closes (text: `/` and its name), so that a reader can tell paragraphs apart. The HTML is
 * parsed with `parseHtmlTree`, the library's one HTML parser; each token is placed where its
 * text is written in the source. Scripts and styles give nothing.
 *
 * @param html - The HTML text, as the document holds it once its own escapes are undone.
 * @param key - The key of the field that holds it.
 * @param place - Where an offset of `html` stands in the whole input.
 * @returns The tokens in document order, or null when the HTML is nested too deeply to parse.
 * @example
 * tokenizeEmbeddedHtml('<p><b>Upvotes:</b> 4</p>', 'description', (offset) => ({ line: 1, column: offset + 1, offset }))?.map((token) => `${token.key}=${token.text}`)
 * //=> ['description>p=p', 'description>b=Upvotes:', 'description>p= 4', 'description>p=/p']
 */
export function tokenizeEmbeddedHtml(html: string, key: string, place: (offset: number) => TextPosition): Token[] | null {
  let tree: Root;
  try {
    tree = parseHtmlTree(html);
  } catch {
    // The tree converter recurses: tens of thousands of nested elements overflow the stack.
    return null;
  }
  const tokens: Token[] = [];
  const pending: Pending[] = [];
  const queueChildren = (children: readonly RootContent[], parent: string): void => {
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index] as RootContent, parent });
  };
  queueChildren(tree.children, '');
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if ('closes' in next) {
      tokens.push({ kind: 'group', key: `${key}>${next.closes}`, text: `/${next.closes}`, ...place(next.at) });
      continue;
    }
    const { node, parent } = next;
    if (node.type === 'text') {
      if (node.value.trim() !== '') tokens.push({ kind: 'field', key: `${key}>${parent}`, text: node.value, ...place(startOf(node)) });
      continue;
    }
    if (node.type !== 'element' || HTML_SKIPPED_ELEMENTS.has(node.tagName)) continue;
    const tag = node.tagName;
    const at = startOf(node);
    if (HTML_BLOCK_ELEMENTS.has(tag)) {
      tokens.push({ kind: 'group', key: `${key}>${tag}`, text: tag, ...place(at) });
      pending.push({ closes: tag, at: node.position?.end.offset ?? at });
    }
    const attribute = HTML_URL_ATTRIBUTES[tag];
    const url = attribute === undefined ? undefined : urlOf(node, attribute);
    if (attribute !== undefined && url !== undefined) tokens.push({ kind: 'field', key: `${key}>${tag}@${attribute}`, text: url, ...place(at) });
    queueChildren(node.children, tag);
  }
  return tokens;
}

/** Where a node starts in the HTML (0 for a node the parser made up, such as an implied `tbody`). */
function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

/** An element's URL attribute, trimmed; undefined when it has none. */
function urlOf(element: Element, attribute: string): string | undefined {
  const value = element.properties[attribute];
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  return url === '' ? undefined : url;
}
