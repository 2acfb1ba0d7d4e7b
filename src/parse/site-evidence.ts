import type { Token } from '../schema.js';
import { parsePaperIdInUrl, SITE_OR_ARXIV_URL_INSIDE } from '../text/link-patterns.js';
import { SITE_CHROME_LINES } from '../tokenize/chrome-phrases.js';

/** Token kinds that only captures of the paper pages give: a footer's author count and `·`, an upvote box. */
const SITE_EVIDENCE_KINDS: ReadonlySet<Token['kind']> = new Set(['authors', 'separator', 'upvotes']);

/**
 * Tell whether a token is chrome that only the site writes: a line of its page chrome
 * (`Daily Papers`), or a line that names a URL of the site or arXiv (a capture header).
 *
 * @param token - A line token.
 * @returns Whether the token is the site's own chrome.
 * @example
 * isSiteChrome({ kind: 'chrome', text: 'Daily Papers', line: 1, column: 1, offset: 0 })
 * //=> true
 */
export function isSiteChrome(token: Token): boolean {
  return token.kind === 'chrome' && (SITE_CHROME_LINES.has(token.text) || SITE_OR_ARXIV_URL_INSIDE.test(token.text));
}

/**
 * Tell whether an input shows that it is a capture of the paper pages, whatever its cards:
 * chrome that only the site writes, a card footer's author count or `·`, an upvote box, or a
 * link to a paper's page on the site or arXiv (docs/families.md#detection).
 *
 * @param tokens - Line tokens from `tokenize`.
 * @returns Whether the input shows the site.
 * @example
 * showsSiteEvidence(tokenize('Daily Papers\n\nApr 20'))
 * //=> true
 */
export function showsSiteEvidence(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token) =>
      SITE_EVIDENCE_KINDS.has(token.kind) || isSiteChrome(token) || (token.urls?.some((url) => parsePaperIdInUrl(url) !== null) ?? false),
  );
}
