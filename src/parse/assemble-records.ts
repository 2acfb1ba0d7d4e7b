import { makeDiagnostic } from '../diagnostic.js';
import { SENTENCE_END, URL_END } from '../patterns.js';
import type { Diagnostic, Format, RawField, RawRecord, Token } from '../schema.js';
import type { FooterParts, Unit } from './group-units.js';
import { classifyTextShape } from './text-shape.js';

/** What the assembler makes of a dump's units. */
export interface Assembled {
  pageDate: Token | null;
  records: RawRecord[];
  diagnostics: Diagnostic[];
}

/** A card being read: its title, its abstract once seen, and its footer parts. */
interface CardDraft {
  title: Token[];
  abstract: Token[] | null;
  footer: FooterParts;
}

const FOOTER_SLOTS = ['authors', 'organization', 'separator', 'date'] as const;

/**
 * Assemble units into raw records, the same way for every family: a title starts a card, the
 * abstract follows it, a footer ends it. Titles and abstracts are told apart by their shape,
 * so a lost line costs only its own card's field and the cards after it stay aligned.
 *
 * @param units - Units from `groupUnits`.
 * @param format - The family, recorded on each record.
 * @returns The page date token, the records and the diagnostics.
 * @example
 * assembleRecords(groupUnits(tokenize('A Title\n\nIts abstract. It is long.'), { splitEveryLine: false }), 'listing').records.length
 * //=> 1
 */
export function assembleRecords(units: readonly Unit[], format: Format): Assembled {
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let pageDate: Token | null = null;
  let card: CardDraft | null = null;

  const closeCard = (): void => {
    if (card === null) return;
    if (card.abstract === null) {
      const first = card.title[0] as Token;
      diagnostics.push(makeDiagnostic('missing-abstract', `The card "${shorten(first.text)}" has no abstract`, first));
    }
    records.push(toRawRecord(card, format));
    card = null;
  };

  for (const unit of units) {
    if (unit.kind === 'page-date') {
      closeCard();
      pageDate ??= unit.token;
    } else if (unit.kind === 'footer') {
      const open = card as CardDraft | null;
      if (open !== null && canTakeFooter(open.footer, unit.parts)) {
        for (const slot of FOOTER_SLOTS) open.footer[slot] ??= unit.parts[slot];
      } else {
        for (const slot of FOOTER_SLOTS) {
          const token = unit.parts[slot];
          if (token !== null) {
            diagnostics.push(makeDiagnostic('orphan-footer', `The footer line "${shorten(token.text)}" belongs to no card`, token));
          }
        }
      }
    } else {
      const open = card as CardDraft | null;
      if (open !== null && hasFooter(open.footer)) closeCard();
      const current = card as CardDraft | null;
      const first = unit.lines[0] as Token;
      // A title-shaped text that ends the input, right after a title, is an abstract cut short.
      const shape = classifyTextShape(joinText(unit.lines));
      const cutAbstract = unit === units[units.length - 1];
      if (current !== null && current.abstract === null && (shape !== 'title' || cutAbstract)) {
        current.abstract = unit.lines;
      } else if (shape === 'abstract') {
        closeCard();
        diagnostics.push(
          makeDiagnostic('missing-title', `The abstract "${shorten(first.text)}" has no title before it`, first),
        );
      } else {
        closeCard();
        card = { title: unit.lines, abstract: null, footer: emptyFooter() };
      }
    }
  }

  const last = card as CardDraft | null;
  if (last !== null) {
    const cut = describeCut(last);
    if (cut !== null) {
      const first = last.title[0] as Token;
      diagnostics.push(makeDiagnostic('truncated-card', `The last card "${shorten(first.text)}" ${cut}`, first));
      records.push(toRawRecord(last, format));
    } else {
      closeCard();
    }
  }
  return { pageDate, records, diagnostics };
}

/** A footer part may join a card when its slot is free, the card's date has not come yet, and it adds no organization to an author count (or the reverse). */
function canTakeFooter(footer: FooterParts, parts: FooterParts): boolean {
  if (footer.date !== null) return false;
  if (footer.separator !== null && (parts.authors !== null || parts.organization !== null)) return false;
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

/** Why the last card looks cut off by the end of the input, or null when it looks whole. */
function describeCut(card: CardDraft): string | null {
  if (card.abstract === null) return hasFooter(card.footer) ? null : 'ends before its abstract';
  if (hasFooter(card.footer)) return card.footer.date === null ? 'ends inside its footer' : null;
  const lastLine = (card.abstract[card.abstract.length - 1] as Token).text;
  return SENTENCE_END.test(lastLine) || URL_END.test(lastLine) ? null : 'ends in the middle of its abstract';
}

function toRawRecord(card: CardDraft, format: Format): RawRecord {
  const first = card.title[0] as Token;
  let endLine = (card.title[card.title.length - 1] as Token).line;
  if (card.abstract !== null) endLine = (card.abstract[card.abstract.length - 1] as Token).line;
  for (const slot of FOOTER_SLOTS) {
    const token = card.footer[slot];
    if (token !== null && token.line > endLine) endLine = token.line;
  }
  return {
    format,
    title: toRawField(card.title),
    abstract: card.abstract === null ? null : toRawField(card.abstract),
    authors: fieldOf(card.footer.authors),
    organization: fieldOf(card.footer.organization),
    date: fieldOf(card.footer.date),
    startLine: first.line,
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
  return lines.length === 1 ? (lines[0] as Token).text : lines.map((line) => line.text).join('\n');
}

/** The start of a long text, for a message. */
function shorten(text: string): string {
  const line = text.split('\n', 1)[0] as string;
  return line.length <= 60 ? line : `${line.slice(0, 57)}...`;
}
