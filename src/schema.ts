import { z } from 'zod';
import { parseIsoDate } from './text/calendar-patterns.js';

/** A real calendar day written `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, 'expected a calendar date written YYYY-MM-DD');

/**
 * The input families that `parsePaperDump` recognises: three plain-text families, five
 * markdown families, four JSON families, RSS and Atom feeds, and HTML (docs/families.md#overview).
 */
export const FormatSchema = z.enum([
  'daily',
  'search',
  'listing',
  'markdown',
  'reference-markdown',
  'link-per-line',
  'trending',
  'html-extraction',
  'api-json',
  'scraper-json',
  'paper-json',
  'json-lines',
  'feed',
  'html',
  'digest',
]);

/** How titles and abstracts are cleaned: math turned into Unicode, or whitespace folding only. */
export const MathModeSchema = z.enum(['unicode', 'keep']);

/**
 * What a token is. Plain text gives the first six kinds, one per line; markdown also marks
 * titles (headings, paper links), upvote boxes, organization links, GitHub links with their
 * star count, and other links of a card. Structured input (JSON) gives `record` (one entry of
 * the document's list of records), `group` (an object or array inside it) and `field` (one
 * scalar value), each group and field named by its `key`; XML (a feed) gives the same three
 * kinds, its root `group` with the text `xml` (see `tokenizeXml`). HTML gives `element` (the page, an
 * element whose hydration data holds papers, a rendered card, or where the input is cut off),
 * followed by the JSON tokens of that data or the line kinds of the card.
 */
export const TokenKindSchema = z.enum([
  'blank',
  'chrome',
  'text',
  'authors',
  'separator',
  'date',
  'title',
  'upvotes',
  'organization',
  'github',
  'link',
  'record',
  'group',
  'field',
  'element',
]);

/**
 * One piece of input: its kind, its text, where it starts (1-based line and column, 0-based
 * offset), and what else its kind carries. A line token's text is the line trimmed (in
 * markdown: the visible text, links replaced by their text), with the link targets it carries
 * in `urls`. A `record` token's text says what the entry is (`object`, `string`, ...), its
 * `key` names the list that holds it (`data`, `papers`, or `''` for a list at the root) and
 * `endLine` is its last line. A `field` token's text is the value (a string as written, a
 * number or boolean as JSON writes it); a `group` token's text is `object` or `array`. The `key`
 * of either is the path to it from its record (`paper.title`; an array's items add `[]`:
 * `paper.authors[].name`), or from the document's root for those outside every record. An
 * `element` token's `key` says what part of an HTML page it is (`page`, `props`, `card`,
 * `cut-off`); a card's `endLine` is set only when its end tag closes it.
 * `trailingBlank` is set on a plain-text line token whose line goes on with blanks after its
 * text, as `fold -s` leaves them on the lines it breaks at a space.
 */
export const TokenSchema = z.object({
  kind: TokenKindSchema,
  text: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  urls: z.array(z.string()).optional(),
  key: z.string().optional(),
  endLine: z.number().int().positive().optional(),
  trailingBlank: z.literal(true).optional(),
});

/** A piece of a card as found in the input, not yet interpreted: its text and where it starts. */
export const RawFieldSchema = z.object({
  text: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});

/** The organization a card names: `facebook AI at Meta` is `{ handle: 'facebook', name: 'AI at Meta' }`. */
export const OrganizationSchema = z.object({
  handle: z.string().min(1),
  name: z.string().min(1),
});

/** Where a record was found: its family and its 1-based first and last lines. */
export const SourceSchema = z.object({
  format: FormatSchema,
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

/** An organization as found: its text (`facebook AI at Meta`), and its handle when a link or avatar names it. */
export const RawOrganizationSchema = RawFieldSchema.extend({ handle: z.string().nullable() });

/**
 * One card as the parser found it: the text of each part, before dates, counts and text are
 * interpreted. Counts are text as found (`• 4 authors`, `Upvote 117`, `11.3k`, `-`); dates are
 * card dates (`Sep 18, 2025 3`, `Published on Oct 4, 2026`) or ISO timestamps.
 */
export const RawRecordSchema = z.object({
  format: FormatSchema,
  title: RawFieldSchema,
  abstract: RawFieldSchema.nullable(),
  aiSummary: RawFieldSchema.nullable(),
  authors: RawFieldSchema.nullable(),
  /** The authors' names, each as found, where the capture shows them. */
  authorNames: z.array(RawFieldSchema).nullable(),
  organization: RawOrganizationSchema.nullable(),
  date: RawFieldSchema.nullable(),
  comments: RawFieldSchema.nullable(),
  upvotes: RawFieldSchema.nullable(),
  githubStars: RawFieldSchema.nullable(),
  arxivId: z.string().nullable(),
  links: z.array(z.string()),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

/** One paper card, cleaned and validated. */
export const PaperSchema = z.object({
  title: z.string().min(1),
  abstract: z.string().nullable(),
  authorCount: z.number().int().nonnegative().nullable(),
  organization: OrganizationSchema.nullable(),
  publishedAt: IsoDateSchema.nullable(),
  yearInferred: z.boolean(),
  upvotes: z.number().int().nonnegative().nullable(),
  comments: z.number().int().nonnegative().nullable(),
  arxivId: z.string().nullable(),
  links: z.array(z.string()),
  githubStars: z.number().int().nonnegative().nullable(),
  aiSummary: z.string().nullable(),
  authors: z.array(z.string().min(1)).nullable(),
  raw: z.object({ title: z.string(), abstract: z.string().nullable() }),
  source: SourceSchema,
});

/** How sure a diagnostic is that something went wrong. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** A message about the input: what could not be parsed, and where (1-based line and column, 0-based offset). */
export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: z.string().min(1),
  message: z.string().min(1),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});

/**
 * What `parseRecords` returns: the family, the page date line, the raw records, what went
 * wrong, and the latest year written on any date of the dump (yearless dates may take their
 * year from it), or null when no date writes one.
 */
export const RecordsResultSchema = z.object({
  format: FormatSchema.nullable(),
  pageDate: RawFieldSchema.nullable(),
  records: z.array(RawRecordSchema),
  diagnostics: z.array(DiagnosticSchema),
  latestWrittenYear: z.number().int().nullable(),
});

/** The date the page shows above its cards; `yearInferred` is true when the year was not written. */
export const PageDateSchema = z.object({
  text: z.string(),
  date: IsoDateSchema.nullable(),
  yearInferred: z.boolean(),
  line: z.number().int().positive(),
});

/** What `parsePaperDump` returns; `format` is null when no family claims the input. */
export const ParseResultSchema = z.object({
  format: FormatSchema.nullable(),
  pageDate: PageDateSchema.nullable(),
  papers: z.array(PaperSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/** The options of `parsePaperDump`. */
export const ParseOptionsSchema = z
  .object({
    referenceDate: IsoDateSchema.optional(),
    format: FormatSchema.optional(),
    math: MathModeSchema.optional(),
  })
  .strict();

/** What `parsePaperStream` tells of the page once its first part is read. */
export const PageInfoSchema = z.object({ format: FormatSchema.nullable(), pageDate: PageDateSchema.nullable() }).strict();

/** The options of `parsePaperStream`: those of `parsePaperDump`, the batch length and the listeners. */
export const StreamOptionsSchema = ParseOptionsSchema.extend({
  /** How many characters are parsed at a time (default 262,144); memory is about this plus the largest card. */
  batchLength: z.number().int().min(1).optional(),
  /** Called with each diagnostic, in input order, as soon as it is final. */
  onDiagnostic: z.custom<(diagnostic: Diagnostic) => void>((value) => typeof value === 'function', 'Expected a function').optional(),
  /** Called once, with the family and page date, when the first batch is read. */
  onPage: z.custom<(page: PageInfo) => void>((value) => typeof value === 'function', 'Expected a function').optional(),
}).strict();

/** The options of `parseRecords`. */
export const RecordsOptionsSchema = z.object({ format: FormatSchema.optional() }).strict();

/** The options of `normalizeRecords`: how to clean text, and the day of the capture (the year of yearless dates). */
export const NormalizeOptionsSchema = z
  .object({
    referenceDate: IsoDateSchema.optional(),
    math: MathModeSchema.optional(),
  })
  .strict();

/** The options of `normalizeAbstract` and `cleanMath`. */
export const CleanOptionsSchema = z.object({ math: MathModeSchema.optional() }).strict();

export type TokenKind = z.infer<typeof TokenKindSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type RawField = z.infer<typeof RawFieldSchema>;
export type RawOrganization = z.infer<typeof RawOrganizationSchema>;
export type RawRecord = z.infer<typeof RawRecordSchema>;
export type Format = z.infer<typeof FormatSchema>;
export type MathMode = z.infer<typeof MathModeSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Paper = z.infer<typeof PaperSchema>;
export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type PageDate = z.infer<typeof PageDateSchema>;
export type ParseResult = z.infer<typeof ParseResultSchema>;
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;
export type RecordsResult = z.infer<typeof RecordsResultSchema>;
export type RecordsOptions = z.infer<typeof RecordsOptionsSchema>;
export type NormalizeOptions = z.infer<typeof NormalizeOptionsSchema>;
export type CleanOptions = z.infer<typeof CleanOptionsSchema>;
export type PageInfo = z.infer<typeof PageInfoSchema>;
export type StreamOptions = z.infer<typeof StreamOptionsSchema>;
