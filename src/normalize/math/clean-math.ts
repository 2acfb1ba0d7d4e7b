/**
 * The math cleaner: finds candidate spans with a cheap pre-scan, tokenizes each span, decides
 * which bare words are de-backslashed commands (by evidence: glue to digits, scripts, brackets,
 * other commands, or neighbouring math atoms), and writes the span out with Unicode in place of
 * LaTeX. Iterative throughout (no recursion), linear in the input.
 */
import { ENVIRONMENT_COLUMNS, LETTER_OR_DIGIT, TRAILING_SPACES, URL_IN_TEXT, URL_TRAILING_PUNCTUATION } from '../../patterns.js';
import { applyAccent, textAccent } from './accents.js';
import { isMathCodePoint, isSingleAtom } from './atoms.js';
import {
  CITATION_COMMANDS,
  DROPPED_ARGUMENT_COMMANDS,
  DROPPED_COMMANDS,
  FONT_COMMANDS,
  FONT_DECLARATIONS,
  FRACTION_COMMANDS,
  ROOT_COMMANDS,
  SIZING_NAMES,
  SPACE_COMMANDS,
  TEXT_ARGUMENT_COMMANDS,
} from './command-kinds.js';
import { findMathSpans } from './find-math-spans.js';
import { MATH_ALPHABETS } from './latex-symbols.generated.js';
import {
  commandSymbol,
  isEnglishName,
  isEnvironmentName,
  isGreekName,
  isOperatorName,
  isRemnantName,
  mathAccent,
  type CommandSymbol,
} from './lexicon.js';
import { AUTHOR_ABBREVIATION_MACROS } from './remnant-words.js';
import { splitGluedRun, type RunPiece } from './split-glued-run.js';
import { isAsciiLetterCode, isDigitCode, isSpaceCode, tokenizeLatex, type Token } from './tokenize-latex.js';
import { unicodeScript } from './unicode-scripts.js';

/** What the cleaner found besides the text: unknown macros and recovered link targets. */
export interface MathCleanResult {
  readonly text: string;
  /** Unknown `\macros`, named without the backslash, in order of first appearance. */
  readonly unknownMacros: readonly string[];
  /** URLs recovered from `\href{...}`, `url{...}` and `URL{text}` remnants. */
  readonly links: readonly string[];
}

/** Collects unknown macros and links while a text is cleaned (local to one call). */
interface Findings {
  readonly unknownMacros: string[];
  readonly links: string[];
}

/**
 * Clean the math of a text: raw LaTeX and de-backslashed remnants become Unicode; prose,
 * money and URLs stay. Every span the pre-scan flags is examined; the rest is copied.
 *
 * @param text - Any text.
 * @returns The cleaned text, the unknown macros and the recovered links.
 * @example
 * cleanMathText('a 30times larger decay').text
 * //=> 'a 30× larger decay'
 */
export function cleanMathText(text: string): MathCleanResult {
  const findings: Findings = { unknownMacros: [], links: [] };
  // Removing a command can glue what stood around it (`times\url_`): clean again until nothing
  // changes, so that cleaning is idempotent. Almost every text settles after one extra pass.
  let current = text;
  for (let pass = 0; pass < MOST_PASSES; pass += 1) {
    const next = cleanOnce(current, findings);
    if (next === current) break;
    current = next;
  }
  return { text: current, unknownMacros: findings.unknownMacros, links: findings.links };
}

/** Most cleaning passes over one text; a fixed point comes long before. */
const MOST_PASSES = 4;

/** One cleaning pass: examine the spans the pre-scan flags, copy the rest. */
function cleanOnce(text: string, findings: Findings): string {
  const { spans, dollarDelimiters } = findMathSpans(text);
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const span of spans) {
    parts.push(text.slice(copied, span.start));
    parts.push(cleanSpan(text, span.start, span.end, dollarDelimiters, findings));
    copied = span.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Clean one span: URLs are kept verbatim (their `{text}` tails dropped), the rest converted. */
function cleanSpan(text: string, start: number, end: number, dollars: ReadonlySet<number>, findings: Findings): string {
  const span = text.slice(start, end);
  const out: string[] = [];
  let copied = 0;
  for (const match of span.matchAll(URL_IN_TEXT)) {
    const urlStart = match.index;
    if (urlStart < copied) continue;
    let urlEnd = urlStart + match[0].length;
    let prefixStart = urlStart;
    let wrapper = '';
    for (const candidate of ['\\url{', 'url{', '\\href{', 'href{']) {
      if (span.startsWith(candidate, urlStart - candidate.length)) {
        prefixStart = urlStart - candidate.length;
        wrapper = candidate.includes('href') ? 'href' : 'url';
        break;
      }
    }
    if (prefixStart < copied) prefixStart = urlStart;
    const url = match[0];
    let recovered = wrapper !== '';
    if (wrapper !== '' && span.charAt(urlEnd) === '}') urlEnd += 1;
    if (span.charAt(urlEnd) === '{') {
      const close = closingBraceIn(span, urlEnd);
      if (close > 0) {
        urlEnd = close + 1;
        recovered = true;
      }
    }
    out.push(convertText(span.slice(copied, prefixStart), start + copied, dollars, findings));
    out.push(url);
    if (recovered) {
      const link = url.replace(URL_TRAILING_PUNCTUATION, '');
      if (!findings.links.includes(link)) findings.links.push(link);
    }
    copied = urlEnd;
  }
  out.push(convertText(span.slice(copied), start + copied, dollars, findings));
  return out.join('');
}

/** The offset of the `}` matching the `{` at `open` within a short window, or -1. */
function closingBraceIn(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 512);
  for (let p = open; p < limit; p += 1) {
    const char = text.charAt(p);
    if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return p;
    } else if (isSpaceCode(text.charCodeAt(p))) return -1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Deciding which bare words are commands
// ---------------------------------------------------------------------------------------------

/** What to do with a bare word. */
type WordPlan =
  | { readonly kind: 'keep' }
  | { readonly kind: 'convert'; readonly pieces: readonly RunPiece[] }
  | { readonly kind: 'drop' };

const KEEP: WordPlan = { kind: 'keep' };
const DROP: WordPlan = { kind: 'drop' };

/** How a neighbour of a word looks as math. */
type AtomClass = 'strong' | 'letter' | 'number' | 'greek' | 'operator' | 'none';

/** English names that act as binary operators between two numbers (`64 times 64`). */
const NUMERIC_OPERATOR_NAMES = new Set(['times', 'sim', 'pm', 'mp', 'cdot', 'div', 'approx']);
/** English names that act as relations between two math atoms. */
const RELATION_NAMES = new Set(['in', 'ni', 'to', 'ge', 'le', 'gg', 'll', 'ne', 'gt', 'lt', 'mid', 'perp', 'parallel', 'approx', 'sim', 'gets', 'models', 'owns', 'sub', 'sup']);
/** Single letters that are English words, never math atoms on their own. */
const ENGLISH_LETTERS = new Set(['a', 'A', 'I']);

/** The tokens of one text segment with everything precomputed about them. */
interface Segment {
  readonly tokens: readonly Token[];
  /** For each `{` or `(`/`[` token: the index of its closing token; -1 when unmatched. */
  readonly match: readonly number[];
  /** Whether each token lies inside a `$...$` pair. */
  readonly inDollars: readonly boolean[];
  /** Whether each `$` token delimits a math pair (else it is money or a stray sign). */
  readonly isDelimiter: readonly boolean[];
  /** Whether each token lies in prose (a `\text{}` argument, `{\em ...}`): no remnant conversion. */
  readonly inText: readonly boolean[];
  /** Whether the segment holds `\\` (an environment): `&` is then an alignment mark. */
  readonly hasLineBreaks: boolean;
  readonly plans: WordPlan[];
}

/** Convert one text segment (no URLs in it); `offset` is its place in the whole text. */
function convertText(text: string, offset: number, dollars: ReadonlySet<number>, findings: Findings): string {
  if (text.length === 0) return text;
  const tokens = tokenizeLatex(text);
  const segment = analyseSegment(tokens, offset, dollars);
  planWords(segment);
  return emitSegment(segment, findings);
}

/** Match brackets and mark `$` and prose ranges. */
function analyseSegment(tokens: readonly Token[], offset: number, dollars: ReadonlySet<number>): Segment {
  const count = tokens.length;
  const match = new Array<number>(count).fill(-1);
  const braces: number[] = [];
  const parens: number[] = [];
  const inDollars = new Array<boolean>(count).fill(false);
  const isDelimiter = new Array<boolean>(count).fill(false);
  const textDelta = new Array<number>(count + 1).fill(0);
  let dollarOpen = false;
  let hasLineBreaks = false;
  for (let i = 0; i < count; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'char') {
      const t = token.text;
      if (t === '{') braces.push(i);
      else if (t === '}') {
        const open = braces.pop();
        if (open !== undefined) {
          match[open] = i;
          match[i] = open;
        }
      } else if (t === '(' || t === '[') parens.push(i);
      else if (t === ')' || t === ']') {
        const open = parens.pop();
        if (open !== undefined) {
          match[open] = i;
          match[i] = open;
        }
      } else if (t === '$' && dollars.has(offset + token.start)) {
        dollarOpen = !dollarOpen;
        isDelimiter[i] = true;
      }
    } else if (token.kind === 'command' && (token.text === '\\' || token.text === 'left' || token.text === 'begin')) {
      hasLineBreaks = true;
    }
    inDollars[i] = dollarOpen;
  }
  // Prose ranges: the argument of \text{...} and the rest of a group after {\em ...}.
  for (let i = 0; i < count; i += 1) {
    const token = tokens[i] as Token;
    const name = token.kind === 'command' ? token.text : token.kind === 'word' ? token.text : '';
    if (name === '') continue;
    const bare = token.kind === 'word';
    if (TEXT_ARGUMENT_COMMANDS.has(name) && (!bare || tokens[i + 1]?.text === '{')) {
      const open = nextArgument(tokens, i);
      const close = open >= 0 ? (match[open] ?? -1) : -1;
      if (open >= 0 && close > open && tokens[open]?.text === '{') {
        textDelta[open] = (textDelta[open] ?? 0) + 1;
        textDelta[close] = (textDelta[close] ?? 0) - 1;
      }
    } else if (FONT_DECLARATIONS.has(name) && FONT_DECLARATIONS.get(name) === '' && (!bare || tokens[i - 1]?.text === '{')) {
      const open = enclosingGroup(tokens, match, i);
      if (open >= 0) {
        textDelta[i + 1] = (textDelta[i + 1] ?? 0) + 1;
        textDelta[match[open] ?? i] = (textDelta[match[open] ?? i] ?? 0) - 1;
      }
    }
  }
  const inText = new Array<boolean>(count).fill(false);
  let depth = 0;
  for (let i = 0; i < count; i += 1) {
    depth += textDelta[i] ?? 0;
    inText[i] = depth > 0;
  }
  return { tokens, match, inDollars, isDelimiter, inText, hasLineBreaks, plans: new Array<WordPlan>(count).fill(KEEP) };
}

/** The `{` that directly encloses token `i` when `i` follows it (`{\em x}`), else -1. */
function enclosingGroup(tokens: readonly Token[], match: readonly number[], i: number): number {
  const before = i - 1;
  if (before >= 0 && tokens[before]?.text === '{' && (match[before] ?? -1) > i) return before;
  return -1;
}

/** The index of a command's argument after token `i`, skipping one run of spaces; -1 if none. */
function nextArgument(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space') j += 1;
  return j < tokens.length ? j : -1;
}

/** Decide, for every bare word, whether it is a command remnant, in three sweeps. */
function planWords(segment: Segment): void {
  const { tokens, plans } = segment;
  const pendingEnglish: number[] = [];
  const pendingGreek: number[] = [];
  const pendingRuns: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word' || segment.inText[i] === true) continue;
    const plan = firstSweep(segment, i, pendingEnglish, pendingGreek, pendingRuns);
    plans[i] = plan;
  }
  // Second sweep: English names between two math atoms (`m times n`, `X in R^{n}`).
  for (const i of pendingEnglish) {
    const name = (tokens[i] as Token).text;
    if (name === 'to' && afterFrom(tokens, i)) continue;
    const left = atomBefore(segment, i);
    const right = atomAfter(segment, i);
    if (betweenAtoms(name, left, right, segment.inDollars[i] === true)) plans[i] = { kind: 'convert', pieces: [{ text: name, isName: true }] };
  }
  // Medium glued runs (`Bin R^{...}`): a strong atom must stand beside them.
  for (const i of pendingRuns) {
    const left = atomBefore(segment, i);
    const right = atomAfter(segment, i);
    const relation = splitGluedRun((tokens[i] as Token).text)?.pieces[1]?.text ?? '';
    const needsStrong = relation === 'in' || relation === 'ni';
    if (needsStrong ? right === 'strong' : isAtomLike(right) && right !== 'operator' && (left !== 'none' || right !== 'none')) {
      const split = splitGluedRun((tokens[i] as Token).text);
      if (split !== undefined) plans[i] = { kind: 'convert', pieces: split.pieces };
    }
  }
  // Third sweep: Greek names beside converted operators or strong atoms (`gamma to infty`).
  for (const i of pendingGreek) {
    const left = atomBefore(segment, i);
    const right = atomAfter(segment, i);
    const besideOperator = left === 'operator' || right === 'operator';
    const betweenStrong = (left === 'strong' || left === 'greek') && (right === 'strong' || right === 'greek') && (left === 'strong' || right === 'strong');
    if (besideOperator || betweenStrong || gluedToMathInChunk(segment, i)) {
      plans[i] = { kind: 'convert', pieces: [{ text: (tokens[i] as Token).text, isName: true }] };
    }
  }
}

/** Whether a converted `left` comes shortly before word `i` (`Oleft(k^{-3} right)`). */
function leftBefore(segment: Segment, i: number): boolean {
  for (let j = i - 1; j >= 0 && j > i - 64; j -= 1) {
    const plan = segment.plans[j];
    if (plan?.kind === 'convert' && plan.pieces.some((piece) => piece.isName && piece.text === 'left')) return true;
  }
  return false;
}

/** Whether `to` closes a `from ... to ...` range in prose (`from O(mn) to O(r(m+n))`). */
function afterFrom(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1, words = 0; j >= 0 && words < 6; j -= 1) {
    const token = tokens[j] as Token;
    if (token.kind === 'word') {
      if (token.text === 'from' || token.text === 'From') return true;
      words += 1;
    } else if (token.text === '.' || token.text === ';') return false;
  }
  return false;
}

/** The first sweep over one word: glue evidence and never-English names. */
function firstSweep(segment: Segment, i: number, pendingEnglish: number[], pendingGreek: number[], pendingRuns: number[]): WordPlan {
  const { tokens, match } = segment;
  const token = tokens[i] as Token;
  const word = token.text;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prevText = prev === undefined || prev.kind === 'space' ? '' : prev.text;
  const nextText = next === undefined || next.kind === 'space' ? '' : next.text;
  const prevChar = prevText.charAt(prevText.length - 1);
  const nextChar = nextText.charAt(0);

  if (isEnvironmentName(word) && isEnvironmentRemnant(segment, i)) return DROP;
  if (prevText === '{' && FONT_DECLARATIONS.has(word) && next?.kind === 'space' && (match[i - 1] ?? -1) > i) {
    return { kind: 'convert', pieces: [{ text: word, isName: true }] };
  }

  // A run that fills a whole script group is a label (`p_{gen}`, `x_{min}`): never split it.
  const scriptLabel = prevText === '{' && nextText === '}' && (tokens[i - 2]?.text === '_' || tokens[i - 2]?.text === '^');
  const exact = isRemnantName(word);
  const split = exact || scriptLabel ? undefined : splitGluedRun(word);
  if (!exact && split === undefined) return KEEP;

  const tiedToNumber = next?.text === '~' && tokens[i + 2]?.kind === 'number';
  const gluedDigit = prev?.kind === 'number' || next?.kind === 'number' || tiedToNumber;

  const gluedScript = '^_{'.includes(prevChar) && prevChar !== '' ? true : nextChar !== '' && '^_{}'.includes(nextChar);
  const gluedClosing = prevChar !== '' && ')]}|'.includes(prevChar);
  const gluedOpening = nextChar !== '' && '([|'.includes(nextChar);
  const inDollars = segment.inDollars[i] === true;

  if (exact) {
    const english = isEnglishName(word);
    const takesArgument = nextChar === '{' && takesBraceArgument(word);
    if (!english) {
      return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    }
    if (SIZING_NAMES.has(word)) {
      // `left(` `right)` `big(`: a sizing word glued to the delimiter it sizes, and to math before it.
      const sizes = word.startsWith('left') || word === 'bigl' || word === 'Bigl' ? gluedOpening : gluedOpening || (nextChar !== '' && ')]|.'.includes(nextChar));
      if (sizes && (prevChar !== '' || gluedDigit || (word === 'right' && leftBefore(segment, i)))) {
        return { kind: 'convert', pieces: [{ text: word, isName: true }] };
      }
      return KEEP;
    }
    // A digit only on the right is weak (`text-to3D`): it counts for range signs or after math punctuation.
    const digitEvidence =
      !isAccentName(word) &&
      (prev?.kind === 'number' || (gluedDigit && (['sim', 'approx', 'pm', 'mp', 'times'].includes(word) || (prevChar !== '' && '([{%=<>,~'.includes(prevChar)))));
    if (digitEvidence || takesArgument || (gluedScript && !(prevChar === '}' && nextChar === ''))) {
      return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    }
    if (gluedClosing && nextChar === '' && isAtomLike(atomAfter(segment, i))) {
      return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    }
    if (isGreekName(word)) {
      // `0<delta<1`, `tau>0`, `|Omega|`, `(epsilon,delta)`: glued to math punctuation.
      const mathBefore = prevChar !== '' && '<>=/^_|'.includes(prevChar);
      const mathAfter = nextChar !== '' && '<>=^_|('.includes(nextChar);
      const bothGlued = prevChar !== '' && nextChar !== '' && '([{|,)]}/+-*<>='.includes(prevChar) && '([{|,)]}/+-*<>='.includes(nextChar) && !(prevChar === '-' && nextChar === '-');
      if (mathBefore || mathAfter || bothGlued) return { kind: 'convert', pieces: [{ text: word, isName: true }] };
      pendingGreek.push(i);
      return KEEP;
    }
    if (inDollars && !besideProse(segment, i)) return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    if (isAccentName(word) && accentTargetFollows(segment, i)) return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    pendingEnglish.push(i);
    return KEEP;
  }

  const run = split;
  if (run === undefined) return KEEP;
  if (run.letters > Math.max(2, run.names)) return KEEP;
  const convert: WordPlan = { kind: 'convert', pieces: run.pieces };
  const firstPiece = run.pieces[0];
  const lastPiece = run.pieces[run.pieces.length - 1];
  // `30times`, `1pmvarepsilon`, `2log`: the digit touches a name, not a variable (`Img128`).
  const touchesDigit =
    (run.letters === 0 || run.hasDistinctiveName) &&
    ((prev?.kind === 'number' && firstPiece?.isName === true) || ((next?.kind === 'number' || tiedToNumber) && lastPiece?.isName === true));
  if (touchesDigit) return convert;
  // `EinR^{`, `{mtimes n}`, `Vertx^`: glued to a script or a brace, with an operator or a never-English name.
  if (gluedScript && (run.hasNeverEnglishName || hasOperatorPiece(run.pieces) || run.pieces.some((piece) => piece.isName && isGreekName(piece.text)))) return convert;
  // `Oleft(`, `Omegabig(`, `maxleft(`: a sizing name glued to the delimiter it sizes.
  if (gluedOpening && lastPiece !== undefined && lastPiece.isName && SIZING_NAMES.has(lastPiece.text)) return convert;
  // `mepsilon`, `ncdot`, `Omegasubseteq`, `varepsilonto`: variables, then a distinctive name.
  if (run.hasDistinctiveName && run.isPrefixForm && run.letters <= run.names) return convert;
  if (isMediumRun(run.pieces)) pendingRuns.push(i);
  return KEEP;
}

/** Whether a run holds a relation or binary operator (`in`, `times`, `circ`). */
function hasOperatorPiece(pieces: readonly RunPiece[]): boolean {
  return pieces.some((piece) => {
    if (!piece.isName) return false;
    const symbol = commandSymbol(piece.text);
    return symbol !== undefined && (symbol.group === 'rel' || symbol.group === 'bin');
  });
}

/**
 * Whether an unglued run may still be math when a strong atom stands beside it: a variable and a
 * relation that no English word spells (`mgg`, `rll`, `EinR`-like `Min` before `R^{...}`), or a
 * variable and operator names (`mloglog`).
 */
function isMediumRun(pieces: readonly RunPiece[]): boolean {
  const [first, second] = pieces;
  if (first === undefined || second === undefined || first.isName) return false;
  if (pieces.length === 2 && second.isName) {
    if (second.text === 'gg' || second.text === 'll') return !'aeiouAEIOU'.includes(first.text);
    if (second.text === 'in' || second.text === 'ni') return first.text >= 'A' && first.text <= 'Z';
    return false;
  }
  return pieces.length >= 3 && pieces.slice(1).every((piece) => piece.isName && isOperatorName(piece.text));
}

/** Whether a bare command name takes a brace argument (`mathcal{`, `sqrt{`, `text{`). */
function takesBraceArgument(name: string): boolean {
  return (
    FONT_COMMANDS.has(name) ||
    TEXT_ARGUMENT_COMMANDS.has(name) ||
    ROOT_COMMANDS.has(name) ||
    FRACTION_COMMANDS.has(name) ||
    name === 'url' ||
    name === 'href' ||
    mathAccent(name) !== undefined
  );
}

/** Whether a name is a math accent (`hat`, `tilde`, `bar`, `vec`). */
function isAccentName(name: string): boolean {
  return mathAccent(name) !== undefined;
}

/** Whether an accent word is followed by one letter that is plainly math (`tilde O(`). */
function accentTargetFollows(segment: Segment, i: number): boolean {
  const { tokens } = segment;
  if (tokens[i + 1]?.kind !== 'space') return false;
  const target = tokens[i + 2];
  if (target?.kind !== 'word') return false;
  const after = tokens[i + 3]?.text.charAt(0) ?? '';
  if (target.text.length === 1) return after !== '' && '(^_'.includes(after);
  const split = splitGluedRun(target.text);
  return split !== undefined && split.pieces[0]?.isName === false && split.pieces[0]?.text.length === 1 && (after === '(' || after === '^');
}

/** Whether an environment word is a `\begin{...}` remnant: `align*`, `array{lll}`, `array \right.`. */
function isEnvironmentRemnant(segment: Segment, i: number): boolean {
  const { tokens, match } = segment;
  const next = tokens[i + 1];
  if (next?.text === '*') return true;
  if (next?.text === '{') {
    const close = match[i + 1] ?? -1;
    const inner = close === i + 3 ? tokens[i + 2]?.text ?? '' : '';
    return ENVIRONMENT_COLUMNS.test(inner);
  }
  const before = previousNonSpace(tokens, i);
  const after = nextNonSpace(tokens, i);
  const isStructure = (token: Token | undefined): boolean =>
    token !== undefined && token.kind === 'command' && (token.text === 'left' || token.text === 'right' || token.text === '\\' || token.text === 'begin' || token.text === 'end');
  return isStructure(tokens[before]) || isStructure(tokens[after]);
}

/** Index of the previous token that is not a space, or -1. */
function previousNonSpace(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  if (tokens[j]?.kind === 'space') j -= 1;
  return j;
}

/** Index of the next token that is not a space, or the token count. */
function nextNonSpace(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.kind === 'space') j += 1;
  return j;
}

/** Whether a word in `$...$` has a prose word on either side (`$P(final output is ...)$`). */
function besideProse(segment: Segment, i: number): boolean {
  const { tokens } = segment;
  const isProse = (token: Token | undefined): boolean =>
    token !== undefined && token.kind === 'word' && token.text.length > 1 && !isRemnantName(token.text);
  return isProse(tokens[previousNonSpace(tokens, i)]) || isProse(tokens[nextNonSpace(tokens, i)]);
}

/** Whether a Greek word shares its chunk (no spaces) with math: `mathcal{O}(kappa)`, `(1-lambda)^2`. */
function gluedToMathInChunk(segment: Segment, i: number): boolean {
  const { tokens, plans } = segment;
  for (const direction of [-1, 1]) {
    let j = i + direction;
    let steps = 0;
    while (j >= 0 && j < tokens.length && steps < 8) {
      const token = tokens[j] as Token;
      if (token.kind === 'space') break;
      if (token.kind === 'command') return true;
      if (token.kind === 'word') {
        if (plans[j]?.kind === 'convert') return true;
        if (token.text.length > 1) break;
      } else if (token.kind === 'char') {
        if (isMathCodePoint(token.text.codePointAt(0) ?? 0) || token.text === '^' || token.text === '_') return true;
        if (!',()[]{}|/+-=<>'.includes(token.text)) break;
      }
      j += direction;
      steps += 1;
    }
  }
  return false;
}

/** Whether an atom class is some kind of math atom. */
function isAtomLike(atom: AtomClass): boolean {
  return atom !== 'none';
}

/** The rule for an English name standing between two atoms. */
function betweenAtoms(name: string, left: AtomClass, right: AtomClass, inDollars: boolean): boolean {
  if (left === 'none' || right === 'none' || left === 'operator' || right === 'operator') return false;
  if (inDollars) return true;
  if (left === 'strong' && right === 'strong' && name !== 'to') return true;
  const numeric = left === 'number' || right === 'number';
  if (NUMERIC_OPERATOR_NAMES.has(name)) {
    if (left === 'greek' && right === 'greek') return false;
    return true;
  }
  if (!RELATION_NAMES.has(name)) return false;
  if (name === 'to') return left === 'strong' || right === 'strong';
  if (name === 'in' || name === 'ni') {
    if (numeric) return false;
    return (left === 'strong' || left === 'letter' || left === 'greek') && (right === 'strong' || (right === 'letter' && left === 'strong'));
  }
  // Order relations read as math even between numbers (`294 gg 450`); words like `mid` do not.
  return !(left === 'number' && right === 'number') || ['gg', 'll', 'le', 'ge', 'ne', 'lt', 'gt'].includes(name);
}

/** How the atom just before word `i` (across at most one space) looks. */
function atomBefore(segment: Segment, i: number): AtomClass {
  const { tokens, match, plans } = segment;
  const j = previousNonSpace(tokens, i);
  const token = tokens[j];
  if (token === undefined) return 'none';
  if (token.kind === 'number') return tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_' ? 'strong' : 'number';
  if (token.kind === 'command') return 'strong';
  if (token.kind === 'word') return wordAtom(segment, j, 'before');
  const text = token.text;
  if (text === '}') {
    const open = match[j] ?? -1;
    const before = tokens[open - 1]?.text;
    return before === '^' || before === '_' ? 'strong' : 'letter';
  }
  if (text === ')' || text === ']') {
    const open = match[j] ?? -1;
    const caller = tokens[open - 1];
    if (caller !== undefined && caller.kind !== 'space') return 'strong';
    return 'letter';
  }
  if (tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_') return 'strong';
  if (isMathCodePoint(text.codePointAt(0) ?? 0)) return mathCharAtom(text);
  void plans;
  return 'none';
}

/** How the atom just after word `i` (across at most one space) looks. */
function atomAfter(segment: Segment, i: number): AtomClass {
  const { tokens } = segment;
  const j = nextNonSpace(tokens, i);
  const token = tokens[j];
  if (token === undefined) return 'none';
  const following = tokens[j + 1]?.text ?? '';
  if (token.kind === 'number') return following === '^' || following === '_' ? 'strong' : 'number';
  if (token.kind === 'command') return 'strong';
  if (token.kind === 'word') return wordAtom(segment, j, 'after');
  const text = token.text;
  if (text === '(' || text === '[' || text === '{' || text === '|') {
    const inner = tokens[j + 1];
    if (inner === undefined) return 'none';
    if (inner.kind === 'word') {
      const atom = wordAtom(segment, j + 1, 'after');
      return atom === 'none' ? 'none' : atom === 'operator' ? 'none' : 'letter';
    }
    if (inner.kind === 'number' || inner.kind === 'command') return 'letter';
    if (isMathCodePoint(inner.text.codePointAt(0) ?? 0)) return 'strong';
    return 'none';
  }
  if (isMathCodePoint(text.codePointAt(0) ?? 0)) return mathCharAtom(text);
  return 'none';
}

/** A math character is an operator when it is a relation or binary sign, else a strong atom. */
function mathCharAtom(text: string): AtomClass {
  const codePoint = text.codePointAt(0) ?? 0;
  if ((codePoint >= 0x2190 && codePoint <= 0x21ff) || (codePoint >= 0x2208 && codePoint <= 0x220d) || (codePoint >= 0x2223 && codePoint <= 0x2226)) {
    return 'operator';
  }
  if ((codePoint >= 0x2243 && codePoint <= 0x22a5) || codePoint === 0xd7 || codePoint === 0xb1 || codePoint === 0x22c5) return 'operator';
  return 'strong';
}

/** How a word looks as a neighbour of another word. */
function wordAtom(segment: Segment, j: number, side: 'before' | 'after'): AtomClass {
  const { tokens, plans } = segment;
  const token = tokens[j] as Token;
  const plan = plans[j];
  if (plan?.kind === 'convert') {
    const piece = side === 'before' ? plan.pieces[plan.pieces.length - 1] : plan.pieces[0];
    if (piece === undefined) return 'none';
    if (!piece.isName) return 'strong';
    const symbol = commandSymbol(piece.text);
    const script = tokens[j - 1]?.text === '^' || tokens[j - 1]?.text === '_';
    const quantity = side === 'before' && (tokens[j - 1]?.kind === 'number' || script);
    if (!quantity && symbol !== undefined && (symbol.group === 'rel' || symbol.group === 'bin')) return 'operator';
    return 'strong';
  }
  const following = tokens[j + 1]?.text ?? '';
  const preceding = tokens[j - 1]?.text ?? '';
  if (following === '^' || following === '_') return 'strong';
  if (preceding === '^' || preceding === '_') return 'strong';
  if (token.text.length === 1) {
    if (ENGLISH_LETTERS.has(token.text)) return 'none';
    if (following === "'" || following === '.' || preceding === "'") return 'none';
    if (following === '(' ) return 'strong';
    return 'letter';
  }
  if (isGreekName(token.text)) return 'greek';
  if (isOperatorName(token.text) && (following === '(' || following === '_')) return 'strong';
  return 'none';
}

// ---------------------------------------------------------------------------------------------
// Writing a segment out
// ---------------------------------------------------------------------------------------------

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
  /** Whether a `` `` `` quote is open, so that `"` closes it. */
  quoteOpen: boolean;
  /** The index of a space token a tight operator swallowed, or -1. */
  skipSpaceAt: number;
}

/** Write a planned segment out. */
function emitSegment(segment: Segment, findings: Findings): string {
  const writer: Writer = {
    segment,
    findings,
    out: [],
    roles: new Map(),
    closers: new Map(),
    font: undefined,
    accent: undefined,
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
    // No argument: a font with nothing to style leaves nothing.
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
    if (!writer.findings.unknownMacros.includes(name)) writer.findings.unknownMacros.push(name);
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
  const { tokens, match, plans } = segment;
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
  void plans;
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
      const content = out.length - outIndex <= 64 ? out.slice(outIndex + 1).join('') : '(?)';
      if (!isSingleAtom(content)) {
        out[outIndex] = `${out[outIndex] ?? ''}(`;
        out.push(')');
      }
      break;
    }
    case 'accent': {
      if (out.length - outIndex <= 64) {
        const content = out.slice(outIndex + 1).join('');
        out.length = outIndex + 1;
        out.push(applyAccent(content, role.combining));
      }
      break;
    }
    case 'numerator': {
      const argument = nextArgument(segment.tokens, i);
      if (segment.tokens[argument]?.text === '{') {
        const content = out.length - outIndex <= 64 ? out.slice(outIndex + 1).join('') : '(?)';
        if (!isSingleAtom(content)) {
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
