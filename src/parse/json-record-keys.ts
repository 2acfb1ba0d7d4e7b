/**
 * Where the parts of a paper stand in the records of the JSON families. A record's fields are
 * read from its scopes (`JSON_PAPER_SCOPES`) and, for each part, under the names listed here,
 * in order: the first name that holds a value in any scope wins. Names are paths inside a scope
 * as `tokenizeJson` writes them (`organization.fullname`; an array's items add `[]`). Data
 * only; `read-json-records.ts` reads it (docs/families.md#json-field-names).
 */
export const JSON_PAPER_KEYS = {
  title: ['title'],
  /** The abstract; a `summary` is the abstract where no `abstract` is given (the papers API). */
  abstract: ['abstract', 'summary', 'description'],
  aiSummary: ['ai_summary', 'aiSummary'],
  date: ['publishedAt', 'published', 'published_at', 'date'],
  upvotes: ['upvotes', 'likes'],
  comments: ['numComments', 'num_comments'],
  githubStars: ['githubStars', 'github_stars', 'stars'],
  /** Values that may be the arXiv id itself (kept only when they read as one). */
  arxivId: ['id', 'paper_id', 'arxiv_id', 'arxivId'],
  /** URLs of the paper's page, its arXiv page or its PDF, which name its arXiv id. */
  paperUrls: ['url', 'paper_url', 'source_url', 'link', 'page_url', 'arxiv_page_url', 'arxiv_url', 'external_url', 'pdf_url'],
  /** Code and project links, single or in lists. */
  links: ['githubRepo', 'github_repo', 'projectPage', 'project_page', 'github_links[]'],
  /** A list of names, or of objects with a `name`. */
  authors: ['authors'],
  /** The organization's display name, else its handle. */
  organizationName: ['organization.fullname', 'organization.name'],
  organizationHandle: ['organization.name'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The names of the texts that, beside a title, make an object a paper: an abstract or a
 * summary, not a `description` (recipes and products have one). An arXiv id, a link to the
 * paper's page, or authors are evidence too (`read-json-records.ts`). Data only.
 */
export const JSON_PAPER_EVIDENCE = ['abstract', 'summary'] as const;

/**
 * The objects of a record that may hold the paper's fields, in the order they are read: the
 * papers API's `paper`, the record itself, and a scraper's `details`. Data only.
 */
export const JSON_PAPER_SCOPES = ['paper.', '', 'details.'] as const;

/**
 * The lists that may hold the records of a JSON document, by the member of the root object
 * that holds them (`''`: the root is the list), in the order they are preferred, with the family
 * a list of paper objects there belongs to. A list of papers API records (`{paper: {...}}`) is
 * `api-json` wherever it stands. Data only.
 */
export const JSON_RECORD_LISTS = [
  { key: '', format: 'paper-json' },
  { key: 'data', format: 'paper-json' },
  { key: 'papers', format: 'scraper-json' },
  { key: 'items', format: 'paper-json' },
  { key: 'results', format: 'paper-json' },
] as const;
