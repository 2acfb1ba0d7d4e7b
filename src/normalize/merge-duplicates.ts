import { makeDiagnostic } from '../diagnostic.js';
import { parseTitleKey } from './title-key-patterns.js';
import { ARXIV_ID } from '../text/link-patterns.js';
import type { Diagnostic, Paper } from '../schema.js';
import { hashTitleKey } from './title-key-hash.js';

/** The papers of a dump with every duplicate merged into its first copy, and a diagnostic per merged copy. */
export interface MergedPapers {
  papers: Paper[];
  diagnostics: Diagnostic[];
  /** For each paper, the position of its first copy among the input papers. */
  firstCopies: number[];
}

/**
 * A paper and its later copies: the record (the input paper until a copy is merged, then a
 * copy owned here), its links as a set once merging starts, its first line, the position of
 * its first copy among the papers added, and the keys that find it.
 */
interface Group {
  paper: Paper;
  links: Set<string> | null;
  firstLine: number;
  firstIndex: number;
  ids: string[];
  titleHashes: number[];
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
 * How copies merge: within one dump, counts take the larger and `source` spans every copy;
 * across dumps (oldest capture first), counts take the newest and `source` stays the first copy's.
 */
export type MergePolicy = 'one-dump' | 'across-dumps';

/**
 * The papers seen so far, each with its later copies merged in, oldest first; papers can be
 * taken out from the oldest on (a stream keeps only a window of them).
 */
export interface DuplicateIndex {
  readonly policy: MergePolicy;
  groups: Group[];
  /** The index of the oldest group not taken out yet. */
  head: number;
  /** How many papers were added. */
  added: number;
  byId: Map<string, Group>;
  byTitle: TitleIndex;
}

/**
 * Start an empty index of papers for merging copies.
 *
 * @param policy - How copies merge (`one-dump` by default).
 * @returns An empty index.
 * @example
 * countIndexedPapers(createDuplicateIndex())
 * //=> 0
 */
export function createDuplicateIndex(policy: MergePolicy = 'one-dump'): DuplicateIndex {
  return { policy, groups: [], head: 0, added: 0, byId: new Map(), byTitle: new Map() };
}

/**
 * Add a paper to the index: a copy of a paper in it is merged into that paper, anything else
 * becomes a paper of its own. The paper itself is not changed.
 *
 * @param index - The index, changed in place.
 * @param paper - The next paper, in input order.
 * @returns The `duplicate-card` diagnostic when the paper was a copy, else null.
 * @example
 * addToDuplicateIndex(index, laterCopy)?.code
 * //=> 'duplicate-card'
 */
export function addToDuplicateIndex(index: DuplicateIndex, paper: Paper): Diagnostic | null {
  const id = paper.arxivId === null ? null : idKey(paper.arxivId);
  const title: TitleProbe = { hash: hashTitleKey(paper.title), title: paper.title, key: null };
  const titleMatch = findByTitle(index.byTitle, title);
  const idMatch = id === null ? undefined : index.byId.get(id);
  const group =
    idMatch ?? (titleMatch !== undefined && (id === null || titleMatch.paper.arxivId === null) ? titleMatch : undefined);
  const position = index.added;
  index.added += 1;
  if (group === undefined) {
    const created: Group = { paper, links: null, firstLine: paper.source.startLine, firstIndex: position, ids: [], titleHashes: [] };
    index.groups.push(created);
    if (id !== null) addId(index, id, created);
    addTitle(index.byTitle, title, created);
    return null;
  }
  const reason = idMatch === undefined ? 'the same title' : `the same arXiv id ${paper.arxivId ?? ''}`;
  const diagnostic = makeDiagnostic(
    'duplicate-card',
    `The card "${shorten(paper.title)}" at line ${paper.source.startLine} has ${reason} as the card at line ${group.firstLine}; it is merged into that one`,
    { line: paper.source.startLine, column: 1, offset: 0 },
  );
  mergeInto(group, paper, index.policy);
  // A copy's id and title find its group from now on, also when they differ from the first copy's.
  if (id !== null && idMatch === undefined) addId(index, id, group);
  if (titleMatch === undefined) addTitle(index.byTitle, title, group);
  return diagnostic;
}

/**
 * How many papers the index holds (not yet taken out).
 *
 * @param index - The index.
 * @returns The number of papers.
 * @example
 * countIndexedPapers(index)
 * //=> 3
 */
export function countIndexedPapers(index: DuplicateIndex): number {
  return index.groups.length - index.head;
}

/**
 * Take the oldest paper out of the index, with its copies merged; a later copy of it will be a
 * paper of its own.
 *
 * @param index - The index, changed in place.
 * @returns The oldest paper, or undefined when the index is empty.
 * @example
 * takeOldestPaper(index)?.title
 * //=> 'A Title'
 */
export function takeOldestPaper(index: DuplicateIndex): Paper | undefined {
  const group = index.groups[index.head];
  if (group === undefined) return undefined;
  index.head += 1;
  // Drop the taken groups' slots now and then, so that a long stream keeps a short array.
  if (index.head >= 1024 && index.head * 2 >= index.groups.length) {
    index.groups = index.groups.slice(index.head);
    index.head = 0;
  }
  for (const id of group.ids) if (index.byId.get(id) === group) index.byId.delete(id);
  for (const hash of group.titleHashes) {
    const bucket = index.byTitle.get(hash)?.filter((entry) => entry.group !== group) ?? [];
    if (bucket.length === 0) index.byTitle.delete(hash);
    else index.byTitle.set(hash, bucket);
  }
  return finishedPaper(group);
}

/**
 * Merge the copies of a paper that a dump holds more than once into one record. Two papers are
 * the same when they have the same arXiv id (its version ignored), or, when either has no id,
 * the same title key (case, whitespace and punctuation ignored). When two papers with different
 * ids share a title, a later copy without an id goes to the first of them (docs/families.md#duplicates).
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
 * @param policy - `one-dump` (the default, as above), or `across-dumps` (`dedupePapers`: the
 *   newest counts, the first copy's `source`).
 * @returns The merged papers, in order of first appearance, the diagnostics, and where each
 *   paper's first copy stands in the input.
 * @example
 * mergeDuplicatePapers([paperA, { ...paperA, upvotes: 9, source: { ...paperA.source, startLine: 40, endLine: 44 } }]).papers.length
 * //=> 1
 */
export function mergeDuplicatePapers(papers: Iterable<Paper>, policy: MergePolicy = 'one-dump'): MergedPapers {
  const index = createDuplicateIndex(policy);
  const diagnostics: Diagnostic[] = [];
  for (const paper of papers) {
    const diagnostic = addToDuplicateIndex(index, paper);
    if (diagnostic !== null) diagnostics.push(diagnostic);
  }
  const groups = index.groups.slice(index.head);
  return { papers: groups.map(finishedPaper), diagnostics, firstCopies: groups.map((group) => group.firstIndex) };
}

/** A group's paper as a record of its own: its links gathered into a list. */
function finishedPaper(group: Group): Paper {
  return group.links === null ? group.paper : { ...group.paper, links: [...group.links] };
}

/** Let an arXiv id find its group. */
function addId(index: DuplicateIndex, id: string, group: Group): void {
  index.byId.set(id, group);
  group.ids.push(id);
}

/** Fill a group's merged paper from a later copy, as `mergeDuplicatePapers` documents (and, across dumps, `dedupePapers`). */
function mergeInto(group: Group, later: Paper, policy: MergePolicy): void {
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
  const count = policy === 'one-dump' ? larger : newer;
  kept.upvotes = count(kept.upvotes, later.upvotes);
  kept.comments = count(kept.comments, later.comments);
  kept.githubStars = count(kept.githubStars, later.githubStars);
  for (const link of later.links) links.add(link);
  if (policy === 'one-dump') {
    kept.source = {
      format: kept.source.format,
      startLine: Math.min(kept.source.startLine, later.source.startLine),
      endLine: Math.max(kept.source.endLine, later.source.endLine),
    };
  }
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

/** The later of two counts, from a newer capture; a missing count gives way to the other. */
function newer(earlier: number | null, later: number | null): number | null {
  return later ?? earlier;
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
  group.titleHashes.push(title.hash);
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
