import { makeDiagnostic } from '../diagnostic.js';
import { SITE_OR_ARXIV_URL, parsePaperIdInUrl } from '../text/link-patterns.js';
import { SENTENCE_END, URL_END } from '../text/prose-patterns.js';
import type { Diagnostic, Format, RawField, RawRecord, Token } from '../schema.js';
import { organizationHandleOf } from '../tokenize/tokenize-markdown.js';
import type { FooterParts, Unit } from './group-units.js';
import { classifyTextShape } from '../text/text-shape.js';

/** What the assembler makes of a dump's units. */
export interface Assembled {
  pageDate: Token | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** How a family's cards are read. */
export interface AssembleOptions {
  /** The family, recorded on each record. */
  format: Format;
  /** The card text is an AI-written summary, not the abstract (trending pages). */
  summaryCards?: boolean;
}

/** A card being read: its title, its abstract once seen, its footer parts, upvote box and links. */
interface CardDraft {
  title: Token[];
  abstract: Token[] | null;
  footer: FooterParts;
  upvotes: Token | null;
  links: Token[];
  paperId: string | null;
}

const FOOTER_SLOTS = ['authors', 'organization', 'separator', 'date'] as const;

/**
 * Assemble units into raw records, the same way for every family. Where the capture marks
 * its titles (markdown headings, paper links), a title starts a card and everything up to the
 * next title or upvote box belongs to it; an upvote box that names its paper joins that card,
 * one that does not belongs to the title after it. In plain text, titles and abstracts are
 * told apart by their shape, not their position, so a lost line costs only its own card's
 * field and the cards after it stay aligned; a footer ends a card (docs/families.md#card-parts).
 *
 * @param units - Units from `groupUnits`.
 * @param options - The family, and whether card texts are AI summaries.
 * @returns The page date token, the records and the diagnostics.
 * @example
 * assembleRecords(groupUnits(tokenize('A Title\n\nIts abstract. It is long.'), { splitEveryLine: false }), { format: 'listing' }).records.length
 * //=> 1
 */
export function assembleRecords(units: readonly Unit[], options: AssembleOptions): Assembled {
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const marked = units.some((unit) => unit.kind === 'title');
  let pageDate: Token | null = null;
  let card: CardDraft | null = null;
  let pendingUpvotes: Token | null = null;

  const orphan = (token: Token): void => {
    diagnostics.push(makeDiagnostic('orphan-footer', `The line "${shorten(token.text)}" belongs to no card`, token));
  };
  const closeCard = (): void => {
    if (card === null) return;
    if (!hasSecondPart(card)) {
      dropLoneTitle(card);
      return;
    }
    if (card.abstract === null && !options.summaryCards) {
      const first = card.title[0] as Token;
      diagnostics.push(makeDiagnostic('missing-abstract', `The card "${shorten(first.text)}" has no abstract`, first));
    }
    records.push(toRawRecord(card, options));
    card = null;
  };
  const dropLoneTitle = (lone: CardDraft): void => {
    const first = lone.title[0] as Token;
    diagnostics.push(makeDiagnostic('lone-title', `The title "${shorten(first.text)}" has nothing after it that makes a card; no record is made`, first));
    card = null;
  };
  const openCard = (title: Token[]): void => {
    closeCard();
    const paperId = paperIdOf(title);
    let upvotes: Token | null = null;
    if (pendingUpvotes !== null) {
      const boxId = paperIdOf([pendingUpvotes]);
      if (boxId === null || paperId === null || boxId === paperId) upvotes = pendingUpvotes;
      else orphan(pendingUpvotes);
      pendingUpvotes = null;
    }
    card = { title, abstract: null, footer: emptyFooter(), upvotes, links: [], paperId };
  };

  for (const [index, unit] of units.entries()) {
    const open = card as CardDraft | null;
    switch (unit.kind) {
      case 'page-date':
        closeCard();
        pageDate ??= unit.token;
        break;
      case 'upvotes': {
        const boxId = paperIdOf([unit.token]);
        if (open !== null && boxId !== null && boxId === open.paperId) {
          // The card's own box (a second layout of the same card repeats it).
          open.upvotes ??= unit.token;
        } else {
          if (pendingUpvotes !== null) orphan(pendingUpvotes);
          if (marked) closeCard();
          pendingUpvotes = unit.token;
        }
        break;
      }
      case 'title':
        openCard(unit.lines);
        break;
      case 'link':
        if (open !== null) open.links.push(unit.token);
        else orphan(unit.token);
        break;
      case 'footer':
        if (open !== null && canTakeFooter(open.footer, unit.parts, marked)) {
          for (const slot of FOOTER_SLOTS) open.footer[slot] ??= unit.parts[slot];
        } else {
          for (const slot of FOOTER_SLOTS) {
            const token = unit.parts[slot];
            if (token !== null) orphan(token);
          }
        }
        break;
      case 'text':
        if (marked) readMarkedText(unit.lines, open);
        else readPlainText(unit.lines, index === units.length - 1);
        break;
    }
  }

  function readMarkedText(lines: Token[], open: CardDraft | null): void {
    const first = lines[0] as Token;
    if (open !== null && open.abstract === null) {
      open.abstract = lines;
    } else if (options.format === 'digest') {
      // A digest's own prose around its papers (a greeting, a closing line) belongs to no card, and is no fault.
    } else if (open === null) {
      diagnostics.push(makeDiagnostic('missing-title', `The text "${shorten(first.text)}" has no title before it`, first));
    } else {
      diagnostics.push(makeDiagnostic('stray-text', `The text "${shorten(first.text)}" fits no part of its card`, first));
    }
  }

  function readPlainText(lines: Token[], isLastUnit: boolean): void {
    if (card !== null && hasFooter(card.footer)) closeCard();
    const current = card as CardDraft | null;
    const first = lines[0] as Token;
    const shape = classifyTextShape(joinText(lines));
    // A title-shaped text that ends the input, right after a title, is an abstract cut short.
    if (current !== null && current.abstract === null && (shape !== 'title' || isLastUnit)) {
      current.abstract = lines;
    } else if (shape === 'abstract') {
      closeCard();
      diagnostics.push(makeDiagnostic('missing-title', `The abstract "${shorten(first.text)}" has no title before it`, first));
    } else {
      openCard(lines);
    }
  }

  const last = card as CardDraft | null;
  if (last !== null) {
    const cut = describeCut(last, options);
    if (cut !== null && !hasSecondPart(last)) {
      dropLoneTitle(last);
    } else if (cut !== null) {
      const first = last.title[0] as Token;
      diagnostics.push(makeDiagnostic('truncated-card', `The last card "${shorten(first.text)}" ${cut}`, first));
      records.push(toRawRecord(last, options));
    } else {
      closeCard();
    }
  }
  if (pendingUpvotes !== null) orphan(pendingUpvotes);
  return { pageDate, records, diagnostics };
}

/**
 * A footer part may join a card when its slot is free and it adds no organization to an
 * author count (or the reverse). In plain text a footer also ends at its date; in a capture
 * that marks its titles, the next title ends the card instead.
 */
function canTakeFooter(footer: FooterParts, parts: FooterParts, marked: boolean): boolean {
  if (!marked && footer.date !== null) return false;
  if (!marked && footer.separator !== null && (parts.authors !== null || parts.organization !== null)) return false;
  const hasOwner = footer.authors !== null || footer.organization !== null;
  if (hasOwner && (parts.authors !== null || parts.organization !== null)) return false;
  return FOOTER_SLOTS.every((slot) => parts[slot] === null || footer[slot] === null);
}

function hasFooter(footer: FooterParts): boolean {
  return FOOTER_SLOTS.some((slot) => footer[slot] !== null);
}

function emptyFooter(): FooterParts {
  return { authors: null, organization: null, separator: null, date: null };
}

/** The paper id that the tokens' links name, or null. */
function paperIdOf(tokens: readonly Token[]): string | null {
  for (const token of tokens) {
    for (const url of token.urls ?? []) {
      const id = parsePaperIdInUrl(url);
      if (id !== null) return id;
    }
  }
  return null;
}

/** Why the last card looks cut off by the end of the input, or null when it looks whole. */
function describeCut(card: CardDraft, options: AssembleOptions): string | null {
  if (card.abstract === null) {
    if (options.summaryCards || hasFooter(card.footer) || card.links.length > 0) return null;
    return 'ends before its abstract';
  }
  if (hasFooter(card.footer)) {
    return card.footer.date === null && card.footer.separator !== null ? 'ends inside its footer' : null;
  }
  const lastLine = (card.abstract[card.abstract.length - 1] as Token).text;
  return SENTENCE_END.test(lastLine) || URL_END.test(lastLine) ? null : 'ends in the middle of its abstract';
}

function toRawRecord(card: CardDraft, options: AssembleOptions): RawRecord {
  const first = card.title[0] as Token;
  const tokens: Token[] = [...card.title, ...(card.abstract ?? []), ...card.links];
  for (const slot of FOOTER_SLOTS) {
    const token = card.footer[slot];
    if (token !== null) tokens.push(token);
  }
  if (card.upvotes !== null) tokens.push(card.upvotes);
  let startLine = first.line;
  let endLine = first.line;
  for (const token of tokens) {
    if (token.line < startLine) startLine = token.line;
    if (token.line > endLine) endLine = token.line;
  }
  const links = new Set<string>();
  for (const token of tokens) {
    for (const url of token.urls ?? []) if (!SITE_OR_ARXIV_URL.test(url)) links.add(url);
  }
  const github = card.links.find((token) => token.kind === 'github') ?? null;
  const text = card.abstract === null ? null : toRawField(card.abstract);
  const organization = card.footer.organization;
  return {
    format: options.format,
    title: toRawField(card.title),
    abstract: options.summaryCards ? null : text,
    aiSummary: options.summaryCards ? text : null,
    authors: fieldOf(card.footer.authors),
    authorNames: null,
    organization: organization === null ? null : { ...toRawField([organization]), handle: organizationHandleOf(organization) },
    date: fieldOf(card.footer.date),
    comments: null,
    upvotes: fieldOf(card.upvotes),
    githubStars: fieldOf(github),
    arxivId: card.paperId ?? paperIdOf(tokens),
    links: [...links],
    startLine,
    endLine,
  };
}

/** The lines of a paragraph as found, joined with line breaks, positioned at its first line. */
function toRawField(lines: readonly Token[]): RawField {
  const first = lines[0] as Token;
  return { text: joinText(lines), line: first.line, column: first.column, offset: first.offset };
}

function fieldOf(token: Token | null): RawField | null {
  return token === null ? null : { text: token.text, line: token.line, column: token.column, offset: token.offset };
}

function joinText(lines: readonly Token[]): string {
  if (lines.length === 1) return (lines[0] as Token).text;
  // A line after the first keeps one blank for its indent: a word that a wrapper cut goes on with none.
  return lines.map((line, index) => (index > 0 && line.column > 1 ? ` ${line.text}` : line.text)).join('\n');
}

/** A card shows a part besides its title: an abstract, a footer part, an upvote box, a link or a paper id. */
function hasSecondPart(card: CardDraft): boolean {
  return (
    card.abstract !== null ||
    FOOTER_SLOTS.some((slot) => card.footer[slot] !== null) ||
    card.upvotes !== null ||
    card.links.length > 0 ||
    card.paperId !== null
  );
}

/** The start of a long text, for a message. */
function shorten(text: string): string {
  const line = text.split('\n', 1)[0] as string;
  return line.length <= 60 ? line : `${line.slice(0, 57)}...`;
}
