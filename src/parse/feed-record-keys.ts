/**
 * Where the parts of a paper stand in the records of RSS and Atom feeds: for each part, the keys
 * of the tokens to try in order, as paths from the item or entry (`tokenizeXml` names them so),
 * and the labels of the paragraphs of an item's HTML. Data only; `read-feed-records.ts` reads it
 * (docs/families.md#feed).
 */
export const FEED_RECORD_KEYS = {
  title: ['title', 'dc:title'],
  /** Dates: Atom's `published` before its `updated`; RSS `pubDate` is RFC 822. */
  date: ['published', 'pubDate', 'dc:date', 'updated'],
  /** URLs and ids that name the item's paper (`huggingface.co/papers/<id>`, `arxiv.org/abs/<id>`, a thumbnail). */
  paperUrls: ['link', 'link@href', 'guid', 'id', '@rdf:about', 'enclosure@url', 'media:thumbnail@url', 'media:content@url'],
  /** Fields whose HTML may hold labelled paragraphs (`Authors:`, `Upvotes:`, `Summary:`), in order. */
  html: ['description', 'content:encoded', 'content', 'summary'],
  /** Where the abstract is when no paragraph is labelled so: the first of these with text. */
  abstract: ['summary', 'description', 'content:encoded', 'content'],
  /** Author names, one a token (Atom), or several comma-separated in one (`dc:creator` of arXiv's feeds). */
  authorNames: ['author.name', 'dc:creator', 'author'],
} as const satisfies Record<string, readonly string[]>;

/** What a labelled paragraph of an item's HTML gives. */
export type FeedLabelPart = 'authors' | 'upvotes' | 'abstract' | 'aiSummary';

/**
 * The labels of the paragraphs in an item's HTML, lower case, without the colon. `Summary:` is
 * the paper's abstract: the papers API calls the abstract `summary`, and feeds built from it
 * copy that name; a summary that says it is AI-written is `aiSummary`.
 */
export const FEED_LABELS: Readonly<Record<string, FeedLabelPart>> = {
  authors: 'authors',
  author: 'authors',
  upvotes: 'upvotes',
  upvote: 'upvotes',
  summary: 'abstract',
  abstract: 'abstract',
  'ai summary': 'aiSummary',
  'ai-generated summary': 'aiSummary',
  'ai generated summary': 'aiSummary',
  'tl;dr': 'aiSummary',
  tldr: 'aiSummary',
};

/** The longest label looked for at the start of a paragraph, colon included. */
export const FEED_LABEL_LENGTH = 24;

/** The roots of RSS feeds (2.0 and 1.0); an Atom feed's root is `feed` in `ATOM_NAMESPACE`. */
export const RSS_ROOTS: ReadonlySet<string> = new Set(['rss', 'rdf:RDF']);

/** The root element of an Atom feed. */
export const ATOM_ROOT = 'feed';

/** The namespace an Atom feed's root declares. */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** Where a feed names itself: its title and its own link, as paths from the root. */
export const FEED_PAGE_KEYS = {
  title: ['rss.channel.title', 'rdf:RDF.channel.title', 'feed.title'],
  link: ['rss.channel.link', 'rdf:RDF.channel.link', 'feed.link@href', 'feed.id', 'rss.channel.atom:link@href'],
} as const satisfies Record<string, readonly string[]>;
