/**
 * The writer: writes a planned segment out with Unicode in place of LaTeX — symbols with the
 * spacing of their group, fonts, accents, roots and fractions (recovered from brace groups),
 * scripts, dashes and quotes — and reports unknown macros. Iterative: groups are opened and
 * closed through tables, never by recursion. What it writes: docs/math.md#what-is-cleaned.
 */
import { ENVIRONMENT_COLUMNS, LETTER_OR_DIGIT, TRAILING_SPACES } from './math-patterns.js';
import { applyAccent, textAccent } from './accents.js';
import { isMathCodePoint, isSingleAtomPieces } from './atoms.js';
import { CITATION_COMMANDS, DROPPED_ARGUMENT_COMMANDS, DROPPED_COMMANDS, FONT_COMMANDS, FONT_DECLARATIONS, FRACTION_COMMANDS, ROOT_COMMANDS, SIZING_NAMES, SPACE_COMMANDS, TEXT_ARGUMENT_COMMANDS } from './command-kinds.js';
import { MATH_ALPHABETS } from './latex-symbols.generated.js';
import { commandSymbol, type CommandSymbol, isOperatorName, isRemnantName, mathAccent, takesBraceArgument } from './lexicon.js';
import { AUTHOR_ABBREVIATION_MACROS } from './remnant-words.js';
import { type Findings, KEEP, nextArgument, nextNonSpace, type Segment, type WordPlan } from './segment.js';
import { splitGluedRun } from './split-glued-run.js';
import { isAsciiLetterCode, isDigitCode, isSpaceCode, type Token } from './tokenize-latex.js';
import { unicodeScript } from './unicode-scripts.js';
import { atomBefore } from './word-atoms.js';

/** What a `{` does, decided when it is reached. */
type GroupRole =
  | { readonly kind: 'keep' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'font'; readonly alphabet: string }
  | { readonly kind: 'denominator' }
  | { readonly kind: 'root'; readonly sign: string }
  | { readonly kind: 'numerator' }
  | { readonly kind: 'accent'; readonly combining: string }
  | { readonly kind: 'citation' };

/** The most accents written on one letter from nested accent groups (`\hat{\bar{x}}` takes two). */
const MAX_STACKED_ACCENTS = 4;

/** State of one segment's writer. */
interface Writer {
  readonly segment: Segment;
  readonly findings: Findings;
  readonly out: string[];
  /** Roles assigned in advance to `{` tokens (command arguments). */
  readonly roles: Map<number, GroupRole>;
  /** What to write at each `}` whose `{` was handled; the out index of the opening part. */
  readonly closers: Map<number, { readonly role: GroupRole; readonly outIndex: number }>;
  /** Alphabet and token index range for a font argument's leading letters. */
  font: { alphabet: string; until: number } | undefined;
  /** A combining accent for the next letter written. */
  accent: string | undefined;
  /** How many accents the piece at each out index already carries (accents on groups). */
  readonly accentsAt: Map<number, number>;
  /** Whether a `` `` `` quote is open, so that `"` closes it. */
  quoteOpen: boolean;
  /** The index of a space token a tight operator swallowed, or -1. */
  skipSpaceAt: number;
}

/**
 * Write a planned segment out.
 *
 * @param segment - The segment, its words planned (`planWords`).
 * @param findings - Where unknown macros are collected.
 * @returns The segment's text with its math in Unicode.
 * @example
 * const segment = analyseSegment(tokenizeLatex('m times n'), 0, new Set());
 * planWords(segment);
 * emitSegment(segment, { unknownMacros: new Set(), links: new Set() })
 * //=> 'm × n'
 */
export function emitSegment(segment: Segment, findings: Findings): string {
  const writer: Writer = {
    segment,
    findings,
    out: [],
    roles: new Map(),
    closers: new Map(),
    font: undefined,
    accent: undefined,
    accentsAt: new Map(),
    quoteOpen: false,
    skipSpaceAt: -1,
  };
  const { tokens } = segment;
  let i = 0;
  while (i < tokens.length) {
    i = emitToken(writer, i);
  }
  return writer.out.join('');
}

/** Write token `i`; returns the index of the next token to write. */
function emitToken(writer: Writer, i: number): number {
  const { segment, out } = writer;
  const token = segment.tokens[i] as Token;
  switch (token.kind) {
    case 'space':
      if (writer.skipSpaceAt !== i) out.push(token.text);
      return i + 1;
    case 'number':
      writeAtom(writer, token.text, i);
      return i + 1;
    case 'word': {
      const plan = segment.plans[i] ?? KEEP;
      if (plan.kind === 'drop') return skipEnvironment(segment, i);
      if (plan.kind === 'keep') {
        writeAtom(writer, token.text, i);
        return i + 1;
      }
      let next = i + 1;
      plan.pieces.forEach((piece, index) => {
        const last = index === plan.pieces.length - 1;
        if (!piece.isName) {
          writeAtom(writer, piece.text, i);
        } else {
          const after = emitName(writer, piece.text, i, false, last, index === 0, plan.pieces[index + 1]?.text);
          if (last) next = after;
        }
      });
      return next;
    }
    case 'command':
      return emitCommand(writer, token.text, i);
    case 'char':
      return emitChar(writer, token.text, i);
  }
}

/** Write a letter or number run, applying a pending font or accent. */
function writeAtom(writer: Writer, text: string, i: number): void {
  let value = text;
  const font = writer.font;
  if (font !== undefined && i <= font.until) {
    const alphabet = MATH_ALPHABETS[font.alphabet];
    if (alphabet !== undefined) value = [...value].map((char) => alphabet[char] ?? char).join('');
    writer.font = undefined;
  }
  if (writer.accent !== undefined) {
    value = applyAccent(value, writer.accent);
    writer.accent = undefined;
  }
  writer.out.push(value);
}

/** The last character written, or '' at the start. */
function lastWritten(writer: Writer): string {
  for (let k = writer.out.length - 1; k >= 0; k -= 1) {
    const piece = writer.out[k] ?? '';
    if (piece.length > 0) return piece.charAt(piece.length - 1);
  }
  return '';
}

/** Remove trailing spaces already written (before a tight operator). */
function trimWrittenSpace(writer: Writer): void {
  for (let k = writer.out.length - 1; k >= 0; k -= 1) {
    const piece = writer.out[k] ?? '';
    const trimmed = piece.replace(TRAILING_SPACES, '');
    writer.out[k] = trimmed;
    if (trimmed.length > 0) return;
  }
}

/**
 * Write a command (explicit `\name` or a bare remnant). `last` says whether it is the last piece
 * of its word, so it may take arguments from the following tokens. Returns the next token index.
 */
function emitName(writer: Writer, name: string, i: number, explicit: boolean, last: boolean, first: boolean, nextPiece?: string): number {
  const { segment, out } = writer;
  const { tokens } = segment;
  const next = i + 1;

  if (explicit) {
    const abbreviation = AUTHOR_ABBREVIATION_MACROS.get(name);
    if (abbreviation !== undefined) {
      out.push(abbreviation);
      return next;
    }
  }
  if (SIZING_NAMES.has(name) || DROPPED_COMMANDS.has(name)) {
    if (last && (name === 'left' || name === 'right' || name === 'middle') && tokens[next]?.text === '.') return next + 1;
    return next;
  }
  if (SPACE_COMMANDS.has(name)) {
    if (!isSpaceCode(lastWritten(writer).charCodeAt(0)) && tokens[next]?.kind !== 'space') out.push(' ');
    return next;
  }
  if (!last) {
    return writeSymbolOrName(writer, name, i, explicit, first, last, nextPiece);
  }
  const fontAlphabet = FONT_COMMANDS.get(name) ?? (FONT_DECLARATIONS.has(name) ? FONT_DECLARATIONS.get(name) : undefined);
  if (fontAlphabet !== undefined) {
    if (FONT_DECLARATIONS.has(name) && !FONT_COMMANDS.has(name)) {
      // `{\cal O}`: style the next letter; `{\em x}`, `\bf x`: only drop the switch.
      if (fontAlphabet !== '') writer.font = { alphabet: fontAlphabet, until: nextNonSpace(tokens, i) };
      return tokens[next]?.kind === 'space' ? next + 1 : next;
    }
    const argument = nextArgument(tokens, i);
    const argumentToken = tokens[argument];
    if (argumentToken?.text === '{') {
      writer.roles.set(argument, { kind: 'font', alphabet: fontAlphabet });
      return argument;
    }
    if (argumentToken !== undefined && (argumentToken.kind === 'word' || argumentToken.kind === 'number')) {
      const styled = styleFirst(argumentToken.text, fontAlphabet);
      writeAtom(writer, styled, argument);
      return argument + 1;
    }
    // No argument: `\mathbb` with nothing to style leaves nothing; a bare `Bbb:` stays a word.
    if (!explicit) out.push(name);
    return next;
  }
  if (TEXT_ARGUMENT_COMMANDS.has(name) || name === 'url') {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') {
      writer.roles.set(argument, { kind: 'drop' });
      return argument;
    }
    if (!explicit) out.push(name);
    return explicit && argument > 0 ? argument : next;
  }
  if (name === 'href') {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') {
      writer.roles.set(argument, { kind: 'drop' });
      const close = segment.match[argument] ?? -1;
      if (close > 0 && tokens[close + 1]?.text === '{') writer.roles.set(close + 1, { kind: 'skip' });
      return argument;
    }
    return next;
  }
  if (DROPPED_ARGUMENT_COMMANDS.has(name)) {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') writer.roles.set(argument, { kind: 'skip' });
    return argument >= 0 && tokens[argument]?.text === '{' ? argument : next;
  }
  if (CITATION_COMMANDS.has(name) && explicit) {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') {
      writer.roles.set(argument, { kind: 'citation' });
      return argument;
    }
    return next;
  }
  if (ROOT_COMMANDS.has(name)) return emitRoot(writer, i);
  if (FRACTION_COMMANDS.has(name)) {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') {
      writer.roles.set(argument, { kind: 'numerator' });
      return argument;
    }
    return next;
  }
  const accent = mathAccent(name) ?? (explicit ? textAccent(name) : undefined);
  if (accent !== undefined) {
    const argument = explicit && name.length === 1 && tokens[next]?.kind !== 'space' ? next : nextArgument(tokens, i);
    const argumentToken = tokens[argument];
    if (argumentToken?.text === '{') {
      writer.roles.set(argument, { kind: 'accent', combining: accent });
      return argument;
    }
    if (argumentToken !== undefined && (argumentToken.kind === 'word' || argumentToken.kind === 'number')) {
      const plan = segment.plans[argument];
      if (plan?.kind === 'convert' && plan.pieces[0]?.isName === false) {
        writer.accent = accent;
        return argument;
      }
      out.push(applyAccent(argumentToken.text, accent));
      return argument + 1;
    }
    if (argumentToken?.kind === 'command') {
      const symbol = commandSymbol(argumentToken.text);
      out.push(applyAccent(symbol?.char ?? argumentToken.text, accent));
      return argument + 1;
    }
    return next;
  }
  return writeSymbolOrName(writer, name, i, explicit, first, last);
}

/** Write a command that stands for a character or an operator name; report unknown macros. */
function writeSymbolOrName(writer: Writer, name: string, i: number, explicit: boolean, first: boolean, last: boolean, nextPiece?: string): number {
  const { segment, out } = writer;
  const next = i + 1;
  if (isOperatorName(name)) {
    const before = lastWritten(writer);
    if (before !== '' && LETTER_OR_DIGIT.test(before)) out.push(' ');
    out.push(name);
    const after = segment.tokens[next];
    if (last && after !== undefined && (after.kind === 'word' || after.kind === 'number')) out.push(' ');
    if (!last && !(nextPiece !== undefined && (SIZING_NAMES.has(nextPiece) || DROPPED_COMMANDS.has(nextPiece)))) out.push(' ');
    return next;
  }
  const symbol = commandSymbol(name);
  if (symbol !== undefined) {
    writeSymbol(writer, symbol, i, explicit, first, last);
    return next;
  }
  if (explicit) {
    writer.findings.unknownMacros.add(name);
    // The name stays visible; it keeps its backslash only when, bare, it would read as commands.
    const split = splitGluedRun(name);
    out.push(split === undefined || split.letters > split.names ? name : `\\${name}`);
    return next;
  }
  // A remnant command that takes an argument but has none here (`mathcalfrac`) leaves nothing.
  if (!takesBraceArgument(name)) out.push(name);
  return next;
}

/** Write one symbol with the spacing its group asks for (remnants only; raw LaTeX keeps its spaces). */
function writeSymbol(writer: Writer, symbol: CommandSymbol, i: number, explicit: boolean, first: boolean, last: boolean): void {
  const { segment, out } = writer;
  const { tokens } = segment;
  const inScript = first && (tokens[i - 1]?.text === '^' || tokens[i - 1]?.text === '_');
  if (explicit || inScript || (symbol.group !== 'rel' && symbol.group !== 'bin' && symbol.char !== '∼')) {
    if (writer.accent !== undefined) {
      out.push(applyAccent(symbol.char, writer.accent));
      writer.accent = undefined;
    } else {
      out.push(symbol.char);
    }
    return;
  }
  const gluedBefore = !first || (tokens[i - 1] !== undefined && tokens[i - 1]?.kind !== 'space');
  const gluedAfter = !last || (tokens[i + 1] !== undefined && tokens[i + 1]?.kind !== 'space' && tokens[i + 1]?.text !== '~');
  const tight = symbol.group === 'bin' || symbol.char === '∼';
  if (tight) {
    // `2.36sim 8.02` → `2.36∼8.02`: glued on one side means glued on both.
    if (gluedBefore && !gluedAfter && last && tokens[i + 1]?.kind === 'space' && startsAtom(segment, i + 2)) {
      out.push(symbol.char);
      skipNextSpace(writer, i);
      return;
    }
    if (!gluedBefore && gluedAfter && first && atomBefore(segment, i) !== 'none') trimWrittenSpace(writer);
    out.push(symbol.char);
    return;
  }
  const before = lastWritten(writer);
  if (before !== '' && !isSpaceCode(before.charCodeAt(0)) && !'([{'.includes(before)) out.push(' ');
  out.push(symbol.char);
  const after = last ? tokens[i + 1] : undefined;
  const afterChar = last ? (after?.text.charAt(0) ?? '') : 'x';
  if (afterChar !== '' && !(after?.kind === 'space') && !')]},.;:'.includes(afterChar)) out.push(' ');
}

/** Whether token `k` starts a math atom (for tight operators). */
function startsAtom(segment: Segment, k: number): boolean {
  const token = segment.tokens[k];
  if (token === undefined) return false;
  if (token.kind === 'number' || token.kind === 'command') return true;
  if (token.kind === 'word') return token.text.length === 1 || segment.plans[k]?.kind === 'convert';
  return isMathCodePoint(token.text.codePointAt(0) ?? 0) || token.text === '(';
}

/** Mark the space after token `i` as consumed (tight operators). */
function skipNextSpace(writer: Writer, i: number): void {
  writer.skipSpaceAt = i + 1;
}

/** Style the first letter (or digits) of a text with an alphabet; the rest stays. */
function styleFirst(text: string, alphabetName: string): string {
  const alphabet = MATH_ALPHABETS[alphabetName];
  if (alphabet === undefined) return text;
  if (isDigitCode(text.charCodeAt(0))) return [...text].map((char) => alphabet[char] ?? char).join('');
  const first = text.charAt(0);
  return (alphabet[first] ?? first) + text.slice(1);
}

/** `sqrt{x}`, `sqrt[3]{x}`, `sqrt x` → `√x`, `∛(x+1)`. */
function emitRoot(writer: Writer, i: number): number {
  const { segment, out } = writer;
  const { tokens, match } = segment;
  let argument = nextArgument(tokens, i);
  let sign = '√';
  if (tokens[argument]?.text === '[') {
    const close = match[argument] ?? -1;
    const index = close === argument + 2 ? tokens[argument + 1]?.text : undefined;
    if (close > argument) {
      sign = index === '3' ? '∛' : index === '4' ? '∜' : `${index ?? ''}√`;
      argument = close + 1;
    }
  }
  const argumentToken = tokens[argument];
  if (argumentToken?.text === '{') {
    writer.roles.set(argument, { kind: 'root', sign });
    return argument;
  }
  out.push(sign);
  return argument >= 0 && argumentToken !== undefined && argumentToken.kind !== 'space' ? argument : i + 1;
}

/** Skip an environment remnant (`align*`, `array{lll}`) and its marker. */
function skipEnvironment(segment: Segment, i: number): number {
  const { tokens, match } = segment;
  const next = tokens[i + 1];
  if (next?.text === '*') return i + 2;
  if (next?.text === '{') {
    const close = match[i + 1] ?? -1;
    if (close > i) return close + 1;
  }
  return i + 1;
}

/** Write an explicit `\command`. */
function emitCommand(writer: Writer, name: string, i: number): number {
  const { segment, out } = writer;
  const { tokens } = segment;
  if (name.length === 1 && !isAsciiLetterCode(name.charCodeAt(0))) {
    const accent = textAccent(name);
    if (accent !== undefined && name !== '^' && name !== '~' && name !== '=' && name !== '.') {
      return emitName(writer, name, i, true, true, true);
    }
    if (accent !== undefined) {
      const following = tokens[i + 1];
      if (following?.text === '{' || (following?.kind === 'word' && name !== '.')) return emitName(writer, name, i, true, true, true);
    }
    if (SPACE_COMMANDS.has(name) || DROPPED_COMMANDS.has(name)) return emitName(writer, name, i, true, true, true);
    // `\(` `\)` `\[` `\]` delimit math and vanish; an unknown escape stays as written.
    if ('()[]'.includes(name)) return i + 1;
    const symbol = commandSymbol(name);
    out.push(symbol?.char ?? `\\${name}`);
    return i + 1;
  }
  if (name === 'begin' || name === 'end') {
    const argument = nextArgument(tokens, i);
    if (tokens[argument]?.text === '{') {
      writer.roles.set(argument, { kind: 'skip' });
      const close = segment.match[argument] ?? -1;
      if (close > 0 && tokens[close + 1]?.text === '{') {
        const columns = segment.match[close + 1] ?? -1;
        if (columns === close + 3 && ENVIRONMENT_COLUMNS.test(tokens[close + 2]?.text ?? '')) writer.roles.set(close + 1, { kind: 'skip' });
      }
      return argument;
    }
    return i + 1;
  }
  return emitName(writer, name, i, true, true, true);
}

/** Write a single character, handling braces, scripts, `$`, ties, dashes and quotes. */
function emitChar(writer: Writer, char: string, i: number): number {
  const { segment, out } = writer;
  const { tokens } = segment;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  switch (char) {
    case '{':
      return openGroup(writer, i);
    case '}':
      return closeGroup(writer, i);
    case '^':
    case '_':
      return emitScript(writer, char, i);
    case '$':
      if (segment.isDelimiter[i] !== true) out.push(char);
      return i + 1;
    case '~': {
      const tie = prev !== undefined && next !== undefined && prev.kind !== 'space' && next.kind !== 'space' && !(prev.kind === 'number' && next.kind === 'number');
      out.push(tie ? ' ' : '~');
      return i + 1;
    }
    case '-': {
      let run = 1;
      while (tokens[i + run]?.text === '-') run += 1;
      if (run === 2 || run === 3) {
        const flag = (prev === undefined || prev.kind === 'space') && tokens[i + run]?.kind === 'word';
        if (!flag) {
          out.push(run === 2 ? '–' : '—');
          return i + run;
        }
      }
      out.push('-'.repeat(run));
      return i + run;
    }
    case '`':
      if (next?.text === '`') {
        out.push('“');
        writer.quoteOpen = true;
        return i + 2;
      }
      out.push(char);
      return i + 1;
    case "'":
      if (next?.text === "'") {
        const opening = (prev === undefined || prev.kind === 'space' || prev.text === '(') && tokens[i + 2] !== undefined && tokens[i + 2]?.kind !== 'space';
        out.push(opening ? '“' : '”');
        writer.quoteOpen = opening;
        return i + 2;
      }
      if (prev?.kind === 'word' && prev.text.length >= 2 && next?.kind === 'word' && next.text.length >= 2 && 'aeiou'.includes(next.text.charAt(0))) {
        const lastLetter = prev.text.charCodeAt(prev.text.length - 1);
        if (lastLetter >= 0x61 && lastLetter <= 0x7a) {
          out.push(applyAccent(next.text, '\u0301'));
          return i + 2;
        }
      }
      out.push(char);
      return i + 1;
    case '"':
      if (writer.quoteOpen) {
        out.push('”');
        writer.quoteOpen = false;
        return i + 1;
      }
      out.push(char);
      return i + 1;
    case '&':
      out.push(segment.hasLineBreaks ? ' ' : '&');
      return i + 1;
    default:
      out.push(char);
      return i + 1;
  }
}

/** `^2` → `²`, `_{12}` → `₁₂` for short numeric scripts glued to their base; else as written. */
function emitScript(writer: Writer, kind: '^' | '_', i: number): number {
  const { segment, out } = writer;
  const { tokens, match } = segment;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || prev.kind === 'space' || next === undefined) {
    out.push(kind);
    return i + 1;
  }
  if (next.text === '{') {
    const close = match[i + 1] ?? -1;
    if (close > i + 1 && close <= i + 5) {
      let content = '';
      for (let k = i + 2; k < close; k += 1) content += tokens[k]?.text ?? '';
      const script = unicodeScript(content, kind);
      if (script !== undefined) {
        out.push(script);
        return close + 1;
      }
    }
    out.push(kind);
    writer.roles.set(i + 1, { kind: 'keep' });
    return i + 1;
  }
  const content = next.kind === 'number' ? next.text : next.kind === 'char' ? next.text : '';
  if (content.length === 1) {
    const after = tokens[i + 2];
    const followedByDigit = after?.kind === 'number';
    const script = followedByDigit ? undefined : unicodeScript(content, kind);
    if (script !== undefined && !(content === '+' || content === '-') ) {
      out.push(script);
      return i + 2;
    }
    if (script !== undefined && (after === undefined || after.kind === 'space' || ',)]}.;'.includes(after.text.charAt(0)))) {
      out.push(script);
      return i + 2;
    }
  }
  out.push(kind);
  return i + 1;
}

/** Decide what a `{` does and write its opening part. */
function openGroup(writer: Writer, i: number): number {
  const { segment, out } = writer;
  const { match } = segment;
  const close = match[i] ?? -1;
  if (close < 0) {
    out.push('{');
    return i + 1;
  }
  const role = writer.roles.get(i) ?? decideGroup(segment, i, close);
  if (role.kind === 'skip') return close + 1;
  const outIndex = out.length;
  switch (role.kind) {
    case 'keep':
      out.push('{');
      break;
    case 'font':
      out.push('');
      writer.font = { alphabet: role.alphabet, until: i + 1 };
      break;
    case 'denominator':
      out.push('/');
      break;
    case 'root':
      out.push(role.sign);
      break;
    case 'citation':
      out.push('[');
      break;
    default:
      out.push('');
  }
  writer.closers.set(close, { role, outIndex });
  return i + 1;
}

/** The role of a `{` that no command claimed: script, set, fraction, or a plain group. */
function decideGroup(segment: Segment, i: number, close: number): GroupRole {
  const { tokens, plans } = segment;
  const prev = tokens[i - 1];
  const after = tokens[close + 1];
  if (prev?.text === '^' || prev?.text === '_') return { kind: 'keep' };
  // A set or a list (`{-1,0,1}`, `min{n_1,n_2}`) keeps its braces.
  for (let k = i + 1, depth = 0; k < close && k < i + 64; k += 1) {
    const text = tokens[k]?.text;
    if (text === '{' || text === '(' || text === '[') depth += 1;
    else if (text === '}' || text === ')' || text === ']') depth -= 1;
    else if (depth === 0 && (text === ',' || text === ':' || text === '|' || text === '∣' || text === 'mid' || (tokens[k]?.kind === 'number' && text?.includes(',') === true))) {
      return { kind: 'keep' };
    }
  }
  if (close === i + 1) return { kind: 'drop' };
  const numeratorBefore =
    prev !== undefined &&
    (prev.kind === 'number' ||
      (prev.kind === 'word' && !(plans[i - 1]?.kind === 'convert' && lastPieceTakesNothing(plans[i - 1]))) ||
      prev.text === '}' ||
      prev.text === ')' ||
      isMathCodePoint(prev.text.codePointAt(0) ?? 0) ||
      (prev.kind === 'word' && plans[i - 1]?.kind === 'convert'));
  const gluedProseAfter = after !== undefined && after.kind === 'word' && plans[close + 1]?.kind !== 'convert';
  const onlyOperator = close === i + 2 && isOperatorToken(segment, i + 1);
  if (numeratorBefore && !gluedProseAfter && !onlyOperator && !(prev?.kind === 'word' && isProseWord(prev.text))) {
    return { kind: 'denominator' };
  }
  return { kind: 'drop' };
}

/** Whether a converted word's last piece is a symbol (a fraction may follow it: `mu{2}` is odd). */
function lastPieceTakesNothing(plan: WordPlan | undefined): boolean {
  if (plan?.kind !== 'convert') return false;
  const piece = plan.pieces[plan.pieces.length - 1];
  if (piece === undefined || !piece.isName) return false;
  const symbol = commandSymbol(piece.text);
  return symbol !== undefined && (symbol.group === 'rel' || symbol.group === 'bin');
}

/** Whether a word before `{` is prose (a long word that is no command): `word{x}` is no fraction. */
function isProseWord(word: string): boolean {
  return word.length > 3 && !isRemnantName(word) && splitGluedRun(word) === undefined;
}

/** Whether token `k` is a lone operator (`{times}`, `{\sim}`). */
function isOperatorToken(segment: Segment, k: number): boolean {
  const token = segment.tokens[k];
  if (token === undefined) return false;
  const name = token.kind === 'command' || token.kind === 'word' ? token.text : '';
  const symbol = name === '' ? undefined : commandSymbol(name);
  return symbol !== undefined && (symbol.group === 'rel' || symbol.group === 'bin');
}

/** Write the closing part of a group. */
function closeGroup(writer: Writer, i: number): number {
  const { segment, out } = writer;
  const closer = writer.closers.get(i);
  if (closer === undefined) {
    out.push('}');
    return i + 1;
  }
  writer.closers.delete(i);
  const { role, outIndex } = closer;
  switch (role.kind) {
    case 'keep':
      out.push('}');
      break;
    case 'citation':
      out.push(']');
      break;
    case 'denominator':
    case 'root': {
      if (!isSingleAtomPieces(out, outIndex + 1)) {
        out[outIndex] = `${out[outIndex] ?? ''}(`;
        out.push(')');
      }
      break;
    }
    case 'accent': {
      // The accent marks the group's first character. The marked piece moves into the group's
      // own (empty) slot, so that an accent around this group finds it without a second scan.
      // A letter takes at most a few stacked accents, so that nested accents stay linear.
      let first = outIndex + 1;
      while (first < out.length && out[first] === '') first += 1;
      const stacked = writer.accentsAt.get(first) ?? 0;
      const piece = out[first] ?? '';
      out[outIndex] = stacked < MAX_STACKED_ACCENTS ? applyAccent(piece, role.combining) : piece;
      writer.accentsAt.set(outIndex, Math.min(stacked + 1, MAX_STACKED_ACCENTS));
      if (first < out.length) out[first] = '';
      break;
    }
    case 'numerator': {
      const argument = nextArgument(segment.tokens, i);
      if (segment.tokens[argument]?.text === '{') {
        if (!isSingleAtomPieces(out, outIndex + 1)) {
          out[outIndex] = `${out[outIndex] ?? ''}(`;
          out.push(')');
        }
        writer.roles.set(argument, { kind: 'denominator' });
        return argument;
      }
      break;
    }
    default:
      break;
  }
  return i + 1;
}
