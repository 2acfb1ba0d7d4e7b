import { HTML_ANCHOR_LINE, SUBMITTED_BY_LINE } from '../tokenize/chrome-patterns.js';
import { REFERENCE_LINK_END, REFERENCE_LIST_ITEM, parseBareUrlLine } from '../tokenize/markdown-patterns.js';
import type { Format, Token } from '../schema.js';
import { parsePaperIdInUrl } from '../text/link-patterns.js';
import { isTrendingPage } from './parse-markdown.js';
import { isSiteChrome } from './site-evidence.js';
import { splitParagraphs } from './split-paragraphs.js';

/** Kinds that only markdown captures give. */
const MARKDOWN_KINDS: ReadonlySet<Token['kind']> = new Set(['title', 'upvotes', 'organization', 'github', 'link']);

/** At least this many marks make a capture reference-style or link-per-line. */
const FAMILY_MARKS = 3;

/**
 * Tell the family of a dump from its tokens. Markdown captures (tokens with links, titles or
 * upvote boxes) are `html-extraction` (HTML anchors, `Submitted by`), `trending`,
 * `reference-markdown` (a text browser's `[`/`][32]` link boxes and numbered link lists),
 * `link-per-line` (link targets on lines of their own), `digest` (titles that link to paper pages,
 * and nothing of the site's cards or pages) or `markdown`. Plain text is `daily`
 * when cards have footers, `search` when most text paragraphs (hard wraps undone) have
 * no blank line between them, else `listing` (docs/families.md#detection).
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The family.
 * @example
 * detectFormat(tokenize('Title\n\nAbstract. More.\n\n• 2 authors\n·\nMar 6'))
 * //=> 'daily'
 */
export function detectFormat(tokens: readonly Token[]): Format {
  let markdown = false;
  let htmlMarks = 0;
  let referenceMarks = 0;
  let urlLines = 0;
  let textParagraphs = 0;
  let denseParagraphs = 0;
  let footerLines = 0;
  let run: Token[] = [];
  const endRun = (): void => {
    const paragraphs = splitParagraphs(run);
    textParagraphs += paragraphs.length;
    if (paragraphs.length >= 2) denseParagraphs += paragraphs.length;
    run = [];
  };
  for (const token of tokens) {
    if (MARKDOWN_KINDS.has(token.kind) || token.urls !== undefined) markdown = true;
    if (token.kind === 'text') {
      run.push(token);
      continue;
    }
    endRun();
    if (token.kind === 'authors' || token.kind === 'separator') footerLines += 1;
    if (token.kind !== 'chrome') continue;
    if (HTML_ANCHOR_LINE.test(token.text) || SUBMITTED_BY_LINE.test(token.text)) htmlMarks += 1;
    if (REFERENCE_LINK_END.test(token.text) || REFERENCE_LIST_ITEM.test(token.text) || token.text === '[') referenceMarks += 1;
    if (parseBareUrlLine(token.text) !== null) urlLines += 1;
  }
  endRun();
  if (markdown) {
    if (htmlMarks > 0) return 'html-extraction';
    if (isTrendingPage(tokens)) return 'trending';
    if (referenceMarks >= FAMILY_MARKS) return 'reference-markdown';
    if (urlLines >= FAMILY_MARKS) return 'link-per-line';
    return isDigest(tokens) ? 'digest' : 'markdown';
  }
  if (footerLines > 0) return 'daily';
  return denseParagraphs * 2 > textParagraphs ? 'search' : 'listing';
}

/** Token kinds of a card's own parts on the paper pages: footer parts, upvote boxes, organizations, star counts. */
const CARD_PART_KINDS: ReadonlySet<Token['kind']> = new Set(['authors', 'separator', 'date', 'upvotes', 'organization', 'github']);

/**
 * A digest or newsletter that lists papers: titles that link to paper pages, and nothing of the
 * site's cards or pages (no footer part, upvote box, organization or star count, no chrome that
 * only the site writes, no capture header of the site). The text under each title is the
 * digest's own summary (docs/families.md#digest).
 */
function isDigest(tokens: readonly Token[]): boolean {
  let paperTitles = 0;
  for (const token of tokens) {
    if (CARD_PART_KINDS.has(token.kind)) return false;
    if (isSiteChrome(token)) return false;
    if (token.kind === 'title' && token.urls?.some((url) => parsePaperIdInUrl(url) !== null) === true) paperTitles += 1;
  }
  return paperTitles > 0;
}
