import type { Element, Nodes } from 'hast';
import type { Token, TokenKind } from '../schema.js';
import { DATE_LEAD_IN, parseAuthorCountLine, parseCardDateLine, parseUpvoteLine } from '../text/card-footer-patterns.js';
import { parseHuggingFaceProfileUrl, parsePaperIdInUrl } from '../text/link-patterns.js';
import { readNodeText, startOf, type TextPoint } from './hast-text.js';
import { parsePaperPageUrl, parseShownCount } from './html-patterns.js';
import { SITE_PATHS } from './markdown-chrome.js';

/** What a card's links are resolved against: the origin of the page (`https://huggingface.co`). */
export interface CardPage {
  html: string;
  origin: string;
}

/** An element of a card being walked, and the link it stands in (resolved), if any. */
interface Frame {
  node: Nodes;
  parent: Element | null;
  link: string | null;
}

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text before the submitter's name in a card, whose element is page chrome. */
const SUBMITTED_BY = 'Submitted by';

/**
 * Tell whether an element is a heading.
 *
 * @param node - A hast node.
 * @returns True for `h1` to `h6`.
 * @example
 * isHeading(parseHtmlTree('<h3>A Title</h3>').children[0])
 * //=> true
 */
export function isHeading(node: Nodes): boolean {
  return node.type === 'element' && HEADINGS.has(node.tagName);
}

/**
 * Resolve a link's `href` against the page's origin: `/papers/2602.20159` is
 * `https://huggingface.co/papers/2602.20159`; absolute URLs stay as they are.
 *
 * @param href - The attribute's value.
 * @param origin - The page's origin.
 * @returns The absolute URL (a relative path or fragment stays as written).
 * @example
 * resolveHref('/papers/2602.20159', 'https://huggingface.co')
 * //=> 'https://huggingface.co/papers/2602.20159'
 */
export function resolveHref(href: string, origin: string): string {
  const url = href.trim();
  if (url.startsWith('//')) return `https:${url}`;
  if (url.startsWith('/')) return `${origin}${url}`;
  return url;
}

/**
 * The URL of the Hugging Face paper page that a heading links to: a link inside it, or the link
 * it stands in.
 *
 * @param heading - A heading element.
 * @param enclosing - The resolved URL of the link the heading stands in, if any.
 * @param origin - The page's origin.
 * @returns The resolved URL of the first link to a paper page, or null.
 * @example
 * paperLinkOf(parseHtmlTree('<h3><a href="/papers/2602.20159">A</a></h3>').children[0], null, 'https://huggingface.co')
 * //=> 'https://huggingface.co/papers/2602.20159'
 */
export function paperLinkOf(heading: Element, enclosing: string | null, origin: string): string | null {
  const pending: Nodes[] = [heading];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.type !== 'element') continue;
    const href = next.tagName === 'a' ? next.properties['href'] : undefined;
    if (typeof href === 'string' && parsePaperPageUrl(resolveHref(href, origin))) return resolveHref(href, origin);
    for (let index = next.children.length - 1; index >= 0; index -= 1) pending.push(next.children[index] as Nodes);
  }
  return enclosing !== null && parsePaperPageUrl(enclosing) ? enclosing : null;
}

/**
 * Turn a rendered paper card (an `article`, or the element around a heading) into tokens: an
 * `element` token for the card (key `card`; `endLine` only when its end tag closes it), then, in
 * document order, what the card shows: `title` (the first heading that links to a paper page),
 * `upvotes` (the count in a `login?next=/papers/<id>` link, or beside an upvote checkbox),
 * `organization` (a link to a Hugging Face profile), `authors` (`38 authors`), `github` (a GitHub link, or a link to
 * the paper page whose text is a count: the star count), `link` (the `#community` link with the
 * comment count, and other outside links), `date` (a date or `Published on ...`), and `text`
 * (each paragraph). The `Submitted by` box is chrome. Each token stands where its text starts.
 *
 * @param card - The card's element.
 * @param page - The HTML source and the page's origin.
 * @returns The tokens; none when no heading of the card links to a paper page.
 * @example
 * tokenizeHtmlCard(article, page).map((token) => token.kind)
 * //=> ['element', 'upvotes', 'title', 'organization', 'github', 'link']
 */
export function tokenizeHtmlCard(card: Element, page: CardPage): Token[] {
  const cardStart = startOf(card, { line: 1, column: 1, offset: 0 });
  const tokens: Token[] = [{ kind: 'element', key: 'card', text: card.tagName, ...cardStart, ...closedEnd(card, page.html) }];
  let title = false;
  let upvotes = false;
  const push = (kind: TokenKind, text: string, at: TextPoint, urls?: readonly string[]): void => {
    tokens.push({ kind, text, ...at, ...(urls === undefined || urls.length === 0 ? {} : { urls: [...urls] }) });
  };
  const pending: Frame[] = [{ node: card, parent: null, link: null }];
  for (let frame = pending.pop(); frame !== undefined; frame = pending.pop()) {
    const { node, link } = frame;
    if (node.type === 'text') {
      readCardText(node.value, startOf(node, cardStart), push);
      continue;
    }
    if (node.type !== 'element' || isHidden(node) || isSubmitter(node)) continue;
    const at = startOf(node, cardStart);
    let descend = true;
    if (isHeading(node)) {
      descend = false;
      const url = paperLinkOf(node, link, page.origin);
      const text = readNodeText(node);
      if (!title && url !== null) {
        title = true;
        push('title', text.text.trim(), text.start ?? at, [url]);
      } else if (text.text.trim() !== '') {
        push('text', text.text.trim(), text.start ?? at);
      }
    } else if (node.tagName === 'a' && typeof node.properties['href'] === 'string') {
      const url = resolveHref(node.properties['href'], page.origin);
      const text = readNodeText(node);
      const shown = text.text.trim();
      const where = text.start ?? at;
      descend = false;
      if (url.includes('#community')) push('link', shown, where, [url]);
      else if (url.includes('/login?') && parseUpvoteLine(shown) !== null) {
        if (!upvotes) push('upvotes', shown, where, [url]);
        upvotes = true;
      } else if (isGithubUrl(url)) push('github', shown, where, [url]);
      else if (parsePaperPageUrl(url) && parseShownCount(shown)) push('github', shown, where, [url]);
      else if (isProfileUrl(url)) push('organization', shown === '' ? imageAltOf(node) : shown, where, [url]);
      else if (parsePaperIdInUrl(url) !== null) descend = true;
      else if (url.startsWith('http')) push('link', shown, where, [url]);
      else descend = true;
      if (descend) pushChildren(pending, node, url);
      continue;
    } else if (node.tagName === 'input' && node.properties['type'] === 'checkbox' && !upvotes && frame.parent !== null) {
      const box = readNodeText(frame.parent).text.trim();
      if (parseUpvoteLine(box) !== null) {
        upvotes = true;
        push('upvotes', box, at, link === null ? undefined : [link]);
      }
    } else if (node.tagName === 'p') {
      descend = false;
      const text = readNodeText(node);
      if (text.text.trim() !== '') push('text', text.text.trim(), text.start ?? at);
    } else if (node.tagName === 'time') {
      descend = false;
      const text = readNodeText(node);
      const shown = text.text.trim();
      const dateTime = node.properties['dateTime'];
      const date = isCardDate(shown) || typeof dateTime !== 'string' ? shown : dateTime;
      if (date !== '') push('date', date, text.start ?? at);
    }
    if (descend) pushChildren(pending, node, link);
  }
  return title ? tokens : [];
}

/** Queue an element's children, last first, so that they are taken in document order. */
function pushChildren(pending: Frame[], node: Element, link: string | null): void {
  for (let index = node.children.length - 1; index >= 0; index -= 1) {
    pending.push({ node: node.children[index] as Nodes, parent: node, link });
  }
}

/** A text of a card that is a footer part: an author count or a date. */
function readCardText(value: string, at: TextPoint, push: (kind: TokenKind, text: string, at: TextPoint) => void): void {
  const text = value.trim();
  if (text === '') return;
  if (parseAuthorCountLine(text) !== null) push('authors', text, at);
  else if (isCardDate(text)) push('date', text, at);
}

/** A card date, also after `Published on`. */
function isCardDate(text: string): boolean {
  return parseCardDateLine(text.replace(DATE_LEAD_IN, '')) !== null;
}

/** The `endLine` of a card closed by its end tag; nothing for a card the input cuts off. */
function closedEnd(card: Element, html: string): { endLine?: number } {
  const end = card.position?.end;
  if (end?.offset === undefined) return {};
  const tag = `</${card.tagName}>`;
  return html.slice(end.offset - tag.length, end.offset).toLowerCase() === tag ? { endLine: end.line } : {};
}

function isHidden(node: Element): boolean {
  return node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template';
}

/** The `Submitted by` box: an element whose first text is `Submitted by`. */
function isSubmitter(node: Element): boolean {
  const first = node.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
  return first?.type === 'text' && first.value.trim() === SUBMITTED_BY;
}

function isGithubUrl(url: string): boolean {
  return url.startsWith('https://github.com/') || url.startsWith('http://github.com/');
}

/** A link to a Hugging Face profile (an organization or user), not to a site page. */
function isProfileUrl(url: string): boolean {
  const handle = parseHuggingFaceProfileUrl(url);
  return handle !== null && !SITE_PATHS.has(handle);
}

/** The alt text of the first image in a link (an organization's logo names it). */
function imageAltOf(node: Element): string {
  for (const child of node.children) {
    if (child.type === 'element' && child.tagName === 'img' && typeof child.properties['alt'] === 'string') return child.properties['alt'];
  }
  return '';
}
