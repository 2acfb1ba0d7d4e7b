/**
 * The planner: decides, for every bare word of a segment, whether it is a de-backslashed command
 * (and how a glued run splits) or English, by evidence (docs/math.md#evidence): never-English names
 * convert wherever they stand; English-looking names only when glued to a digit, a script, a
 * bracket or another command, or standing between two math atoms.
 */
import { ENVIRONMENT_COLUMNS } from './math-patterns.js';
import { isMathCodePoint } from './atoms.js';
import { FONT_DECLARATIONS, SIZING_NAMES } from './command-kinds.js';
import { commandSymbol, isEnglishName, isEnvironmentName, isGreekName, isListEllipsis, isOperatorName, isRemnantName, mathAccent, takesBraceArgument } from './lexicon.js';
import { ENDS_WITH_OPERATOR, HOLDS_DISTINCTIVE, NAME_AUTOMATON, NAME_WHOLE, readLetters } from './name-automaton.js';
import { MULTIPLIER_NAMES, NUMERIC_OPERATOR_NAMES, ORDINAL_SUFFIX_NAMES, RELATION_NAMES, VARIABLE_NAMES } from './remnant-words.js';
import { DROP, KEEP, nextNonSpace, previousNonSpace, type Segment, type WordPlan } from './segment.js';
import { convertsAlone, isVariableLogRun, type RunPiece, splitGluedRun, summarizeGluedRun } from './split-glued-run.js';
import { type Token } from './tokenize-latex.js';
import { atomAfter, atomBefore, type AtomClass } from './word-atoms.js';

/**
 * Decide, for every bare word of a segment, whether it is a command remnant: a first sweep over
 * glue and never-English names, then English names between atoms, medium glued runs, and Greek
 * names beside converted operators or strong atoms.
 *
 * @param segment - The segment; its `plans` are filled in.
 * @example
 * const segment = analyseSegment(tokenizeLatex('m times n'), 0, new Set());
 * planWords(segment);
 * segment.plans[2]
 * //=> { kind: 'convert', pieces: [{ text: 'times', isName: true }] }
 */
export function planWords(segment: Segment): void {
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

  if (isEnvironmentRemnant(segment, i) && isEnvironmentName(word)) return DROP;
  if (prevText === '{' && FONT_DECLARATIONS.has(word) && next?.kind === 'space' && (match[i - 1] ?? -1) > i) {
    return { kind: 'convert', pieces: [{ text: word, isName: true }] };
  }

  // A run that fills a whole script group is a label (`p_{gen}`, `x_{min}`): never split it.
  const scriptLabel = prevText === '{' && nextText === '}' && (tokens[i - 2]?.text === '_' || tokens[i - 2]?.text === '^');
  const state = readLetters(word, 0, word.length);
  const nameFlags = NAME_AUTOMATON.flags[state] as number;
  const exact = (nameFlags & NAME_WHOLE) !== 0 && NAME_AUTOMATON.depth[state] === word.length;

  const tiedToNumber = next?.text === '~' && tokens[i + 2]?.kind === 'number';
  // Words on both sides of one digit make one name (`sim2real`, `seq2seq`): the digit glues nothing.
  // A quantity is no such name (`sim400M`, `sim4M`), nor a multiple (`sim2times`: ∼2×).
  const digitInName =
    word.length >= 2 && (isNameDigit(prev, tokens[i - 2], word) || isNameDigit(next, tokens[i + 2], tokens[i + 2]?.text ?? ''));
  const numberBefore = prev?.kind === 'number' && !digitInName;
  const numberAfter = next?.kind === 'number' && !digitInName;
  const gluedDigit = numberBefore || numberAfter || tiedToNumber;

  // A subscript of a word is part of an identifier (`num_top`); of a variable it is math (`x_star`).
  const subscriptOfWord = prevChar === '_' && tokens[i - 2]?.kind === 'word' && (tokens[i - 2]?.text.length ?? 0) >= 2;
  const scriptBefore = prevChar !== '' && '^_{'.includes(prevChar) && !subscriptOfWord;
  // A script glued after the word is math only when it is one (`ell_p`, `beta_2`, `ell_{infty}`):
  // a word after the `_` makes an identifier (`num_heads`, `in_proj`).
  const scriptAfter = (nextChar === '^' || nextChar === '_') && isMathScript(tokens[i + 2]);
  const gluedScript = scriptBefore || nextChar === '{' || nextChar === '}' || scriptAfter;
  // A subscript is all the glue (`top_k`): only a variable, Greek or operator name takes one.
  const onlySubscriptAfter = nextChar === '_' && !scriptBefore;
  const gluedClosing = prevChar !== '' && ')]}|'.includes(prevChar);
  const gluedOpening = nextChar !== '' && '([|'.includes(nextChar);
  const inDollars = segment.inDollars[i] === true;

  if (!exact) {
    // A glued run converts only with glue, a distinctive name, or the shape of a medium run; the
    // split is worked out only then (counted first, built last).
    const mayConvert =
      gluedDigit ||
      gluedScript ||
      gluedOpening ||
      (nameFlags & HOLDS_DISTINCTIVE) !== 0 ||
      word.length === 3 ||
      (word.length >= 5 && (nameFlags & ENDS_WITH_OPERATOR) !== 0) ||
      isVariableLogRun(word);
    if (scriptLabel || !mayConvert) return KEEP;
    const summary = summarizeGluedRun(word, 0, word.length);
    if (summary === undefined || summary.letters > Math.max(2, summary.names)) return KEEP;
  }

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
    // A number before an ordinal suffix is an ordinal (`7th`).
    const ordinal = numberBefore && ORDINAL_SUFFIX_NAMES.has(word);
    const digitEvidence =
      !isAccentName(word) &&
      !ordinal &&
      (numberBefore || (gluedDigit && (['sim', 'approx', 'pm', 'mp', 'times'].includes(word) || (prevChar !== '' && '([{%=<>,~'.includes(prevChar)))));
    const scriptEvidence = gluedScript && !(onlySubscriptAfter && !takesSubscript(word));
    if (digitEvidence || takesArgument || scriptEvidence) {
      return { kind: 'convert', pieces: [{ text: word, isName: true }] };
    }
    // `x_1,dots,x_n`: an ellipsis between the commas of a list.
    if (isListEllipsis(word, prevChar, nextChar)) {
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

  const run = splitGluedRun(word);
  if (run === undefined) return KEEP;
  const convert: WordPlan = { kind: 'convert', pieces: run.pieces };
  const firstPiece = run.pieces[0];
  const lastPiece = run.pieces[run.pieces.length - 1];
  // `30times`, `1pmvarepsilon`, `2log`: the digit touches a name, not a variable (`Img128`).
  const touchesDigit =
    (run.letters === 0 || run.hasDistinctiveName) &&
    ((numberBefore && firstPiece?.isName === true) || ((numberAfter || tiedToNumber) && lastPiece?.isName === true));
  if (touchesDigit) return convert;
  // `EinR^{`, `R^{mtimes n}`, `Vertx^`: glued to a script, with an operator or a never-English name.
  // A brace counts only as a script's (`{link text}` is prose). After a bare `^` or `_` only the
  // first letter is the script (`web_page`): the rest needs a never-English name.
  const afterBareScript = prevChar === '^' || prevChar === '_';
  const runScriptGlue = scriptAfter || nextChar === '{' || isScriptBrace(segment, i - 1) || isScriptBrace(segment, i + 1);
  if ((afterBareScript || runScriptGlue) && run.hasNeverEnglishName) return convert;
  if (runScriptGlue && (hasOperatorPiece(run.pieces) || run.pieces.some((piece) => piece.isName && isGreekName(piece.text)))) return convert;
  // `Oleft(`, `Omegabig(`, `maxleft(`: a sizing name glued to the delimiter it sizes.
  if (gluedOpening && lastPiece !== undefined && lastPiece.isName && SIZING_NAMES.has(lastPiece.text)) return convert;
  // `mepsilon`, `ncdot`, `Omegasubseteq`, `varepsilonto`, `varepsilond`: a distinctive name and variables.
  if (convertsAlone(run, word)) return convert;
  if (isMediumRun(run.pieces)) pendingRuns.push(i);
  return KEEP;
}

/** Whether token `j` is a brace of a script group (`^{`, or the `}` that closes one). */
function isScriptBrace(segment: Segment, j: number): boolean {
  const { tokens, match } = segment;
  const text = tokens[j]?.text;
  const open = text === '{' ? j : text === '}' ? (match[j] ?? -1) : -1;
  const marker = open > 0 ? tokens[open - 1]?.text : undefined;
  return marker === '^' || marker === '_';
}

/**
 * Whether `digit` is one digit with a word of two letters or more glued on its other side, and
 * the word after the digit (`right`) is no multiplier (`MULTIPLIER_NAMES`): `2real` of `sim2real`, not `2times`.
 */
function isNameDigit(digit: Token | undefined, other: Token | undefined, right: string): boolean {
  return digit?.kind === 'number' && digit.text.length === 1 && other?.kind === 'word' && other.text.length >= 2 && !MULTIPLIER_NAMES.has(right);
}

/**
 * Whether the token after a glued `^` or `_` is a script as math writes one: a character, a
 * number, a command, a brace group, one letter, or a command name that is never English or Greek
 * (`ell_infty`); not a word (`num_heads`).
 */
function isMathScript(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.text.length === 1) return true;
  return (isRemnantName(token.text) && !isEnglishName(token.text)) || isGreekName(token.text);
}

/** Whether an English command name takes a subscript glued after it: a variable (`ell`), a Greek letter or an operator (`log_2`). */
function takesSubscript(word: string): boolean {
  return VARIABLE_NAMES.has(word) || isGreekName(word) || isOperatorName(word);
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
    if (second.text === 'log') return isVariableLogRun(first.text + second.text);
    if (second.text === 'gg' || second.text === 'll') return !'aeiouAEIOU'.includes(first.text);
    if (second.text === 'in' || second.text === 'ni') return first.text >= 'A' && first.text <= 'Z';
    return false;
  }
  return pieces.length >= 3 && pieces.slice(1).every((piece) => piece.isName && isOperatorName(piece.text));
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
