import { makeDiagnostic } from '../diagnostic.js';
import type { Diagnostic, RawField, RawRecord, Token } from '../schema.js';
import { parseIsoDate } from '../text/calendar-patterns.js';
import { readHtmlCard } from './read-html-card.js';
import { readJsonRecords } from './read-json-records.js';

/** What the records of an HTML page give: `html`, or null when it shows no paper; the page date, the raw records and what went wrong. */
export interface HtmlRecords {
  format: 'html' | null;
  pageDate: RawField | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** Where the paper pages are: a page whose own URL starts so is a paper page, whatever it shows. */
const PAPER_PAGES_URL = 'https://huggingface.co/papers';

/** The path of the trending page, whose cards show AI summaries in place of abstracts. */
const TRENDING_PATH = '/papers/trending';

/** The title the trending page starts its `<title>` with. */
const TRENDING_TITLE = 'Trending Papers';

/** One part of a page's tokens: an `element` token and the tokens up to the next one. */
interface Segment {
  element: Token;
  tokens: Token[];
}

/**
 * Tell whether tokens come from HTML: the first is the page's `element` token.
 *
 * @param tokens - Tokens from `tokenize`.
 * @returns True for the tokens of an HTML page.
 * @example
 * isHtmlTokens(tokenize('<!doctype html><title>A page</title>'))
 * //=> true
 */
export function isHtmlTokens(tokens: readonly Token[]): boolean {
  return tokens[0]?.kind === 'element';
}

/**
 * Read the tokens of an HTML page (`tokenizeHtml`) into raw records, preferring the page's
 * hydration data: its lists of papers are read as papers API JSON (`readJsonRecords`), each
 * record where its entry stands in the HTML source. Only when no hydration list holds a paper
 * are the rendered cards read (`readHtmlCard`). The page date is the hydration data's
 * `dateString` (`2026-02-24`). A page with neither hydration data that lists papers nor a card
 * and whose own URL (`og:url`, the canonical link) is no Hugging Face paper page is no paper
 * page: no records, `format` null and an `unknown-format` error. An input cut off gives
 * `truncated-card` when the cut falls in the last card read, else `truncated-html` when it falls
 * inside a tag (docs/families.md#html).
 *
 * @param tokens - The tokens of an HTML page.
 * @returns The family (or null), the page date, the records and the diagnostics.
 * @example
 * readHtmlRecords(tokenize('<article><h3><a href="/papers/2602.20159">A Title</a></h3></article>')).records[0].title.text
 * //=> 'A Title'
 */
export function readHtmlRecords(tokens: readonly Token[]): HtmlRecords {
  const page = tokens[0] as Token;
  const segments = splitSegments(tokens);
  const props = segments.filter((segment) => segment.element.key === 'props');
  const cards = segments.filter((segment) => segment.element.key === 'card');
  const cut = segments.find((segment) => segment.element.key === 'cut-off')?.element ?? null;
  const diagnostics: Diagnostic[] = [];
  if (cut !== null) {
    const before = cut.text.split('\n').at(-1)?.trim() ?? '';
    const message = `The input ends inside a tag or comment, after \`${before}\`: the page is cut off there, and what it held after the cut is lost`;
    diagnostics.push(makeDiagnostic('truncated-html', message, cut));
  }
  const paperPage = page.urls?.some((url) => url.startsWith(PAPER_PAGES_URL)) === true;
  if (props.length === 0 && cards.length === 0 && !paperPage) {
    const titled = page.text === '' ? '' : ` ("${shorten(page.text)}")`;
    const message = `The input is an HTML page${titled} that shows no paper: no hydration data (\`data-props\`) that lists papers, and no card whose heading links to a paper page (\`/papers/<id>\`); no record is made`;
    diagnostics.unshift(makeDiagnostic('unknown-format', message, page));
    return { format: null, pageDate: null, records: [], diagnostics };
  }

  const records: RawRecord[] = [];
  let pageDate: RawField | null = null;
  for (const { tokens: inside } of props) {
    const start = inside.findIndex((token) => token.kind === 'group');
    const date = inside.slice(0, start === -1 ? inside.length : start).find((token) => token.kind === 'field' && token.key === 'date');
    if (pageDate === null && date !== undefined && parseIsoDate(date.text.trim()) !== null) pageDate = fieldOf(date);
    if (start === -1) continue;
    const json = readJsonRecords(inside.slice(start));
    for (const record of json.records) records.push({ ...record, format: 'html' });
    for (const diagnostic of json.diagnostics) diagnostics.push(diagnostic);
  }

  let cutCard: { title: Token } | null = null;
  if (records.length === 0) {
    const summaryCards = isTrendingPage(page);
    for (const { element, tokens: inside } of cards) {
      const record = readHtmlCard([element, ...inside], summaryCards);
      if (record === null) continue;
      records.push(record);
      cutCard = element.endLine === undefined ? { title: inside.find((token) => token.kind === 'title') as Token } : null;
    }
    // Only the last card can be cut off by the end of the input.
    if (cutCard !== null && cards[cards.length - 1]?.tokens.includes(cutCard.title) !== true) cutCard = null;
  }
  if (cutCard !== null) {
    const message = `The last card "${shorten(cutCard.title.text)}" is cut off by the end of the input; its record keeps what it shows`;
    // One diagnostic for one cut: the card's, which says what the cut cost.
    if (cut !== null) diagnostics.splice(diagnostics.indexOf(diagnostics.find((d) => d.code === 'truncated-html') as Diagnostic), 1);
    diagnostics.push(makeDiagnostic('truncated-card', message, cutCard.title));
  }
  return { format: 'html', pageDate, records, diagnostics };
}

/** Split a page's tokens (after its own) at each `element` token. */
function splitSegments(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  for (const token of tokens.slice(1)) {
    if (token.kind === 'element') segments.push({ element: token, tokens: [] });
    else segments[segments.length - 1]?.tokens.push(token);
  }
  return segments;
}

/** The trending page: its URL or its title names it. */
function isTrendingPage(page: Token): boolean {
  return page.urls?.some((url) => url.includes(TRENDING_PATH)) === true || page.text.startsWith(TRENDING_TITLE);
}

function fieldOf(token: Token): RawField {
  return { text: token.text, line: token.line, column: token.column, offset: token.offset };
}

function shorten(text: string): string {
  const line = text.split('\n', 1)[0] as string;
  return line.length <= 60 ? line : `${line.slice(0, 57)}...`;
}
