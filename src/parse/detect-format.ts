import type { Format, Token } from '../schema.js';
import { splitParagraphs } from './split-paragraphs.js';


/**
 * Tell the plain-text family of a dump from its tokens: `daily` when cards have footers
 * (author counts or the `·` separator), `search` when most text lines are one-line paragraphs
 * with no blank line between them (title and abstract lines back to back), else `listing`.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns The family.
 * @example
 * detectFormat(tokenize('Title\n\nAbstract. More.\n\n• 2 authors\n·\nMar 6'))
 * //=> 'daily'
 */
export function detectFormat(tokens: readonly Token[]): Format {
  let textLines = 0;
  let denseLines = 0;
  let footerLines = 0;
  let run: Token[] = [];
  const endRun = (): void => {
    if (run.length >= 2) {
      for (const paragraph of splitParagraphs(run)) if (paragraph.length === 1) denseLines += 1;
    }
    run = [];
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      textLines += 1;
      run.push(token);
    } else {
      endRun();
      if (token.kind === 'authors' || token.kind === 'separator') footerLines += 1;
    }
  }
  endRun();
  if (footerLines > 0) return 'daily';
  return textLines > 0 && denseLines * 2 > textLines ? 'search' : 'listing';
}
