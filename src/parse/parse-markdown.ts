import { TRENDING_PAGE_URL_LINE } from '../tokenize/chrome-patterns.js';
import type { Format, Token } from '../schema.js';
import { assembleRecords, type Assembled } from './assemble-records.js';
import { groupUnits } from './group-units.js';

/** The markdown families: inline-link markdown, reference-style markdown, link-per-line exports, trending captures, HTML extractions. */
export type MarkdownFormat = Extract<Format, 'markdown' | 'reference-markdown' | 'link-per-line' | 'trending' | 'html-extraction' | 'digest'>;

/**
 * Parse a markdown capture's tokens: titles (headings or paper links) start cards; abstracts,
 * footers, upvote boxes and links join them. On the trending page the card text is an
 * AI-written summary, not the abstract.
 *
 * @param tokens - Tokens from `tokenize` (markdown input).
 * @param format - The markdown family.
 * @param summaryCards - Whether card texts are AI summaries (the trending page); found from the tokens when not given.
 * @returns The page date token, raw records and diagnostics.
 * @example
 * parseMarkdown(tokenize('### [A Title](https://huggingface.co/papers/2606.00683)\n\nWe propose a model. Results.'), 'markdown').records[0].arxivId
 * //=> '2606.00683'
 */
export function parseMarkdown(tokens: readonly Token[], format: MarkdownFormat, summaryCards?: boolean): Assembled {
  return assembleRecords(groupUnits(tokens, { splitEveryLine: false, markdownParagraphs: true }), {
    format,
    summaryCards: summaryCards ?? hasSummaryCards(tokens, format),
  });
}

/**
 * Tell whether the card texts of a markdown capture are summaries, not abstracts: the AI-written
 * ones of the trending page, and a digest's own.
 *
 * @param tokens - The capture's tokens.
 * @param format - Its family.
 * @returns True when card texts go to `aiSummary`.
 * @example
 * hasSummaryCards(tokenize('URL Source: https://huggingface.co/papers/trending'), 'markdown')
 * //=> true
 */
export function hasSummaryCards(tokens: readonly Token[], format: Format): boolean {
  return format === 'trending' || format === 'digest' || isTrendingPage(tokens);
}

/**
 * Tell whether a capture is of the trending page: its capture header names that page, or its
 * cards carry GitHub star counts but no dates and no upvote boxes (docs/families.md#trending).
 *
 * @param tokens - The capture's tokens.
 * @returns True for the trending page.
 * @example
 * isTrendingPage(tokenize('URL Source: https://huggingface.co/papers/trending'))
 * //=> true
 */
export function isTrendingPage(tokens: readonly Token[]): boolean {
  let github = 0;
  let dated = 0;
  for (const token of tokens) {
    if (token.kind === 'chrome' && TRENDING_PAGE_URL_LINE.test(token.text)) return true;
    if (token.kind === 'github') github += 1;
    if (token.kind === 'date' || token.kind === 'upvotes') dated += 1;
  }
  return github > 0 && dated === 0;
}
