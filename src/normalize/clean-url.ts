import { URL_BRACE_TAIL, URL_TRAILING_PUNCTUATION } from '../text/link-patterns.js';

/**
 * Clean a URL found in text: drop the `{...}` tail an `\href` leaves and the punctuation
 * that ends the sentence around it.
 *
 * @param url - A URL as found.
 * @returns The URL alone.
 * @example
 * cleanUrl('https://github.com/x/y{code}.')
 * //=> 'https://github.com/x/y'
 */
export function cleanUrl(url: string): string {
  let cleaned = url.trim();
  const brace = cleaned.indexOf('{');
  if (brace !== -1) cleaned = cleaned.slice(0, brace).replace(URL_BRACE_TAIL, '');
  return cleaned.replace(URL_TRAILING_PUNCTUATION, '');
}
