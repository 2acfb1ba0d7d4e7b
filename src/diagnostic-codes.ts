/**
 * Every diagnostic code the library emits, with its severity and what it means
 * (docs/record.md#diagnostics). Data only.
 */
export const DIAGNOSTIC_CODES = {
  'missing-title': {
    severity: 'warning',
    meaning: 'An abstract with no title before it; no record is made for it.',
  },
  'lone-title': {
    severity: 'warning',
    meaning: 'A title with nothing after it that makes a card (no abstract, footer, upvote box, paper link or id); no record is made for it.',
  },
  'missing-abstract': {
    severity: 'warning',
    meaning: 'A card with a title and another part (a footer, an upvote box, a paper link) but no abstract; its record has `abstract: null`.',
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
    meaning: 'No family claims the input (a README, a licence, source code, CSV, an HTML page or a feed of another site, JSON that holds no paper such as a list of recipes or of Python-repr strings); the message says what it looked like, and no record is made.',
  },
  'format-mismatch': {
    severity: 'error',
    meaning: 'The `format` option names a family that cannot read the input (a JSON family for text that is not JSON, or a text family for JSON); no record is made.',
  },
  'invalid-json-record': {
    severity: 'warning',
    meaning: 'An entry of a JSON list of papers, or a line of JSON Lines, that is not a paper (a title with an abstract, an arXiv id or link, or authors); it is skipped.',
  },
  'invalid-json-line': {
    severity: 'error',
    meaning: 'A line of JSON Lines that is not valid JSON; it is skipped, and the other lines are read.',
  },
  'invalid-xml': {
    severity: 'warning',
    meaning:
      'XML that is not well-formed (a tag left open at the end of the input, a stray close tag, an entity that XML does not define, such as one a DOCTYPE declares: none is ever expanded or fetched); the rest is read as far as the parser recovers.',
  },
  'non-paper-item': {
    severity: 'warning',
    meaning: 'An item or entry of a feed of paper pages that names no paper (no Hugging Face or arXiv link or id); it is skipped.',
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
