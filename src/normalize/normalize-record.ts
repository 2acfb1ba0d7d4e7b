import { makeDiagnostic } from '../diagnostic.js';
import { PLAIN_COUNT, parseAuthorCountLine, parseGithubStarsLine, parseOrganizationLine, parseUpvoteLine } from '../text/card-footer-patterns.js';
import { SITE_OR_ARXIV_URL, URL_IN_TEXT } from '../text/link-patterns.js';
import type { Diagnostic, MathMode, Organization, Paper, RawOrganization, RawRecord } from '../schema.js';
import { cleanCardText, type CleanedCardText } from './clean-card-text.js';
import { cleanUrl } from './clean-url.js';
import { foldWhitespace } from '../text/fold-whitespace.js';
import { unknownMacroMessage } from '../math/normalize-abstract.js';
import { resolveDate } from './resolve-date.js';

/** What normalizing a record needs besides the record: math mode, reference date, the dump's latest written year. */
export interface NormalizeContext {
  referenceDate?: string | undefined;
  math?: MathMode | undefined;
  latestWrittenYear?: number | undefined;
}

/** A paper and what normalizing its record found wrong. */
export interface NormalizedRecord {
  paper: Paper;
  diagnostics: Diagnostic[];
}

/**
 * Turn a raw record into a `Paper`, with the diagnostics of what could not be interpreted
 * (docs/record.md#where-each-field-comes-from).
 *
 * @param raw - A record from `parseRecords`.
 * @param context - Math mode, reference date and the dump's latest written year.
 * @returns The paper and its diagnostics.
 * @example
 * normalizeRecord(record, {}).paper.title
 * //=> 'A Title'
 */
export function normalizeRecord(raw: RawRecord, context: NormalizeContext): NormalizedRecord {
  const math = context.math ?? 'unicode';
  const diagnostics: Diagnostic[] = [];
  let publishedAt: string | null = null;
  let yearInferred = false;
  let comments: number | null = raw.comments === null ? null : parseCount(raw.comments.text);
  if (raw.date !== null) {
    const resolved = resolveDate(raw.date.text, {
      arxivId: raw.arxivId,
      referenceDate: context.referenceDate,
      latestWrittenYear: context.latestWrittenYear,
    });
    publishedAt = resolved.date;
    yearInferred = resolved.yearInferred;
    comments ??= resolved.comments;
    if (resolved.problem === 'year-unknown') {
      diagnostics.push(
        makeDiagnostic(
          'year-unknown',
          `The date "${raw.date.text}" has no year, and neither its arXiv id, a reference date nor the dump's other dates imply one`,
          raw.date,
        ),
      );
    } else if (resolved.problem === 'invalid-date') {
      diagnostics.push(makeDiagnostic('invalid-date', `The date "${raw.date.text}" names no calendar day`, raw.date));
    }
  }
  const title = cleanCardText(raw.title.text, math);
  const abstract = raw.abstract === null ? null : cleanCardText(raw.abstract.text, math);
  const aiSummary = raw.aiSummary === null ? null : cleanCardText(raw.aiSummary.text, math);
  for (const [cleaned, field] of [
    [title, raw.title],
    [abstract, raw.abstract],
    [aiSummary, raw.aiSummary],
  ] as const) {
    for (const name of cleaned?.unknownMacros ?? []) {
      diagnostics.push(makeDiagnostic('unknown-macro', unknownMacroMessage(name, title.text), field ?? raw.title));
    }
  }
  const paper: Paper = {
    // Cleaning may leave nothing of a title that is only a command (`\u`): a title is never empty, so it stays as found.
    title: title.text !== '' ? title.text : foldWhitespace(raw.title.text),
    abstract: abstract === null ? null : abstract.text,
    authorCount: raw.authors === null ? null : parseAuthorCountLine(raw.authors.text),
    organization: raw.organization === null ? null : readOrganization(raw.organization),
    publishedAt,
    yearInferred,
    upvotes: raw.upvotes === null ? null : parseUpvoteLine(raw.upvotes.text),
    comments,
    arxivId: raw.arxivId,
    links: collectLinks(raw.links, [title, abstract, aiSummary]),
    githubStars: raw.githubStars === null ? null : (parseGithubStarsLine(raw.githubStars.text) ?? parseCount(raw.githubStars.text)),
    aiSummary: aiSummary === null ? null : aiSummary.text,
    authors: readAuthorNames(raw.authorNames),
    raw: { title: raw.title.text, abstract: raw.abstract === null ? null : raw.abstract.text },
    source: { format: raw.format, startLine: raw.startLine, endLine: raw.endLine },
  };
  return { paper, diagnostics };
}

/** The authors' names, whitespace folded, empty names left out; null when none is shown. */
function readAuthorNames(names: RawRecord['authorNames']): string[] | null {
  if (names === null) return null;
  const folded = names.map((name) => foldWhitespace(name.text)).filter((name) => name !== '');
  return folded.length === 0 ? null : folded;
}

/** An organization with a known handle keeps its whole text as the name; else the first word is the handle. */
function readOrganization(organization: RawOrganization): Organization | null {
  const name = foldWhitespace(organization.text);
  if (organization.handle !== null && organization.handle !== '') return { handle: organization.handle, name: name || organization.handle };
  return parseOrganizationLine(name);
}

/** A plain count (`3`, `1,024`), or null. */
function parseCount(text: string): number | null {
  const digits = text.trim().replaceAll(',', '');
  return PLAIN_COUNT.test(digits) ? Number(digits) : null;
}

/**
 * The card's code and project links: the links it shows, the `\href` targets the math cleaner
 * recovered, and the URLs written in its texts (a text without `://` or `www.` has none);
 * cleaned (no `{...}` tail, no final `.`), without Hugging Face and arXiv pages, each once.
 */
function collectLinks(shown: readonly string[], texts: readonly (CleanedCardText | null)[]): string[] {
  const links = new Set<string>();
  const add = (url: string): void => {
    const cleaned = cleanUrl(url);
    if (cleaned !== '' && !SITE_OR_ARXIV_URL.test(cleaned)) links.add(cleaned);
  };
  for (const url of shown) add(url);
  for (const text of texts) {
    if (text === null) continue;
    for (const url of text.links) add(url);
    if (text.text.includes('://') || text.text.includes('www.')) {
      // `match` with a global pattern lists the matches without copying the pattern, as `matchAll` does.
      for (const url of text.text.match(URL_IN_TEXT) ?? []) add(url);
    }
  }
  return [...links];
}
