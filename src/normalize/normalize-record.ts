import { makeDiagnostic } from '../diagnostic.js';
import { parseAuthorCountLine, parseOrganizationLine } from '../patterns.js';
import type { Diagnostic, NormalizeOptions, Paper, RawRecord } from '../schema.js';
import { cleanCardText } from './clean-card-text.js';
import { unknownMacroMessage } from './normalize-abstract.js';
import { resolveDate } from './resolve-date.js';

/** A paper and what normalizing its record found wrong. */
export interface NormalizedRecord {
  paper: Paper;
  diagnostics: Diagnostic[];
}

/**
 * Turn a raw record into a `Paper`, with the diagnostics of what could not be interpreted.
 *
 * @param raw - A record from `parseRecords`.
 * @param options - Math mode, reference date and the dump's latest written year.
 * @returns The paper and its diagnostics.
 * @example
 * normalizeRecord(record, {}).paper.title
 * //=> 'A Title'
 */
export function normalizeRecord(raw: RawRecord, options: NormalizeOptions): NormalizedRecord {
  const math = options.math ?? 'unicode';
  const diagnostics: Diagnostic[] = [];
  let publishedAt: string | null = null;
  let yearInferred = false;
  let comments: number | null = null;
  if (raw.date !== null) {
    const resolved = resolveDate(raw.date.text, {
      referenceDate: options.referenceDate,
      latestWrittenYear: options.latestWrittenYear,
    });
    publishedAt = resolved.date;
    yearInferred = resolved.yearInferred;
    comments = resolved.comments;
    if (resolved.problem === 'year-unknown') {
      diagnostics.push(
        makeDiagnostic(
          'year-unknown',
          `The date "${raw.date.text}" has no year, and neither a reference date nor the dump's other dates imply one`,
          raw.date,
        ),
      );
    } else if (resolved.problem === 'invalid-date') {
      diagnostics.push(makeDiagnostic('invalid-date', `The date "${raw.date.text}" names no calendar day`, raw.date));
    }
  }
  const title = cleanCardText(raw.title.text, math);
  const abstract = raw.abstract === null ? null : cleanCardText(raw.abstract.text, math);
  for (const [cleaned, field] of [
    [title, raw.title],
    [abstract, raw.abstract],
  ] as const) {
    for (const name of cleaned?.unknownMacros ?? []) {
      diagnostics.push(makeDiagnostic('unknown-macro', unknownMacroMessage(name, title.text), field ?? raw.title));
    }
  }
  const links = [...new Set([...title.links, ...(abstract?.links ?? [])])];
  const paper: Paper = {
    title: title.text,
    abstract: abstract === null ? null : abstract.text,
    authorCount: raw.authors === null ? null : parseAuthorCountLine(raw.authors.text),
    organization: raw.organization === null ? null : parseOrganizationLine(raw.organization.text),
    publishedAt,
    yearInferred,
    upvotes: null,
    comments,
    arxivId: null,
    links,
    githubStars: null,
    aiSummary: null,
    raw: { title: raw.title.text, abstract: raw.abstract === null ? null : raw.abstract.text },
    source: { format: raw.format, startLine: raw.startLine, endLine: raw.endLine },
  };
  return { paper, diagnostics };
}
