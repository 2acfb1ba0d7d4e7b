/**
 * Cleaning one span: URLs are kept verbatim (a `url{`/`href{` wrapper and a `{text}` tail go,
 * and the URL is reported as a link); the text between them is tokenized, planned and written.
 */
import { URL_IN_TEXT, URL_TRAILING_PUNCTUATION } from '../text/link-patterns.js';
import { emitSegment } from './emit-segment.js';
import { planWords } from './plan-words.js';
import { analyseSegment, type Findings } from './segment.js';
import { tokenizeLatex } from './tokenize-latex.js';

/**
 * Clean one span of a text.
 *
 * @param text - The whole text.
 * @param start - Where the span starts.
 * @param end - Where it ends.
 * @param dollars - Offsets of the `$` signs of the text that delimit math.
 * @param findings - Where unknown macros and links are collected.
 * @returns The span, cleaned.
 * @example
 * cleanSpan('decay is 30times larger', 9, 16, new Set(), { unknownMacros: new Set(), links: new Set() })
 * //=> '30×'
 */
export function cleanSpan(text: string, start: number, end: number, dollars: ReadonlySet<number>, findings: Findings): string {
  const span = text.slice(start, end);
  const out: string[] = [];
  let copied = 0;
  for (const match of span.matchAll(URL_IN_TEXT)) {
    const urlStart = match.index;
    if (urlStart < copied) continue;
    let urlEnd = urlStart + match[0].length;
    let prefixStart = urlStart;
    let wrapper = '';
    for (const candidate of ['\\url{', 'url{', '\\href{', 'href{']) {
      if (span.startsWith(candidate, urlStart - candidate.length)) {
        prefixStart = urlStart - candidate.length;
        wrapper = candidate.includes('href') ? 'href' : 'url';
        break;
      }
    }
    if (prefixStart < copied) prefixStart = urlStart;
    const url = match[0];
    let recovered = wrapper !== '';
    if (wrapper !== '' && span.charAt(urlEnd) === '}') urlEnd += 1;
    if (span.charAt(urlEnd) === '{') {
      const close = closingBraceIn(span, urlEnd);
      if (close > 0) {
        urlEnd = close + 1;
        recovered = true;
      }
    }
    out.push(convertText(span.slice(copied, prefixStart), start + copied, dollars, findings));
    out.push(url);
    if (recovered) {
      const link = url.replace(URL_TRAILING_PUNCTUATION, '');
      findings.links.add(link);
    }
    copied = urlEnd;
  }
  out.push(convertText(span.slice(copied), start + copied, dollars, findings));
  return out.join('');
}

/** The offset of the `}` matching the `{` at `open` within a short window, or -1 (a link text may hold spaces: `{link text}`). */
function closingBraceIn(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 512);
  for (let p = open; p < limit; p += 1) {
    const char = text.charAt(p);
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return p;
    }
  }
  return -1;
}

/** Convert one text segment (no URLs in it); `offset` is its place in the whole text. */
function convertText(text: string, offset: number, dollars: ReadonlySet<number>, findings: Findings): string {
  if (text.length === 0) return text;
  const tokens = tokenizeLatex(text);
  const segment = analyseSegment(tokens, offset, dollars);
  planWords(segment);
  return emitSegment(segment, findings);
}
