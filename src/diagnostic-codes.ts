/**
 * Every diagnostic code the library emits, with its severity and what it means
 * (docs/record.md#diagnostics). Data only.
 */
export const DIAGNOSTIC_CODES = {
  'missing-title': {
    severity: 'warning',
    meaning: 'An abstract with no title before it; no record is made for it.',
  },
  'missing-abstract': {
    severity: 'warning',
    meaning: 'A card with a title but no abstract; its record has `abstract: null`.',
  },
  'orphan-footer': {
    severity: 'warning',
    meaning: 'An author count, organization, `·`, date, upvote box or card link that belongs to no card.',
  },
  'stray-text': {
    severity: 'warning',
    meaning: 'A text after a card\'s abstract (in a capture that marks its titles) that fits no part of the card.',
  },
  'truncated-card': {
    severity: 'warning',
    meaning: 'The last card is cut off by the end of the input; its record is kept with what it has.',
  },
  'year-unknown': {
    severity: 'warning',
    meaning: 'A date without a year, and nothing to infer the year from; its date is null.',
  },
  'invalid-date': {
    severity: 'warning',
    meaning: 'A date that names no calendar day (such as `Feb 30`); its date is null.',
  },
  'unknown-macro': {
    severity: 'info',
    meaning: 'A LaTeX macro the cleaner does not know (an author macro such as `\\mname`); its name is kept in the text.',
  },
  'no-papers': {
    severity: 'info',
    meaning: 'The input holds no paper card at all.',
  },
  'unknown-format': {
    severity: 'error',
    meaning: 'No family claims the input (...); the message says what it looked like, and no record is made.',
  },
  'invalid-json-shape': {
    severity: 'error',
    meaning: 'A JSON input that is neither papers API JSON nor scraper JSON (such as a list of Python-repr strings); no record is made from it.',
  },
  'format-mismatch': {
    severity: 'error',
    meaning: 'The `format` option names a family that cannot read the input (a JSON family for text that is not JSON, or a text family for JSON); no record is made.',
  },
  'invalid-json-record': {
    severity: 'warning',
    meaning: 'An entry of a papers API or scraper JSON list that is not a paper with a title; it is skipped.',
  },
  'truncated-html': {
    severity: 'warning',
    meaning: 'An HTML input ends inside a tag: the page is cut off there; the records before the cut are kept.',
  },
  'duplicate-card': {
    severity: 'info',
    meaning: 'A later copy of a paper already in the dump (same arXiv id, or same title); it is merged into the first copy.',
  },
} as const;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
