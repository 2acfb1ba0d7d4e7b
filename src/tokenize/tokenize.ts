import { assertString } from '../assert-argument.js';
import type { Token } from '../schema.js';
import { parseHtml, parseHtmlStart } from './html-patterns.js';
import { BARE_URL_LINE_IN_TEXT, MARKDOWN_SYNTAX, parseBareUrlLine } from './markdown-patterns.js';
import { splitLines } from './split-lines.js';
import { tokenizeHtml } from './tokenize-html.js';
import { tokenizeJson, tokenizeJsonLines } from './tokenize-json.js';
import { tokenizeMarkdown } from './tokenize-markdown.js';
import { tokenizePlainText } from './tokenize-plain-text.js';
import { tokenizeXml } from './tokenize-xml.js';

/**
 * Turn a capture into tokens. A JSON object or array gives a `group` for its root, then
 * `record`, `group` and `field` tokens (see `tokenizeJson`); JSON Lines give the same, a
 * `record` per line (see `tokenizeJsonLines`); so does an XML document, such as an RSS or Atom
 * feed (see `tokenizeXml`). HTML (see `isHtml`) is parsed into a tree and gives `element`
 * tokens for the page, its hydration data and its cards (see `tokenizeHtml`). Markdown (inline or reference
 * links, headings, fences, or link targets on lines of their own) is parsed with remark-parse;
 * anything else is read as plain text. Both give line tokens of the same kinds: blank lines,
 * page chrome, text, card footer parts (author counts, `·`, dates), and, from markdown, titles,
 * upvote boxes, organization, GitHub and other links, each with its link targets
 * (docs/record.md#token-kinds).
 *
 * @param text - A whole capture.
 * @returns The tokens in input order, each with its 1-based line and column and 0-based offset.
 * @example
 * tokenize('Daily Papers\n\nMar 6').map((token) => token.kind)
 * //=> ['chrome', 'blank', 'date']
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'text');
  return tokenizeJson(text) ?? tokenizeXml(text) ?? tokenizeJsonLines(text) ?? (isHtml(text) ? tokenizeHtml(text) : tokenizeLines(text, isMarkdown(text)));
}

/**
 * Tell whether a capture is HTML: a page (a doctype naming HTML, or the `html` tag, first), or
 * a fragment of one: a block element's start tag first, and a tag's `>` last or no markdown in
 * it (a fragment cut off inside a tag is still HTML; markdown that opens with some HTML is not).
 *
 * @param text - A whole capture.
 * @returns True for HTML.
 * @example
 * isHtml('<article><h3><a href="/papers/2602.20159">A Title</a></h3></article><article><a href="/pap')
 * //=> true
 */
export function isHtml(text: string): boolean {
  return parseHtml(text) || (parseHtmlStart(text) && !isMarkdown(text));
}

/**
 * Turn a text that is not JSON into line tokens, as markdown or as plain text.
 *
 * @param text - A capture, or a batch of one.
 * @param markdown - Whether to read it as markdown.
 * @returns The line tokens.
 * @example
 * tokenizeLines('Mar 6', false).map((token) => token.kind)
 * //=> ['date']
 */
export function tokenizeLines(text: string, markdown: boolean): Token[] {
  return markdown ? tokenizeMarkdown(text) : tokenizePlainText(text);
}

/**
 * Tell whether a capture is markdown: it uses markdown links, headings or fences, or writes
 * link targets on lines of their own (at least two, each a block of its own).
 *
 * @param text - A whole capture.
 * @returns True for markdown.
 * @example
 * isMarkdown('### [A Title](https://huggingface.co/papers/2606.00683)')
 * //=> true
 */
export function isMarkdown(text: string): boolean {
  // Cheap scans first: each regex runs only on text that holds the characters it needs.
  const hasMarkup =
    text.includes('](') ||
    text.includes('][') ||
    text.startsWith('#') ||
    text.includes('\n#') ||
    text.includes('```') ||
    text.includes('~~~');
  if (hasMarkup && MARKDOWN_SYNTAX.test(text)) return true;
  const hasUrlLine = text.includes('\nhttp') || text.includes('\n<http') || text.startsWith('http');
  return hasUrlLine && BARE_URL_LINE_IN_TEXT.test(text) && countUrlBlockLines(text) >= URL_BLOCK_LINES;
}

/** Lines that are only a URL, standing as blocks, that make a text markdown (a link-per-line export). */
const URL_BLOCK_LINES = 2;

/**
 * Count, up to `URL_BLOCK_LINES`, the lines that are only a URL and stand as a block: after a
 * blank line, at the start, or after another such line. A URL that a hard wrap moved onto a
 * line of its own, inside a paragraph, is none (docs/families.md#hard-wrapped-text).
 */
function countUrlBlockLines(text: string): number {
  let count = 0;
  let previous = '';
  let previousIsUrl = false;
  for (const source of splitLines(text)) {
    const line = source.text.trim();
    const isUrl = parseBareUrlLine(line) !== null;
    if (isUrl && (previous === '' || previousIsUrl)) {
      count += 1;
      if (count >= URL_BLOCK_LINES) return count;
    }
    previous = line;
    previousIsUrl = isUrl;
  }
  return count;
}
