import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The one HTML parser: a whole page, a page a browser saved, or a fragment of one. */
const HTML_PROCESSOR = unified().use(rehypeParse, { fragment: true });

/**
 * Parse HTML into a hast tree, as a browser would: entities decoded, tags left open closed,
 * nothing fetched or run. Every reader of HTML (pages, escaped HTML inside feeds or JSON) walks
 * the tree this gives; each node knows its line, column and offset.
 *
 * @param html - HTML text: a page or a fragment.
 * @returns The hast root.
 * @example
 * parseHtmlTree('<p>A &amp; B</p>').children[0].children[0].value
 * //=> 'A & B'
 */
export function parseHtmlTree(html: string): Root {
  return HTML_PROCESSOR.parse(html);
}
