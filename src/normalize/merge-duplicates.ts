import { makeDiagnostic } from '../diagnostic.js';
import { ARXIV_ID, parseTitleKey } from '../patterns.js';
import type { Diagnostic, Paper } from '../schema.js';
import { hashTitleKey } from './title-key-hash.js';

/** The papers of a dump with every duplicate merged into its first copy, and a diagnostic per merged copy. */
export interface MergedPapers {
  papers: Paper[];
  diagnostics: Diagnostic[];
}

/**
 * A paper and its later copies: the record (the input paper until a copy is merged, then a
 * copy owned here), its links as a set once merging starts, and its first line.
 */
interface Group {
  paper: Paper;
  links: Set<string> | null;
  firstLine: number;
}

/** A title, the hash of its key, and its key once a comparison needed it. */
interface TitleProbe {
  hash: number;
  title: string;
  key: string | null;
}

/** A group found by its title. */
interface TitleEntry extends TitleProbe {
  group: Group;
}

/**
 * Groups by title, in buckets by the hash of the title's key: most titles are never compared,
 * so most keys are never built.
 */
type TitleIndex = Map<number, TitleEntry[]>;

/**
 * Merge the copies of a paper that a dump holds more than once into one record. Two papers are
 * the same when they have the same arXiv id (its version ignored), or, when either has no id,
 * the same title key (case, whitespace and punctuation ignored). When two papers with different
 * ids share a title, a later copy without an id goes to the first of them.
 *
 * The first copy keeps its position, and a later copy fills what the first lacks:
 * - `title` and `raw.title` are the first copy's; `abstract` (with its `raw.abstract`),
 *   `authorCount`, `organization`, `arxivId` and `aiSummary` are the first copy's unless null;
 * - `publishedAt` is the first copy's unless null, or unless its year was inferred and the
 *   later copy's year was written; `yearInferred` goes with the date kept;
 * - `upvotes`, `comments` and `githubStars` take the larger count;
 * - `links` are the union, the first copy's first, in order;
 * - `source.format` is the first copy's, and `source` spans from the smallest start line to
 *   the largest end line of the copies.
 *
 * Each later copy gives an `info` diagnostic `duplicate-card` at its start line (papers carry
 * lines only, so its column is 1 and its offset 0). Pure: the input papers are not changed; a
 * paper with no copy is passed through as it is, a merged one is a new object. Linear time.
 *
 * @param papers - The papers of a dump, in input order.
 * @returns The merged papers, in order of first appearance, and the diagnostics.
 * @example
 * mergeDuplicatePapers([paperA, { ...paperA, upvotes: 9, source: { ...paperA.source, startLine: 40, endLine: 44 } }]).papers.length
 * //=> 1
 */
export function mergeDuplicatePapers(papers: readonly Paper[]): MergedPapers {
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  const byTitle: TitleIndex = new Map();
  const diagnostics: Diagnostic[] = [];
  for (const paper of papers) {
    const id = paper.arxivId === null ? null : idKey(paper.arxivId);
    const title: TitleProbe = { hash: hashTitleKey(paper.title), title: paper.title, key: null };
    const titleMatch = findByTitle(byTitle, title);
    const idMatch = id === null ? undefined : byId.get(id);
    const group =
      idMatch ?? (titleMatch !== undefined && (id === null || titleMatch.paper.arxivId === null) ? titleMatch : undefined);
    if (group === undefined) {
      const created: Group = { paper, links: null, firstLine: paper.source.startLine };
      groups.push(created);
      if (id !== null) byId.set(id, created);
      addTitle(byTitle, title, created);
      continue;
    }
    const reason = idMatch === undefined ? 'the same title' : `the same arXiv id ${paper.arxivId ?? ''}`;
    diagnostics.push(
      makeDiagnostic(
        'duplicate-card',
        `The card "${shorten(paper.title)}" at line ${paper.source.startLine} has ${reason} as the card at line ${group.firstLine}; it is merged into that one`,
        { line: paper.source.startLine, column: 1, offset: 0 },
      ),
    );
    mergeInto(group, paper);
    // A copy's id and title find its group from now on, also when they differ from the first copy's.
    if (id !== null && idMatch === undefined) byId.set(id, group);
    if (titleMatch === undefined) addTitle(byTitle, title, group);
  }
  return {
    papers: groups.map((group) => (group.links === null ? group.paper : { ...group.paper, links: [...group.links] })),
    diagnostics,
  };
}

/** Fill a group's merged paper from a later copy, as `mergeDuplicatePapers` documents. */
function mergeInto(group: Group, later: Paper): void {
  if (group.links === null) {
    // Copy on the first merge: a paper that is never merged passes through as it is.
    group.paper = copyPaper(group.paper);
    group.links = new Set(group.paper.links);
  }
  const links = group.links;
  const kept = group.paper;
  if (kept.abstract === null && later.abstract !== null) {
    kept.abstract = later.abstract;
    kept.raw = { title: kept.raw.title, abstract: later.raw.abstract };
  }
  kept.authorCount ??= later.authorCount;
  kept.organization ??= later.organization === null ? null : { ...later.organization };
  kept.arxivId ??= later.arxivId;
  kept.aiSummary ??= later.aiSummary;
  if (later.publishedAt !== null && (kept.publishedAt === null || (kept.yearInferred && !later.yearInferred))) {
    kept.publishedAt = later.publishedAt;
    kept.yearInferred = later.yearInferred;
  }
  kept.upvotes = larger(kept.upvotes, later.upvotes);
  kept.comments = larger(kept.comments, later.comments);
  kept.githubStars = larger(kept.githubStars, later.githubStars);
  for (const link of later.links) links.add(link);
  kept.source = {
    format: kept.source.format,
    startLine: Math.min(kept.source.startLine, later.source.startLine),
    endLine: Math.max(kept.source.endLine, later.source.endLine),
  };
}

/** A copy of a paper that shares no object with it. */
function copyPaper(paper: Paper): Paper {
  return {
    ...paper,
    organization: paper.organization === null ? null : { ...paper.organization },
    links: [...paper.links],
    raw: { ...paper.raw },
    source: { ...paper.source },
  };
}

/** The larger of two counts; a missing count gives way to the other. */
function larger(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** The key of an arXiv id: a new-scheme id without its version (`2509.14033v2` is `2509.14033`), others lower-cased. */
function idKey(id: string): string {
  const trimmed = id.trim();
  const match = ARXIV_ID.exec(trimmed);
  return match === null ? trimmed.toLowerCase() : `${match[1]}${match[2]}.${match[3]}`;
}

/** Let a title find its group. */
function addTitle(index: TitleIndex, title: TitleProbe, group: Group): void {
  const entry: TitleEntry = { hash: title.hash, title: title.title, key: title.key, group };
  const bucket = index.get(title.hash);
  if (bucket === undefined) index.set(title.hash, [entry]);
  else bucket.push(entry);
}

/** The group whose title has the same key as `title` (whose key is built here when a comparison needs it). */
function findByTitle(index: TitleIndex, title: TitleProbe): Group | undefined {
  const bucket = index.get(title.hash);
  if (bucket === undefined) return undefined;
  title.key ??= titleKey(title.title);
  for (const entry of bucket) {
    entry.key ??= titleKey(entry.title);
    if (entry.key === title.key) return entry.group;
  }
  return undefined;
}

/** The key of a title; a title with no letter or digit is its own key. */
function titleKey(title: string): string {
  const key = parseTitleKey(title);
  // A leading space cannot start a real key (they are trimmed), so the two kinds never collide.
  return key === '' ? ` ${title}` : key;
}

/** The first line of a text, cut to 60 characters. */
function shorten(text: string): string {
  const line = text.split('\n', 1)[0] as string;
  return line.length <= 60 ? line : `${line.slice(0, 57)}...`;
}
