/**
 * Command names that are also English words (or names, or common abbreviations). Without their
 * backslash they convert only with strong evidence: glued to a digit, to `^ _ { }`, to another
 * command or a bracket, or standing between two math atoms. Every other command name of three
 * letters or more is never English and converts wherever it stands as a token.
 * Names of one or two letters are always treated as English (`in`, `to`, `pm`, `ll`, `mu`).
 * See docs/math.md#english-names.
 */
export const ENGLISH_COMMAND_NAMES: ReadonlyMap<string, string> = new Map([
  ['times', '"three times faster", "25 times longer"'],
  ['sim', 'the first letters of "simple", "similar", "sim-to-real"'],
  ['star', 'a word ("star rating") and a graph name ("star graph")'],
  ['left', 'a word ("the left image", "left by Yao")'],
  ['right', 'a word ("the right winner")'],
  ['middle', 'a word'],
  ['big', 'a word'],
  ['Big', 'a word at a sentence start'],
  ['bigg', 'a common misspelling and a surname'],
  ['top', 'a word ("top-1", "top-k")'],
  ['bot', 'a word ("chat bot")'],
  ['ell', 'a word and a unit ("ell predictors")'],
  ['dots', 'a word ("connect the dots")'],
  ['backslash', 'a word ("a literal backslash")'],
  ['pitchfork', 'a word'],
  ['bowtie', 'a word ("a bowtie network")'],
  ['multimap', 'a word in programming ("a multimap index")'],
  ['href', 'an HTML attribute ("the href of each link")'],
  ['eta', 'an abbreviation ("ETA"), also a Greek letter written out'],
  ['delta', 'a word ("delta debugging", "delta weights")'],
  ['partial', 'a word ("partial differential equations")'],
  ['approx', 'an abbreviation ("approx 1.3M samples")'],
  ['log', 'a word ("a log of")'],
  ['max', 'a word and a name'],
  ['min', 'an abbreviation ("5 min")'],
  ['sup', 'a word'],
  ['inf', 'an abbreviation'],
  ['lim', 'an abbreviation'],
  ['exp', 'an abbreviation ("exp. results")'],
  ['det', 'an abbreviation'],
  ['dim', 'a word ("dim light") and an abbreviation'],
  ['deg', 'an abbreviation ("30 deg")'],
  ['arg', 'an abbreviation ("arg max")'],
  ['ker', 'an abbreviation'],
  ['hom', 'an abbreviation'],
  ['sin', 'a word'],
  ['cos', 'an abbreviation ("cos similarity")'],
  ['tan', 'a word'],
  ['sec', 'an abbreviation ("seconds")'],
  ['cot', 'a word'],
  ['sum', 'a word'],
  ['prod', 'an abbreviation ("prod environment")'],
  ['int', 'a type name ("int8")'],
  ['mid', 'a word ("mid-training")'],
  ['parallel', 'a word'],
  ['perp', 'an abbreviation ("perplexity")'],
  ['models', 'a word'],
  ['owns', 'a word'],
  ['gets', 'a word'],
  ['neg', 'an abbreviation ("neg samples")'],
  ['land', 'a word'],
  ['div', 'an HTML tag name'],
  ['wedge', 'a word'],
  ['vee', 'a word'],
  ['cap', 'a word ("GPU memory cap")'],
  ['cup', 'a word'],
  ['circ', 'an abbreviation ("circ. 2020")'],
  ['ast', 'an abbreviation'],
  ['prime', 'a word'],
  ['dagger', 'a word'],
  ['bullet', 'a word ("bullet points")'],
  ['diamond', 'a word'],
  ['diamonds', 'a word'],
  ['clubs', 'a word'],
  ['hearts', 'a word'],
  ['spades', 'a word'],
  ['square', 'a word'],
  ['triangle', 'a word'],
  ['angle', 'a word'],
  ['natural', 'a word ("natural language")'],
  ['flat', 'a word ("flat minima")'],
  ['sharp', 'a word ("sharp minima")'],
  ['smile', 'a word'],
  ['frown', 'a word'],
  ['space', 'a word ("latent space")'],
  ['degree', 'a word'],
  ['pounds', 'a word'],
  ['yen', 'a word'],
  ['maltese', 'a word'],
  ['checkmark', 'a word'],
  ['lozenge', 'a word'],
  ['because', 'a word'],
  ['therefore', 'a word'],
  ['between', 'a word'],
  ['complement', 'a word'],
  ['restriction', 'a word'],
  ['image', 'a word'],
  ['real', 'a word ("real-world")'],
  ['exist', 'a word'],
  ['exists', 'a word'],
  ['empty', 'a word'],
  ['bull', 'a word'],
  ['sect', 'a word'],
  ['sub', 'a word ("sub-task")'],
  ['subset', 'a word ("a subset of the data")'],
  ['supset', 'close to "superset"'],
  ['succ', 'an abbreviation ("succ. rate")'],
  ['prec', 'an abbreviation ("prec@1")'],
  ['lang', 'an abbreviation ("lang code")'],
  ['rang', 'a word (past of "ring")'],
  ['char', 'a type name'],
  ['surd', 'a word'],
  ['eth', 'an abbreviation (ETH Zurich)'],
  ['hat', 'a word ("red hat")'],
  ['bar', 'a word ("bar chart")'],
  ['dot', 'a word ("dot product")'],
  ['vec', 'a suffix of names ("word2vec")'],
  ['check', 'a word'],
  ['tilde', 'a word ("the tilde character")'],
  ['acute', 'a word ("acute care")'],
  ['grave', 'a word'],
  ['breve', 'a word'],
  ['iff', 'written out in prose as "iff"'],
  ['implies', 'a word'],
  ['not', 'a word'],
  ['text', 'a word'],
  ['underline', 'a word ("results underline")'],
  ['footnote', 'a word'],
  ['overline', 'a word'],
  ['url', 'a word ("the URL")'],
  ['end', 'a word'],
  ['begin', 'a word'],
  ['label', 'a word'],
  ['limits', 'a word'],
  ['quad', 'a word ("quad core")'],
  ['mod', 'a word ("game mod")'],
  ['small', 'a word ("small varepsilon")'],
  ['large', 'a word'],
  ['huge', 'a word'],
  ['And', 'a word at a sentence start'],
  ['Box', 'a word at a sentence start'],
  ['Cap', 'a word at a sentence start'],
  ['Cup', 'a word at a sentence start'],
  ['Dagger', 'a word at a sentence start'],
  ['Diamond', 'a word at a sentence start'],
  ['Game', 'a word at a sentence start'],
  ['Join', 'a word at a sentence start'],
  ['Subset', 'a word at a sentence start'],
  ['Supset', 'a word at a sentence start'],
  ['Delta', 'a name ("Delta Lake")'],
  ['Gamma', 'a name ("Gamma distribution" is written out)'],
  ['Lambda', 'a name ("AWS Lambda", "Lambda Labs")'],
  ['Omega', 'a name'],
  ['Phi', 'a model name ("Phi-4")'],
  ['Pi', 'a name ("Raspberry Pi")'],
  ['Psi', 'a name'],
  ['Sigma', 'a name ("Six Sigma")'],
  ['Theta', 'a name'],
  ['Upsilon', 'a name'],
  ['Xi', 'a name ("Xi Chen")'],
]);

/**
 * Greek letter names written out in prose (`alpha version`, `lambda functions`, `Cohen's kappa`,
 * `Min-SNR-gamma`): like the English names above they convert only with evidence, and a Greek
 * name beside a converted operator or math atom counts as a math atom itself.
 */
export const GREEK_LETTER_NAMES: ReadonlySet<string> = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'omicron', 'pi', 'rho', 'sigma', 'tau', 'phi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega',
]);

/**
 * Author macros that papers define for abbreviations; no package defines them, so they are
 * listed here with the text they stand for.
 */
export const AUTHOR_ABBREVIATION_MACROS: ReadonlyMap<string, string> = new Map([
  ['ie', 'i.e.'], // \ie: "that is", defined by most CVPR/ICCV templates
  ['eg', 'e.g.'], // \eg: "for example", same templates
  ['etc', 'etc.'], // \etc: same templates
  ['etal', 'et al.'], // \etal: same templates
  ['wrt', 'w.r.t.'], // \wrt: "with respect to", same templates
  ['cf', 'cf.'], // \cf: "compare", same templates
  ['vs', 'vs.'], // \vs: "versus", same templates
  ['iid', 'i.i.d.'], // \iid: common in learning-theory papers
  ['aka', 'a.k.a.'], // \aka: common in ML papers
]);

/**
 * Commands KaTeX's symbol table lacks that turn into one character; each with its reason.
 */
export const EXTRA_COMMAND_SYMBOLS: ReadonlyMap<string, readonly [string, 'rel' | 'bin' | 'ord' | 'inner']> = new Map([
  ['dots', ['…', 'inner']], // KaTeX defines \dots as a function of the next token
  ['iff', ['⟺', 'rel']], // KaTeX builds it from \Longleftrightarrow and spacing
  ['implies', ['⟹', 'rel']], // built from \Longrightarrow and spacing
  ['impliedby', ['⟸', 'rel']], // built from \Longleftarrow and spacing
  ['L', ['Ł', 'ord']], // LaTeX text command for the Polish letter; not in KaTeX
  ['l', ['ł', 'ord']], // LaTeX text command for the Polish letter; not in KaTeX
  ['textasciitilde', ['~', 'ord']], // keeps a literal tilde
]);

/**
 * Short never-English names that are distinctive enough to split out of a glued run on their
 * own (`pneq`, `ncdot`, `nfrac`). Longer never-English names (six letters or more) count too;
 * shorter ones (`lor`, `oint`, `supe`, `nless`) spell parts of English words (`explore`, `point`,
 * `super`, `unless`).
 */
export const DISTINCTIVE_SHORT_NAMES: ReadonlySet<string> = new Set([
  'leq', 'geq', 'neq', 'cdot', 'frac', 'sqrt', 'infty', 'ldots', 'cdots', 'nabla', 'notin', 'oplus', 'varpi', 'varphi', 'vartheta',
  'mathbb', 'mathcal', 'mathrm', 'mathbf', 'lceil', 'rceil', 'gtrsim', 'lesssim',
]);

/** English command names that stand for a variable, so that a subscript glued after them is math (`ell_p`, `partial_t`); Greek and operator names count too. */
export const VARIABLE_NAMES: ReadonlySet<string> = new Set(['ell', 'partial']);

/** English command names that are an ellipsis between the commas of a list (`x_1,dots,x_n`). */
export const ELLIPSIS_NAMES: ReadonlySet<string> = new Set(['dots']);

/** Command names that also end English ordinals (`th`, KaTeX's hyperbolic tangent): after a number they are the ordinal (`7th`, `10th-order`). */
export const ORDINAL_SUFFIX_NAMES: ReadonlySet<string> = new Set(['th']);

/** Words of one letter and `log` that are English (`blog`), not a variable and a logarithm (`nlog n`). */
export const ENGLISH_LOG_WORDS: ReadonlySet<string> = new Set(['blog', 'clog', 'flog', 'slog', 'Blog', 'Clog', 'Flog', 'Slog']);

/** Command names that make a multiple of the number before them (`2times`: 2×), also between two words (`sim2times`: ∼2×). */
export const MULTIPLIER_NAMES: ReadonlySet<string> = new Set(['times']);

/** English command names that act as binary operators between two numbers (`64 times 64`). */
export const NUMERIC_OPERATOR_NAMES: ReadonlySet<string> = new Set(['times', 'sim', 'pm', 'mp', 'cdot', 'div', 'approx']);

/** English command names that act as relations between two math atoms (`X in R`, `m gg n`). */
export const RELATION_NAMES: ReadonlySet<string> = new Set([
  'in', 'ni', 'to', 'ge', 'le', 'gg', 'll', 'ne', 'gt', 'lt', 'mid', 'perp', 'parallel', 'approx', 'sim', 'gets', 'models', 'owns', 'sub', 'sup',
]);
