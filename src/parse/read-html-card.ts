import type { RawField, RawRecord, Token } from '../schema.js';
import { parsePaperIdInUrl } from '../text/link-patterns.js';
import { parseShownCount } from '../tokenize/html-patterns.js';
import { organizationHandleOf } from '../tokenize/tokenize-markdown.js';

/**
 * Read the tokens of one rendered card of an HTML page (`tokenizeHtmlCard`: its `element` token
 * first) into a raw record. The title is the card's title heading; the arXiv id comes from its
 * link (or another link of the card to a paper page); the card's paragraphs are its abstract, or
 * its AI summary on the trending page; `38 authors`, the organization link, the upvote box, the
 * `#community` link's count (comments), the star count and a date are read as found. A card
 * shows no author names (its avatars' titles are user names where authors claimed the paper),
 * so `authorNames` is null. Links are the card's GitHub and other outside links. Null when the card has
 * no title, or nothing but a title (no id, text or footer).
 *
 * @param tokens - The card's tokens, its `element` token first.
 * @param summaryCards - Whether card texts are AI summaries (the trending page).
 * @returns The raw record, or null.
 * @example
 * readHtmlCard(tokenize('<article><h3><a href="/papers/2602.20159">A Title</a></h3></article>').slice(1), false)?.arxivId
 * //=> '2602.20159'
 */
export function readHtmlCard(tokens: readonly Token[], summaryCards: boolean): RawRecord | null {
  const card = tokens[0];
  const title = tokens.find((token) => token.kind === 'title');
  if (card === undefined || title === undefined) return null;
  const first = (kind: Token['kind']): Token | null => tokens.find((token) => token.kind === kind) ?? null;
  const texts = tokens.filter((token) => token.kind === 'text');
  const text = texts.length === 0 ? null : { ...fieldOf(texts[0] as Token), text: texts.map((token) => token.text).join('\n') };
  const authors = first('authors');
  const organization = first('organization');
  const date = first('date');
  const upvotes = first('upvotes');
  const comments = tokens.find((token) => token.kind === 'link' && token.urls?.some((url) => url.includes('#community'))) ?? null;
  const github = first('github');

  let arxivId: string | null = null;
  for (const token of [title, ...tokens]) {
    for (const url of token.urls ?? []) arxivId ??= parsePaperIdInUrl(url);
  }
  const links: string[] = [];
  for (const token of tokens) {
    if ((token.kind === 'github' || token.kind === 'link') && token !== comments) {
      for (const url of token.urls ?? []) if (!links.includes(url)) links.push(url);
    }
  }
  if (arxivId === null && text === null && authors === null && organization === null && date === null) return null;
  const last = tokens[tokens.length - 1] as Token;
  return {
    format: 'html',
    title: fieldOf(title),
    abstract: summaryCards ? null : text,
    aiSummary: summaryCards ? text : null,
    authors: authors === null ? null : fieldOf(authors),
    authorNames: null,
    organization: organization === null ? null : { ...fieldOf(organization), handle: organizationHandleOf(organization) },
    date: date === null ? null : fieldOf(date),
    comments: comments === null ? null : fieldOf(comments),
    upvotes: upvotes === null ? null : fieldOf(upvotes),
    // A star count shown alone beside a GitHub icon reads as `GitHub 11.3k`.
    githubStars: github === null || !parseShownCount(github.text) ? null : { ...fieldOf(github), text: `GitHub ${github.text}` },
    arxivId,
    links,
    startLine: card.line,
    endLine: card.endLine ?? last.line,
  };
}

function fieldOf(token: Token): RawField {
  return { text: token.text, line: token.line, column: token.column, offset: token.offset };
}
