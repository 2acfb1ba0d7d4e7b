/**
 * Ids and names in feed items: the arXiv id of a Hugging Face thumbnail or of an arXiv OAI
 * identifier, and the name in an RSS author's e-mail line. Each regular expression is named,
 * documented in one line and linear, with its `parseX` beside it.
 */

/** The arXiv id in a Hugging Face paper thumbnail: `cdn-thumbnails.huggingface.co/social-thumbnails/papers/2605.04077.png`. */
export const THUMBNAIL_PAPER_ID = /huggingface\.co\/social-thumbnails\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/i;

/** The arXiv id of an OAI identifier, as arXiv's feeds write it in `guid`: `oai:arXiv.org:2403.15527v1`. */
export const OAI_ARXIV_ID = /^oai:arXiv\.org:(\d{4}\.\d{4,5})(?:v\d+)?$/i;

/**
 * Read the arXiv id a feed item's URL or identifier hides outside a paper link: a Hugging Face
 * thumbnail, or arXiv's OAI identifier. The version is dropped.
 *
 * @param text - A URL or identifier.
 * @returns The id, or null.
 * @example
 * parseHiddenPaperId('https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2605.04077.png')
 * //=> '2605.04077'
 */
export function parseHiddenPaperId(text: string): string | null {
  return THUMBNAIL_PAPER_ID.exec(text)?.[1] ?? OAI_ARXIV_ID.exec(text.trim())?.[1] ?? null;
}

/** An RSS `author` written as an e-mail address and a name in parentheses: `jdoe@example.org (Jane Doe)`. */
export const EMAIL_AUTHOR = /^[^\s@]+@[^\s@]+\s+\(([^()]+)\)$/;

/**
 * Read the name of an RSS author line: the name in parentheses after an e-mail address, else
 * the line itself.
 *
 * @param text - An RSS `author` value.
 * @returns The name as written.
 * @example
 * parseAuthorName('jdoe@example.org (Jane Doe)')
 * //=> 'Jane Doe'
 */
export function parseAuthorName(text: string): string {
  return EMAIL_AUTHOR.exec(text.trim())?.[1] ?? text;
}
