/**
 * Commands that do something other than stand for one character: they take an argument, change
 * the font, size a delimiter, add space, or are dropped. Data only; `clean-math.ts` acts on it.
 */

/** Font commands with one argument, mapped to the Unicode alphabet they draw (`''` = plain). */
export const FONT_COMMANDS: ReadonlyMap<string, string> = new Map([
  ['mathbb', 'mathbb'],
  ['mathcal', 'mathcal'],
  ['mathscr', 'mathscr'],
  ['mathfrak', 'mathfrak'],
  ['mathbf', 'mathbf'],
  ['boldsymbol', 'boldsymbol'],
  ['bm', 'boldsymbol'],
  ['mathsf', 'mathsf'],
  ['mathtt', 'mathtt'],
  ['Bbb', 'mathbb'],
  ['mathrm', ''],
  ['mathit', ''],
  ['mathnormal', ''],
  ['operatorname', ''],
  ['mathop', ''],
  ['mathord', ''],
  ['mathbin', ''],
  ['mathrel', ''],
  ['pmb', ''],
]);

/** Font switches written inside a group (`{\cal O}`, `{\bf x}`), mapped like FONT_COMMANDS. */
export const FONT_DECLARATIONS: ReadonlyMap<string, string> = new Map([
  ['cal', 'mathcal'],
  ['bf', ''],
  ['it', ''],
  ['rm', ''],
  ['sf', ''],
  ['tt', ''],
  ['sc', ''],
  ['em', ''],
  ['sl', ''],
  ['bfseries', ''],
  ['itshape', ''],
  ['rmfamily', ''],
  ['ttfamily', ''],
  ['scshape', ''],
  ['upshape', ''],
  ['normalfont', ''],
  ['small', ''],
  ['large', ''],
  ['Large', ''],
  ['tiny', ''],
  ['footnotesize', ''],
  ['scriptsize', ''],
  ['normalsize', ''],
  ['huge', ''],
  ['Huge', ''],
]);

/** Commands whose one argument is prose: the argument stays, the command goes. */
export const TEXT_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set([
  'text', 'textbf', 'textit', 'textrm', 'textsf', 'texttt', 'textsc', 'textup', 'textsl', 'textnormal', 'emph',
  'underline', 'mbox', 'hbox', 'ensuremath', 'textmd', 'uline', 'footnote',
]);

/** Commands whose argument is dropped with them (labels, references to nothing visible). */
export const DROPPED_ARGUMENT_COMMANDS: ReadonlySet<string> = new Set(['label', 'vspace', 'hspace', 'phantom', 'vphantom', 'hphantom']);

/** Commands that vanish: sizes, styles, spacing hints without width. */
export const DROPPED_COMMANDS: ReadonlySet<string> = new Set([
  'displaystyle', 'textstyle', 'scriptstyle', 'scriptscriptstyle', 'limits', 'nolimits', 'nonumber', 'notag',
  'noindent', 'relax', 'protect', 'mathstrut', 'strut', 'hfill', 'vfill', 'centering', 'allowbreak', 'nobreak',
  '!', '/', '-', 'left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'Bigl', 'biggl', 'Biggl', 'bigr',
  'Bigr', 'biggr', 'Biggr', 'bigm', 'Bigm', 'biggm', 'Biggm', 'smallskip', 'medskip', 'bigskip', 'par',
]);

/** Commands that stand for a space or a line break in prose. */
export const SPACE_COMMANDS: ReadonlySet<string> = new Set([
  ',', ';', ':', ' ', '>', 'quad', 'qquad', 'enspace', 'thinspace', 'medspace', 'thickspace', '\\', 'newline',
  'break', 'linebreak', 'enskip', 'space', 'cr',
]);

/** Sizing names that, without a backslash, are remnants only when glued to a delimiter. */
export const SIZING_NAMES: ReadonlySet<string> = new Set([
  'left', 'right', 'middle', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'Bigl', 'biggl', 'Biggl', 'bigr', 'Bigr',
  'biggr', 'Biggr', 'bigm', 'Bigm',
]);

/** Environment names whose `\begin{...}` lost its backslash and braces (`align*`, `array{lll}`). */
export const ENVIRONMENT_NAMES: ReadonlySet<string> = new Set([
  'align', 'aligned', 'array', 'cases', 'matrix', 'pmatrix', 'bmatrix', 'vmatrix', 'gather', 'gathered', 'equation',
  'split', 'eqnarray', 'multline', 'subarray', 'smallmatrix',
]);

/** Commands whose argument is a URL to keep verbatim and report as a link. */
export const URL_COMMANDS: ReadonlySet<string> = new Set(['url', 'href']);

/** Commands with one argument drawn under a root: `sqrt`. Two-argument fractions: `frac`. */
export const ROOT_COMMANDS: ReadonlySet<string> = new Set(['sqrt']);
export const FRACTION_COMMANDS: ReadonlySet<string> = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);

/** Accent commands KaTeX draws with SVG; Unicode has a plain combining mark for each. */
export const WIDE_ACCENTS: ReadonlyMap<string, string> = new Map([
  ['widetilde', '\u0303'],
  ['widehat', '\u0302'],
  ['overline', '\u0305'],
  ['overrightarrow', '\u20d7'],
  ['widecheck', '\u030c'],
]);

/** Citation-like commands: their argument is a key, shown in brackets. */
export const CITATION_COMMANDS: ReadonlySet<string> = new Set(['cite', 'citep', 'citet', 'ref', 'eqref', 'autoref', 'cref', 'Cref']);
