import { AUTHOR_COUNT_LINE, DATE_LEAD_IN, GITHUB_STARS_LINE, MARKED_UPVOTE_LINE, PLAIN_COUNT, UPVOTE_LINE, parseCardDateLine } from '../text/card-footer-patterns.js';
import { SITE_OR_ARXIV_URL, parseHuggingFaceProfileUrl, parsePaperIdInUrl, parseSearchQueryInUrl } from '../text/link-patterns.js';
import { FRONT_MATTER_FIELD_LINE, MARKDOWN_CAPTURE_HEADER_LINE, SUBMITTED_BY_LINE } from './chrome-patterns.js';
import { BARE_URL_LINE, HAS_WORD_CHARACTER, HEADING_NUMBER, IMAGE_PLACEHOLDER_LINE, INLINE_LINK_END, INLINE_REFERENCE_LINK, INLINE_SEPARATOR, LEADING_ALT_TEXT, REFERENCE_LINK_END, parseBareUrlLine, parseBracketedHandleName, parseReferenceListItem } from './markdown-patterns.js';
import { classifyTextShape } from '../text/text-shape.js';
import type { Token, TokenKind } from '../schema.js';
import type { TextShape } from '../text/text-shape.js';
import { CHROME_LINES } from './chrome-phrases.js';
import { classifyLine } from './classify-line.js';
import { MARKDOWN_CHROME_LINES, SITE_PATHS } from './markdown-chrome.js';
import { markdownLines, type MarkdownLine } from './markdown-lines.js';

/** A markdown line on its way to a token: link syntax resolved, bracket boxes known. */
interface Line extends MarkdownLine {
  /** The visible text as markdown gave it, before link syntax was resolved. */
  original: string;
  /** The line stood between `[` and `][N]` lines (a text browser's link box). */
  bracketed: boolean;
  /** Written as `[handle] Name` (an avatar's alt text, then the name). */
  handle: string | null;
  /** The reference numbers the line's link syntax points at. */
  references: string[];
  /** The shape of the whole block the line belongs to. */
  blockShape: TextShape;
}

/**
 * Turn a markdown capture into the same tokens as the plain-text tokenizer, plus the kinds
 * only markdown carries (titles, upvote boxes, organization, GitHub and other links), each
 * with the link targets found for it. The document is parsed with unified and remark-parse;
 * what markdown leaves unresolved (a text browser's `[`/`][32]` link boxes, link targets on
 * lines of their own, numbered link lists) is resolved here, line by line (docs/families.md#markdown-families).
 *
 * @param text - A markdown capture.
 * @returns The tokens in document order.
 * @example
 * tokenizeMarkdown('[101](https://huggingface.co/login?next=%2Fpapers%2F2606.00683)\n\n### [A Title](https://huggingface.co/papers/2606.00683)').map((token) => token.kind)
 * //=> ['upvotes', 'blank', 'title']
 */
export function tokenizeMarkdown(text: string): Token[] {
  // remark drops a BOM, and its positions would then miss the BOM's character: read without it, then move line 1 back.
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) {
    const tokens = tokenizeMarkdownBody(text.slice(1));
    for (const token of tokens) {
      token.offset += 1;
      if (token.line === 1) token.column += 1;
    }
    return tokens;
  }
  return tokenizeMarkdownBody(text);
}

/** The BOM character, which some tools write before a UTF-8 text. */
const BYTE_ORDER_MARK = 0xfeff;

/** `tokenizeMarkdown` on a text without a BOM. */
function tokenizeMarkdownBody(text: string): Token[] {
  const lines = joinWrappedFooterParts(resolveLinkSyntax(markdownLines(text)));
  const searchQuery = findSearchQuery(lines);
  const tokens: Token[] = [];
  let previous: Line | null = null;
  let afterSubmittedBy = false;
  /** The last token that is neither blank nor chrome. */
  let lastToken: Token | undefined;
  for (const line of lines) {
    if (previous !== null && line.line > previous.line + 1) {
      const blankLine = previous.line + 1;
      tokens.push({ kind: 'blank', text: '', line: blankLine, column: 1, offset: previous.offset + previous.text.length + 1 });
    }
    previous = line;
    if (afterSubmittedBy && !line.chrome && line.text !== '' && !IMAGE_PLACEHOLDER_LINE.test(line.text)) {
      // The user name after `Submitted by` and its avatar.
      afterSubmittedBy = false;
      tokens.push(tokenOf(line, 'chrome', line.text));
      continue;
    }
    if (SUBMITTED_BY_LINE.test(line.text)) afterSubmittedBy = line.text.length <= 'Submitted by'.length + 1;
    if (lastToken?.kind === 'date' && PLAIN_COUNT.test(line.text) && line.urls.some((url) => url.includes('#community'))) {
      // The comment count on a line of its own after the date (`Aug 17`, `1`, the `#community` link).
      lastToken.text = `${lastToken.text} ${line.text}`;
      continue;
    }
    for (const part of splitAtSeparator(line)) {
      const above = lastToken !== undefined && lastToken.line === part.line - 1 ? lastToken : undefined;
      // Inside a paragraph, a line under a text line continues it (docs/families.md#hard-wrapped-text).
      const continuation = !part.blockStart && above?.kind === 'text';
      let kind = classifyMarkdownLine(part, searchQuery, continuation);
      // A chrome word right under a title line (`Language` / `Models`) is the title's wrapped end.
      if (kind === 'chrome' && above?.kind === 'title' && isWrappedChromeWord(part.text)) {
        kind = 'title';
      }
      // An indented line right under a title line is the title's wrapped rest, while the whole stays title-shaped.
      if (kind === 'text' && above?.kind === 'title' && part.indented && classifyTextShape(`${above.text} ${part.text}`) === 'title') {
        kind = 'title';
      }
      const token = kind === 'title' && part.heading > 0 ? unnumberedTitle(part) : tokenOf(part, kind, part.text);
      tokens.push(token);
      if (kind !== 'chrome') lastToken = token;
    }
  }
  return tokens;
}

/**
 * Join a card date or author count that a wrap broke over two lines of one paragraph
 * (`May` / `29[6](...)`): neither line is one alone, together they are (docs/families.md#hard-wrapped-text).
 */
function joinWrappedFooterParts(lines: readonly Line[]): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && !line.blockStart && !line.chrome && !previous.chrome && previous.line === line.line - 1) {
      const text = `${previous.text} ${line.text}`;
      if (!isFooterPart(previous.text) && !isFooterPart(line.text) && isFooterPart(text)) {
        previous.text = text;
        for (const url of line.urls) if (!previous.urls.includes(url)) previous.urls.push(url);
        continue;
      }
    }
    joined.push(line);
  }
  return joined;
}

/** A card date or an author count. */
function isFooterPart(text: string): boolean {
  return text.length <= 40 && (AUTHOR_COUNT_LINE.test(text) || isDateText(text));
}

/** A one-word line that chrome tables list (`Models`, `Spaces`). */
function isWrappedChromeWord(text: string): boolean {
  return !text.includes(' ') && (CHROME_LINES.has(text) || MARKDOWN_CHROME_LINES.has(text));
}

/** A heading's title without the number a newsletter puts before it (`## 1. [Title](...)`). */
function unnumberedTitle(line: Line): Token {
  const number = HEADING_NUMBER.exec(line.text)?.[0] ?? '';
  const token = tokenOf(line, 'title', line.text.slice(number.length));
  token.column += number.length;
  token.offset += number.length;
  return token;
}

function tokenOf(line: Line, kind: TokenKind, text: string): Token {
  const token: Token = { kind, text, line: line.line, column: line.column, offset: line.offset };
  if (line.urls.length > 0) token.urls = line.urls;
  return token;
}

/**
 * Resolve what markdown left as text: numbered link lists and `[N]:` definitions give the
 * targets of `[text][N]` links; `[` / `][N]` lines box the lines between them; a line that is
 * only a URL is the target of the line before it.
 */
function resolveLinkSyntax(source: readonly MarkdownLine[]): Line[] {
  const references = new Map<string, string>();
  for (const line of source) {
    const item = parseReferenceListItem(line.text);
    if (item !== null) references.set(item.label, item.url);
  }
  const lines: Line[] = [];
  let box: Line[] | null = null;
  /** The content lines of the last block that had any: a link target on a line of its own belongs to all of them. */
  let lastBlock: Line[] = [];
  let blockOpen = false;
  for (const markdown of source) {
    if (markdown.blockStart) blockOpen = false;
    const line: Line = {
      ...markdown,
      urls: [...markdown.urls],
      original: markdown.text,
      bracketed: box !== null,
      handle: null,
      references: [],
      blockShape: 'either',
    };
    if (line.chrome) {
      lines.push(line);
      continue;
    }
    if (parseReferenceListItem(line.text) !== null) {
      line.chrome = true;
      lines.push(line);
      continue;
    }
    // A URL alone in its own block is the target of the line before it; inside a paragraph it is text that wrapped.
    const bareUrl = markdown.blockStart ? parseBareUrlLine(line.text) : null;
    if (bareUrl !== null) {
      // A link target on a line of its own belongs to the text before it: every line of that block (a wrapped title).
      for (const content of lastBlock) if (!content.urls.includes(bareUrl)) content.urls.push(bareUrl);
      line.chrome = true;
      lines.push(line);
      continue;
    }
    // A box opens with `[` (alone, or before text whose link closes on a later line).
    let opens = false;
    if (line.text === '[' || (line.text.startsWith('[') && !line.text.includes(']'))) {
      opens = true;
      line.text = line.text.slice(1).trim();
    }
    // Links resolved inside the line: `Aug 17 [ 1][35]`.
    line.text = line.text.replace(INLINE_REFERENCE_LINK, (_whole, inner: string, label: string) => {
      line.references.push(label);
      return inner.trim();
    });
    // A box or a link closes at the end of the line: `][33]`, `Intelligence][32]`, `117](https://...)`.
    let closesBox = false;
    const referenceEnd = REFERENCE_LINK_END.exec(line.text);
    const inlineEnd = referenceEnd === null ? INLINE_LINK_END.exec(line.text) : null;
    if (referenceEnd !== null) {
      line.references.push(referenceEnd[1] as string);
      line.text = line.text.slice(0, referenceEnd.index).trim();
      closesBox = true;
    } else if (inlineEnd !== null) {
      line.urls.push(inlineEnd[1] as string);
      line.text = line.text.slice(0, inlineEnd.index).trim();
      closesBox = true;
    }
    // The opening bracket of a box whose close was stripped: `[[UCSanDiego] University of ...`.
    while (line.text.startsWith('[') && countOf(line.text, '[') > countOf(line.text, ']')) {
      line.text = line.text.slice(1).trim();
    }
    if (line.text.startsWith('[') && line.text.endsWith(']') && !IMAGE_PLACEHOLDER_LINE.test(line.text)) {
      line.text = line.text.slice(1, -1).trim();
    }
    const handleName = line.text.startsWith('[') ? parseBracketedHandleName(line.text) : null;
    const altText = handleName === null && line.text.startsWith('[') ? LEADING_ALT_TEXT.exec(line.text) : null;
    if (altText !== null) {
      // An image's alt text before a name (`[Hugging Face's logo] Hugging Face`): only the name is visible.
      line.text = line.text.slice(altText[0].length).trim();
    }
    if (handleName !== null) {
      // An avatar's alt text names the organization: keep it as the profile link it stands for.
      line.handle = handleName.handle;
      line.text = handleName.name;
      line.urls.push(`https://huggingface.co/${handleName.handle}`);
    }
    for (const label of line.references) {
      const url = references.get(label);
      if (url !== undefined && !line.urls.includes(url)) line.urls.push(url);
    }
    if (opens) box = [];
    if (box !== null) {
      line.bracketed = true;
      box.push(line);
    }
    if (closesBox && box !== null) {
      // Everything in the box links where its close points.
      for (const boxed of box) for (const url of line.urls) if (!boxed.urls.includes(url)) boxed.urls.push(url);
      box = null;
    }
    lines.push(line);
    if (line.text !== '') {
      if (!blockOpen) lastBlock = [];
      blockOpen = true;
      lastBlock.push(line);
    }
  }
  for (const line of lines) {
    if (line.text === '' && !line.chrome && line.urls.length === 0) {
      // A bare `[` or `][33]`: link syntax only, kept as chrome so that it can be counted.
      line.chrome = true;
      line.text = line.original;
    }
  }
  const kept = lines.filter((line) => line.chrome || line.text !== '' || line.urls.length > 0);
  markBlockShapes(kept);
  return kept;
}

/** Give every line the shape of its whole block (a wrapped abstract's short lines are still an abstract). */
function markBlockShapes(lines: Line[]): void {
  let start = 0;
  for (let index = 1; index <= lines.length; index += 1) {
    if (index === lines.length || (lines[index] as Line).blockStart) {
      const block = lines.slice(start, index);
      const shape = classifyTextShape(block.map((line) => line.text).join(' '));
      for (const line of block) line.blockShape = shape;
      start = index;
    }
  }
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count += 1;
  return count;
}

/** The query of a search page, from its capture header or front matter: its echo on the page is chrome. */
function findSearchQuery(lines: readonly Line[]): string | null {
  for (const line of lines) {
    if (!line.chrome && !MARKDOWN_CAPTURE_HEADER_LINE.test(line.text)) continue;
    const query = parseSearchQueryInUrl(line.text);
    if (query !== null) return query.toLowerCase();
  }
  return null;
}

/** Split `OCC · Published on Oct 4, 2026` and `· Oct 4, 2026` into their parts. */
function splitAtSeparator(line: Line): Line[] {
  if (!line.text.includes('·') || line.text === '·') return [line];
  const parts = line.text.split(INLINE_SEPARATOR);
  if (parts.length !== 2 || !isDateText(parts[1] as string)) return [line];
  const [owner, date] = parts as [string, string];
  const pieces: Line[] = [];
  if (owner !== '') pieces.push({ ...line, text: owner });
  pieces.push({ ...line, text: '·', urls: [], handle: null });
  pieces.push({ ...line, text: date, urls: line.urls.filter((url) => url.includes('#community')), handle: null });
  return pieces;
}

function isDateText(text: string): boolean {
  return parseCardDateLine(text.replace(DATE_LEAD_IN, '')) !== null;
}

/**
 * What one resolved markdown line is. A line that continues a text line inside its paragraph is
 * never chrome by its words alone (`by`, `challenges: constructing`): only a card part's own
 * shape or link starts a new part there (docs/families.md#hard-wrapped-text).
 */
function classifyMarkdownLine(line: Line, searchQuery: string | null, continuation: boolean): TokenKind {
  const { text } = line;
  if (line.chrome || text === '') return 'chrome';
  if (text === '·') return 'separator';
  if (!HAS_WORD_CHARACTER.test(text)) {
    return text === '-' && (line.bracketed || line.urls.some((url) => url.includes('/login'))) ? 'upvotes' : 'chrome';
  }
  const paperId = firstPaperId(line.urls);
  // A heading, or a line that links to a paper page, is no front matter field: `s1: Simple test-time scaling`.
  const fieldShaped = line.heading === 0 && paperId === null && FRONT_MATTER_FIELD_LINE.test(text);
  if (!continuation) {
    if (MARKDOWN_CHROME_LINES.has(text) || IMAGE_PLACEHOLDER_LINE.test(text) || SUBMITTED_BY_LINE.test(text)) return 'chrome';
    if (MARKDOWN_CAPTURE_HEADER_LINE.test(text) || fieldShaped) return 'chrome';
    if (searchQuery !== null && text.toLowerCase() === searchQuery) return 'chrome';
  }
  const plain = classifyLine(text);
  if (plain === 'chrome' && !continuation) return plain;
  if (plain === 'separator' || plain === 'authors') return plain;
  if (plain === 'date' || isDateText(text)) return 'date';
  if (GITHUB_STARS_LINE.test(text)) return 'github';
  const linksToLogin = line.urls.some((url) => url.includes('/login'));
  if (UPVOTE_LINE.test(text) && (linksToLogin || line.bracketed || MARKED_UPVOTE_LINE.test(text))) return 'upvotes';
  if (MARKED_UPVOTE_LINE.test(text)) return 'upvotes';
  if (line.heading >= 3) return 'title';
  if (line.heading > 0) return paperId === null ? 'chrome' : 'title';
  if (organizationHandle(line.urls) !== null) {
    if (text.length <= 80 && classifyTextShape(text) !== 'abstract') return 'organization';
  }
  const cardLink = line.urls.some((url) => !SITE_OR_ARXIV_URL.test(url) || url.includes('arxiv.org'));
  if (cardLink && text.length <= 40 && classifyTextShape(text) === 'title' && !BARE_URL_LINE.test(text)) return 'link';
  if (paperId !== null && line.blockShape === 'title' && !line.urls.some((url) => url.includes('#community'))) {
    return 'title';
  }
  if (line.urls.some((url) => url.includes('/papers/date/'))) return 'chrome';
  return 'text';
}

function firstPaperId(urls: readonly string[]): string | null {
  for (const url of urls) {
    const id = parsePaperIdInUrl(url);
    if (id !== null) return id;
  }
  return null;
}

/** The handle of the first organization (profile) link, or null. */
function organizationHandle(urls: readonly string[]): string | null {
  for (const url of urls) {
    const handle = parseHuggingFaceProfileUrl(url);
    if (handle !== null && !SITE_PATHS.has(handle)) return handle;
  }
  return null;
}

/**
 * The organization handle a token carries: from its profile link, else from `[handle] Name`.
 *
 * @param token - An `organization` token.
 * @returns The handle, or null.
 * @example
 * organizationHandleOf({ kind: 'organization', text: 'OCC', line: 1, column: 1, offset: 0, urls: ['https://huggingface.co/occ-ai'] })
 * //=> 'occ-ai'
 */
export function organizationHandleOf(token: Token): string | null {
  return organizationHandle(token.urls ?? []);
}
