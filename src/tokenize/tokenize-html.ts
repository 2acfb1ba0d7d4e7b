import type { Element, Nodes, Root } from 'hast';
import { location } from 'vfile-location';
import type { Token } from '../schema.js';
import { readNodeText } from './hast-text.js';
import { parseUrlOrigin } from './html-patterns.js';
import { parseHtmlDocument } from './parse-html-tree.js';
import { isHeading, paperLinkOf, resolveHref, tokenizeHtmlCard, type CardPage } from './tokenize-html-card.js';
import { tokenizeHtmlProps, type SourceLocator, type SourcePoint } from './tokenize-html-props.js';

/** Links are resolved against this origin unless the page names its own (`<base>`, `og:url`, canonical link). */
const DEFAULT_ORIGIN = 'https://huggingface.co';

/** What the first walk over a page finds: its title, URL and base, and the elements with hydration data, in document order. */
interface PageHead {
  title: string | null;
  url: string | null;
  base: string | null;
  props: Element[];
}

/** An element being walked for cards: its depth, the link it stands in, whether it is inside a card. */
interface Frame {
  node: Nodes;
  depth: number;
  link: string | null;
  inCard: boolean;
}

/** A heading outside the article cards that links to a paper page, and the element around it. */
interface HeadingCard {
  heading: Element;
  parent: Element | Root;
}

const START: SourcePoint = { line: 1, column: 1, offset: 0 };

/** How much of the text before a cut the `cut-off` token shows. */
const CUT_TEXT = 40;

/**
 * Turn an HTML page (or a fragment of one) into tokens, from the tree `parseHtmlTree` gives.
 * First an `element` token for the page (key `page`, text its `<title>`, `urls` its own URL when
 * it names one); then the tokens of every element whose hydration data (`data-props`) holds
 * papers (see `tokenizeHtmlProps`), in document order; only when no such data lists a paper, the
 * tokens of every rendered card: an `article` with a heading that links to a paper page, or
 * outside articles such a heading with the element around it (see `tokenizeHtmlCard`); last, an
 * `element` token keyed `cut-off` at the end of an input that ends inside markup (a tag, which
 * the parser drops, a comment or a doctype), its text the 40 characters before the cut. Relative links are resolved against the page's origin (`<base>`,
 * `og:url`, the canonical link; else Hugging Face's).
 *
 * @param html - An HTML page or fragment.
 * @returns The tokens.
 * @example
 * tokenizeHtml('<article><h3><a href="/papers/2602.20159">A Title</a></h3></article>').map((token) => `${token.kind} ${token.text}`)
 * //=> ['element ', 'element article', 'title A Title']
 */
export function tokenizeHtml(html: string): Token[] {
  const { tree, cutOff } = parseHtmlDocument(html);
  const head = readPageHead(tree);
  const pageUrl = head.url ?? head.base;
  const origin = parseUrlOrigin(head.base ?? head.url ?? '') ?? DEFAULT_ORIGIN;
  let locator: ReturnType<typeof location> | null = null;
  const locate: SourceLocator = (offset) => {
    locator ??= location(html);
    const point = locator.toPoint(offset);
    return point?.offset === undefined ? START : { line: point.line, column: point.column, offset: point.offset };
  };

  const tokens: Token[] = [
    { kind: 'element', key: 'page', text: head.title ?? '', ...START, ...(pageUrl === null ? {} : { urls: [pageUrl] }) },
  ];
  // One by one: a page can hold too many tokens to spread into push's arguments.
  for (const element of head.props) for (const token of tokenizeHtmlProps(html, element, locate)) tokens.push(token);
  if (!tokens.some((token) => token.kind === 'record')) {
    const page: CardPage = { html, origin };
    for (const card of findCards(tree, origin)) for (const token of tokenizeHtmlCard(card, page)) tokens.push(token);
  }
  if (cutOff !== null) {
    tokens.push({ kind: 'element', key: 'cut-off', text: html.slice(Math.max(0, cutOff - CUT_TEXT), cutOff), ...locate(cutOff) });
  }
  return tokens;
}

/** Walk the tree once, without recursion: the page's title, URL and base, and the elements with hydration data. */
function readPageHead(tree: Root): PageHead {
  const head: PageHead = { title: null, url: null, base: null, props: [] };
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      readHead(node, head);
      if (typeof node.properties['dataProps'] === 'string') head.props.push(node);
    }
    for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index] as Nodes);
  }
  return head;
}

/**
 * Find the rendered cards, in document order, walking the tree without recursion: articles with
 * a heading that links to a paper page, and, outside them, such headings, each with the element
 * around it when that element holds no other such heading and no article card.
 */
function findCards(tree: Root, origin: string): Element[] {
  const cards: Element[] = [];
  const headings: HeadingCard[] = [];
  /** The elements around the one being walked, by depth. */
  const path: (Element | Root)[] = [];
  /** Elements that hold an article card. */
  const holdCards = new Set<Element | Root>();
  const pending: Frame[] = [{ node: tree, depth: 0, link: null, inCard: false }];
  for (let frame = pending.pop(); frame !== undefined; frame = pending.pop()) {
    const { node, depth, link } = frame;
    if (node.type !== 'element' && node.type !== 'root') continue;
    path.length = depth;
    let inCard = frame.inCard;
    let childLink = link;
    if (node.type === 'element') {
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string') childLink = resolveHref(node.properties['href'], origin);
      if (!inCard && node.tagName === 'article' && holdsPaperHeading(node, origin)) {
        cards.push(node);
        inCard = true;
        for (const ancestor of path) holdCards.add(ancestor);
      } else if (!inCard && isHeading(node) && paperLinkOf(node, link, origin) !== null) {
        headings.push({ heading: node, parent: path[depth - 1] ?? tree });
      }
    }
    path.push(node);
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      pending.push({ node: node.children[index] as Nodes, depth: depth + 1, link: childLink, inCard });
    }
  }
  const perParent = new Map<Element | Root, number>();
  for (const { parent } of headings) perParent.set(parent, (perParent.get(parent) ?? 0) + 1);
  const seen = new Set<Element>(cards);
  for (const { heading, parent } of headings) {
    const own = parent.type === 'element' && perParent.get(parent) === 1 && !holdCards.has(parent) && parent.tagName !== 'body';
    const card = own ? parent : heading;
    if (!seen.has(card)) cards.push(card);
    seen.add(card);
  }
  return cards.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}

/** Note the page's title, URL and base when an element of its head gives them. */
function readHead(node: Element, parts: PageHead): void {
  const { properties } = node;
  if (node.tagName === 'title' && parts.title === null) parts.title = readNodeText(node).text.trim();
  else if (node.tagName === 'base' && typeof properties['href'] === 'string' && parts.base === null) parts.base = properties['href'];
  else if (node.tagName === 'meta' && properties['property'] === 'og:url' && typeof properties['content'] === 'string') {
    parts.url ??= properties['content'];
  } else if (node.tagName === 'link' && typeof properties['href'] === 'string' && isCanonical(properties['rel'])) {
    parts.url ??= properties['href'];
  }
}

function isCanonical(rel: unknown): boolean {
  return Array.isArray(rel) && rel.includes('canonical');
}

/** An element holds a heading that links to a paper page (or stands in such a link). */
function holdsPaperHeading(element: Element, origin: string): boolean {
  const pending: { node: Nodes; link: string | null }[] = [{ node: element, link: null }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, link } = next;
    if (node.type !== 'element') continue;
    if (isHeading(node)) {
      if (paperLinkOf(node, link, origin) !== null) return true;
      continue;
    }
    const href = node.tagName === 'a' ? node.properties['href'] : undefined;
    const childLink = typeof href === 'string' ? resolveHref(href, origin) : link;
    for (const child of node.children) pending.push({ node: child as Nodes, link: childLink });
  }
  return false;
}
