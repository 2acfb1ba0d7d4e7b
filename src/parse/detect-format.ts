import type { Format, Token } from '../schema.js';
import { isHardWrapped } from './is-hard-wrapped.js';

/**
 * Tell the plain-text family of a dump from its tokens: `search` when most text lines stand
 * in runs that are no hard-wrapped paragraph (title and abstract lines written back to back),
 * `daily` when cards have footers (author counts or the `·` separator), else `listing`.
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
    if (run.length > 1 && !isHardWrapped(run)) denseLines += run.length;
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
  if (textLines > 0 && denseLines * 2 > textLines) return 'search';
  return footerLines > 0 ? 'daily' : 'listing';
}
