/**
 * Where the parts of a paper stand in the records of the JSON families: for each part, the keys
 * to try in order, as paths from the record (`tokenizeJson` names values so). A key that starts
 * with `paper.` is read from the record's `paper` object when it has one (the papers API), else
 * from the record itself (a bare paper object). Data only; `read-json-records.ts` reads it
 * (docs/record.md#where-each-field-comes-from).
 */
export const JSON_RECORD_KEYS = {
  title: ['paper.title', 'title'],
  abstract: ['paper.summary', 'paper.abstract', 'summary'],
  aiSummary: ['paper.ai_summary'],
  date: ['paper.publishedAt'],
  upvotes: ['paper.upvotes'],
  comments: ['numComments', 'paper.numComments'],
  githubStars: ['paper.githubStars'],
  arxivId: ['paper.id'],
  /** URLs of the paper's page or PDF, which name its arXiv id. */
  paperUrls: ['paper.url', 'paper.pdf_url'],
  /** Code and project links. */
  links: ['paper.githubRepo', 'paper.projectPage'],
  /** An array: its length is the author count. */
  authors: ['paper.authors'],
  /** The organization's display name, else its handle. */
  organizationName: ['paper.organization.fullname', 'paper.organization.name'],
  organizationHandle: ['paper.organization.name'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The lists that hold the records of each JSON family, by the member that holds them (`''`:
 * the root is the list), in the order they are preferred. Data only.
 */
export const JSON_RECORD_LISTS = [
  { key: '', format: 'api-json' },
  { key: 'data', format: 'api-json' },
  { key: 'papers', format: 'scraper-json' },
] as const;
