/**
 * fast-check generators shared by the property tests.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Dumps and papers
// ---------------------------------------------------------------------------------------------

export { fc };

/** A card footer as a page shows it: an author count or an organization, and a date. */
export interface GeneratedFooter {
  owner: { kind: 'authors'; count: number } | { kind: 'organization'; handle: string; name: string } | null;
  date: { month: number; day: number; year: number | null; comments: number | null };
}

/** A paper as a page would show it, before any capture tool touched it. */
export interface GeneratedPaper {
  title: string;
  abstract: string;
  footer: GeneratedFooter | null;
}

/** Words of titles and abstracts: none of them is page chrome, a month or a number. */
const WORDS = [
  'learning', 'model', 'models', 'neural', 'diffusion', 'sampling', 'scaling', 'efficient', 'language',
  'large', 'training', 'inference', 'attention', 'graph', 'robust', 'optimal', 'transport', 'kernel',
  'sparse', 'adaptive', 'stochastic', 'gradient', 'reward', 'policy', 'agent', 'vision', 'speech',
  'retrieval', 'benchmark', 'dataset', 'memory', 'compute', 'parallel', 'speculative', 'decoding',
  'bottleneck', 'information', 'bound', 'convergence', 'estimation', 'network', 'transformer', 'token',
  'we', 'show', 'that', 'our', 'method', 'improves', 'over', 'prior', 'work', 'on', 'the', 'of', 'a',
  'with', 'and', 'for', 'in', 'to', 'three', 'times', 'faster', 'sometimes', 'simple', 'similar',
  'well', 'star', 'is', 'are', 'this', 'paper', 'proposes', 'new', 'approach', 'results', 'across',
] as const;

const word = fc.constantFrom(...WORDS);

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A title: two to twelve words in title case, maybe a colon after the first, no final period. */
export const titleArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(word, { minLength: 2, maxLength: 12 }),
    fc.constantFrom('', ':', '?'),
    fc.stringMatching(/^[A-Z][a-zA-Z]{2,10}$/),
  )
  .map(([words, mark, name]) => {
    const titled = words.map(capitalize).join(' ');
    if (mark === ':') return `${name}: ${titled}`;
    return `${titled}${mark}`;
  });

const sentenceArbitrary = fc
  .array(word, { minLength: 6, maxLength: 24 })
  .map((words) => `${capitalize(words.join(' '))}.`);

/** An abstract: three to eight sentences, as long as real abstracts are (over 200 characters). */
export const abstractArbitrary: fc.Arbitrary<string> = fc
  .array(sentenceArbitrary, { minLength: 3, maxLength: 8 })
  .map((sentences) => sentences.join(' '))
  .filter((text) => text.length > 200);

/** A card footer: author count or organization (or neither), and a date with or without year and comments. */
export const footerArbitrary: fc.Arbitrary<GeneratedFooter> = fc.record({
  owner: fc.oneof(
    fc.constant(null),
    fc.record({ kind: fc.constant('authors' as const), count: fc.integer({ min: 1, max: 60 }) }),
    fc.record({
      kind: fc.constant('organization' as const),
      handle: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{1,12}$/),
      name: fc.array(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' ')),
    }),
  ),
  date: fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.option(fc.integer({ min: 2015, max: 2025 }), { nil: null }),
    comments: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
  }),
});

/** A paper card, with or without footer. */
export const paperArbitrary: fc.Arbitrary<GeneratedPaper> = fc.record({
  title: titleArbitrary,
  abstract: abstractArbitrary,
  footer: fc.option(footerArbitrary, { nil: null }),
});

/** One to twelve paper cards with distinct titles. */
export const papersArbitrary: fc.Arbitrary<GeneratedPaper[]> = fc.uniqueArray(paperArbitrary, {
  minLength: 1,
  maxLength: 12,
  selector: (paper) => paper.title,
});

/** The plain-text families a dump can be printed in. */
export const plainFormatArbitrary = fc.constantFrom('daily' as const, 'search' as const, 'listing' as const);

// ---------------------------------------------------------------------------------------------
// Math
// ---------------------------------------------------------------------------------------------

/** Prose words, trap words among them (`times`, `sim`, `in`, `to`, `star`, `well`). */
const proseWords = [
  'we', 'show', 'that', 'the', 'model', 'is', 'three', 'times', 'faster', 'sometimes', 'simple', 'similar', 'in', 'to',
  'star', 'well', 'left', 'right', 'top', 'log', 'max', 'partial', 'approx', 'delta', 'point', 'explore', 'subset', 'unless',
  'between', 'space', 'natural', 'prime', 'sharp', 'into', 'onto', 'login', 'cosine', 'single', 'all', 'ill', 'amid',
  'image', 'real', 'empty', 'data', 'and', 'of', 'a', 'for', 'on', 'with', 'training', 'sim-to-real', 'text-to-image',
];

/** A sentence of prose with no math trigger: words, commas and a full stop. */
export const proseSentenceArbitrary = fc
  .array(fc.constantFrom(...proseWords), { minLength: 1, maxLength: 14 })
  .map((words) => `${words.join(' ')}.`);

/** Any string, weighted toward the characters and words the math cleaner reacts to. */
export const mathishStringArbitrary = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '\\', '{', '}', '^', '_', '$', '~', '-', '`', "'", '"', '(', ')', '[', ']', ' ', '1', '2', 'x', 'n', 'times', 'sim',
        'in', 'to', 'left', 'right', 'big', 'frac', 'sqrt', 'mathcal', 'varepsilon', 'alpha', 'gamma', 'infty', 'leq',
        'text', 'em', 'url', 'https://a.b/c', '%', '&', '\\\\', 'ell', 'star', 'top', 'Omega', 'R', 'O', 'e',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

/** One atom of a LaTeX formula whose damaged form loses no information. */
const latexAtomArbitrary = fc.oneof(
  fc.constantFrom('x', 'y', 'n', 'k', 'm', 'T', 'K', 'N'),
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.constantFrom('\\alpha', '\\beta', '\\gamma', '\\lambda', '\\theta', '\\varepsilon', '\\infty'),
);

/** An atom with an optional numeric script (`x^{2}`, `W_{1}`). */
const scriptedAtomArbitrary = fc
  .tuple(latexAtomArbitrary, fc.constantFrom('', '^{2}', '_{1}', '^2', '_0'))
  .map(([atom, script]) => `${atom}${script}`);

/** Operators whose damaged spelling is still recognisable between atoms. */
const latexOperatorArbitrary = fc.constantFrom(' \\times ', ' \\leq ', ' \\geq ', ' \\neq ', ' \\ll ', ' \\gg ', ' \\cdot ', ' \\pm ', ' \\sim ', '+', '-');

/** A lossless LaTeX formula: atoms joined by operators, and fractions of single atoms. */
export const losslessLatexArbitrary = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: scriptedAtomArbitrary },
      { weight: 1, arbitrary: fc.tuple(latexAtomArbitrary, latexAtomArbitrary).map(([a, b]) => `\\frac{${a}}{${b}}`) },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .chain((atoms) =>
    fc.array(latexOperatorArbitrary, { minLength: atoms.length - 1, maxLength: atoms.length - 1 }).map((operators) =>
      atoms.reduce((formula, atom, index) => `${formula}${index === 0 ? '' : (operators[index - 1] ?? '+')}${atom}`, ''),
    ),
  )
  // A `$` followed by a digit is money (SPEC 5), so a formula in `$...$` starts with no digit.
  .filter((formula) => !/^\d/.test(formula));

/** Any LaTeX formula of the kinds abstracts use, lossless or not (`\mathbb{R}`, `\sqrt{n}`). */
export const latexFormulaArbitrary = fc.oneof(
  losslessLatexArbitrary,
  fc.tuple(losslessLatexArbitrary, fc.constantFrom('\\mathbb{R}^{d}', '\\sqrt{n}', '\\mathcal{O}(n)', '\\text{ if }', '\\mathrm{d}x')).map(
    ([formula, extra]) => `${formula} ${extra}`,
  ),
);

/** An abstract sentence holding one formula between `$` signs. */
export const latexSentenceArbitrary = (formula: fc.Arbitrary<string>): fc.Arbitrary<{ latex: string; sentence: string }> =>
  fc.tuple(proseSentenceArbitrary, formula, proseSentenceArbitrary).map(([before, latex, after]) => ({
    latex,
    // Neutral words on both sides: the `$` signs the damage removes were the only boundary.
    sentence: `${before.slice(0, -1)} we have $${latex}$ here, ${after}`,
  }));
