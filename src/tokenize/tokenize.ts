import { assertString } from '../assert-argument.js';
import { BARE_URL_LINE_IN_TEXT, MARKDOWN_SYNTAX } from './markdown-patterns.js';
import type { Token } from '../schema.js';
import { tokenizeMarkdown } from './tokenize-markdown.js';
import { tokenizePlainText } from './tokenize-plain-text.js';

/**
 * Turn a capture into line tokens. Markdown (inline or reference links, headings, fences, or
 * link targets on lines of their own) is parsed with remark-parse; anything else is read as
 * plain text. Either way the tokens are of the same kinds: blank lines, page chrome, text,
 * card footer parts (author counts, `·`, dates), and, from markdown, titles, upvote boxes,
 * organization, GitHub and other links, each with its link targets.
 *
 * @param text - A whole capture.
 * @returns The tokens in input order, each with its 1-based line and column and 0-based offset.
 * @example
 * tokenize('Daily Papers\n\nMar 6').map((token) => token.kind)
 * //=> ['chrome', 'blank', 'date']
 */
export function tokenize(text: string): Token[] {
  assertString(text, 'text');
  return isMarkdown(text) ? tokenizeMarkdown(text) : tokenizePlainText(text);
}

/**
 * Tell whether a capture is markdown: it uses markdown links, headings or fences, or writes
 * link targets on lines of their own.
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
  return hasUrlLine && BARE_URL_LINE_IN_TEXT.test(text);
}
