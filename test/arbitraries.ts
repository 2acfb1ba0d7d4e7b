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

/** One to twelve paper cards with distinct title keys (cards whose titles differ only in case and punctuation are one paper, merged). */
export const papersArbitrary: fc.Arbitrary<GeneratedPaper[]> = fc.uniqueArray(paperArbitrary, {
  minLength: 1,
  maxLength: 12,
  selector: (paper) => titleKey(paper.title),
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

/** Words of snake_case identifiers and names with a digit, command names among them (`in`, `top`, `sim`, `log`, `real`). */
const identifierWords = [
  'num', 'heads', 'in', 'proj', 'to', 'tensor', 'sim', 'score', 'max', 'len', 'top', 'log', 'softmax', 'web', 'page', 'age',
  'model', 'name', 'input', 'output', 'batch', 'size', 'learning', 'rate', 'left', 'right', 'star', 'times', 'real', 'image',
  'data', 'dim', 'min', 'seq', 'end', 'text', 'vec', 'word', 'node', 'dots', 'mid', 'over',
];

/**
 * A sentence that names identifiers (`num_heads`) and digit names (`sim2real`): English, whatever
 * the words, except a multiplier after the digit (`sim2times` is ∼2×).
 */
export const identifierSentenceArbitrary = fc
  .array(
    fc.oneof(
      fc.array(fc.constantFrom(...identifierWords), { minLength: 2, maxLength: 3 }).map((words) => words.join('_')),
      fc
        .tuple(fc.constantFrom(...identifierWords), fc.constantFrom('2', '4'), fc.constantFrom(...identifierWords.filter((word) => word !== 'times')))
        .map((parts) => parts.join('')),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((names) => `we set ${names.join(' and ')} for the run.`);

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

// ---------------------------------------------------------------------------------------------
// Richer papers, for the capture families that carry more than the plain text does
// ---------------------------------------------------------------------------------------------

/**
 * A paper as the richer captures (markdown, extractions, API JSON) show it: a generated paper
 * whose card always has a footer (a date, maybe comments, an author count or organization or
 * neither), plus what only those captures carry.
 *
 * `githubRepo` and `githubStars` are both null or both set: every capture that shows a
 * repository shows it as one link with its star count (`GitHub 11.3k`).
 */
export interface RichPaper extends GeneratedPaper {
  footer: GeneratedFooter;
  /** New-scheme id `YYMM.NNNNN`, YY 20..26; its 5-digit number is unique in a dump. */
  arxivId: string;
  upvotes: number;
  /** How many authors the API lists: `footer.owner.count` when the card shows a count, else any. */
  authorTotal: number;
  githubRepo: string | null;
  /** 0..999 exactly, or 1000..200000 with three significant digits, so that `11.3k` prints it exactly. */
  githubStars: number | null;
  /** One or two sentences. */
  aiSummary: string;
  /** The code URL the abstract's last sentence names (`Code is available at <url>.`), often the card's repository. */
  codeUrl: string | null;
}

/** The key two titles are the same paper by: case, whitespace and punctuation ignored. */
export const titleKey = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The year and month an arXiv id was issued in: `2603.01234` is March 2026. */
export function arxivIdMonth(arxivId: string): { year: number; month: number } {
  return { year: 2000 + Number(arxivId.slice(0, 2)), month: Number(arxivId.slice(2, 4)) };
}

/**
 * The year of a yearless card date, taken from its arXiv id: the year (of the id's year and the
 * ones either side) that puts the month nearest the id's month. Null when two years are equally
 * near (the date is six months from the id's month): the generator leaves those out.
 */
export function yearFromArxivId(month: number, arxivId: string): number | null {
  const issued = arxivIdMonth(arxivId);
  const distances = [issued.year - 1, issued.year, issued.year + 1].map((year) => ({
    year,
    distance: Math.abs(year * 12 + month - (issued.year * 12 + issued.month)),
  }));
  distances.sort((a, b) => a.distance - b.distance);
  const [first, second] = distances as [{ year: number; distance: number }, { year: number; distance: number }];
  return first.distance === second.distance ? null : first.year;
}

/** The year a rich paper's card date is in: written, or implied by its arXiv id. */
export function cardYear(paper: RichPaper): number {
  return paper.footer.date.year ?? (yearFromArxivId(paper.footer.date.month, paper.arxivId) as number);
}

const arxivIdArbitrary = fc
  .tuple(fc.integer({ min: 20, max: 26 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29999 }))
  .map(([year, month, number]) => `${year}${String(month).padStart(2, '0')}.${String(number).padStart(5, '0')}`);

/** GitHub stars that print exactly: 0..999, or three significant digits (`4.51k`, `11.3k`, `152k`). */
export const githubStarsArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 999 }),
  fc.tuple(fc.integer({ min: 100, max: 999 }), fc.constantFrom(10, 100)).map(([digits, scale]) => digits * scale),
  fc.integer({ min: 100, max: 200 }).map((digits) => digits * 1000),
);

/**
 * A repository name: letters and digits, runs of them joined by `.`, `-` or `_` (`llama.cpp`,
 * `my_repo-v2`). A `_` stands between letters or digits, as in real names: `a-_b_-c` would be
 * markdown emphasis.
 */
const repoNameArbitrary = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/),
    fc.array(fc.tuple(fc.constantFrom('.', '-', '_'), fc.stringMatching(/^[A-Za-z0-9]{1,8}$/)), { maxLength: 2 }),
  )
  .map(([head, parts]) => head + parts.map(([separator, part]) => separator + part).join(''));

/** `https://github.com/<owner>/<repo>`, with the characters real names use (no final `.`). */
export const githubRepoArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,14}[A-Za-z0-9]$/), repoNameArbitrary)
  .map(([owner, repo]) => `https://github.com/${owner}/${repo}`);

/** A rich paper (see `RichPaper`); a yearless date is never six months from its id's month. */
export const richPaperArbitrary: fc.Arbitrary<RichPaper> = fc
  .record({
    paper: paperArbitrary,
    footer: footerArbitrary,
    arxivId: arxivIdArbitrary,
    upvotes: fc.integer({ min: 0, max: 999 }),
    otherAuthors: fc.integer({ min: 1, max: 60 }),
    github: fc.option(fc.record({ repo: githubRepoArbitrary, stars: githubStarsArbitrary }), { nil: null }),
    aiSummary: fc.array(sentenceArbitrary, { minLength: 1, maxLength: 2 }).map((sentences) => sentences.join(' ')),
    code: fc.constantFrom('none' as const, 'none' as const, 'repo' as const, 'other' as const),
    otherRepo: githubRepoArbitrary,
  })
  .map(({ paper, footer, arxivId, upvotes, otherAuthors, github, aiSummary, code, otherRepo }) => {
    const codeUrl = code === 'none' ? null : code === 'repo' ? (github?.repo ?? otherRepo) : otherRepo;
    return {
      title: paper.title,
      abstract: codeUrl === null ? paper.abstract : `${paper.abstract} Code is available at ${codeUrl}.`,
      footer,
      arxivId,
      upvotes,
      authorTotal: footer.owner?.kind === 'authors' ? footer.owner.count : otherAuthors,
      githubRepo: github?.repo ?? null,
      githubStars: github?.stars ?? null,
      aiSummary,
      codeUrl,
    };
  })
  .filter((paper) => paper.footer.date.year !== null || yearFromArxivId(paper.footer.date.month, paper.arxivId) !== null);

/** One to eight rich papers: distinct title keys, distinct arXiv numbers. */
export const richPapersArbitrary: fc.Arbitrary<RichPaper[]> = fc.uniqueArray(richPaperArbitrary, {
  minLength: 1,
  maxLength: 8,
  comparator: (a, b) => titleKey(a.title) === titleKey(b.title) || a.arxivId.slice(5) === b.arxivId.slice(5),
});

/** How a capture tool lays a dump out, where the family leaves a choice. */
export interface FamilyStyle {
  /** reference-markdown: the column the text browser wraps at. */
  wrapAt: number;
  /**
   * reference-markdown: inside a ```text fence under a `# Web source` header, with the numbered
   * `References` list; else saved by a clipper, with front matter, no fence and no link targets.
   */
  referenceFence: boolean;
  /** html-extraction: the column abstracts keep the API's raw line breaks at (0: none). */
  abstractWrapAt: number;
  /** trending and html-extraction: keep arXiv's raw line breaks in titles longer than `titleWrapAt`. */
  breakTitles: boolean;
  /** The column arXiv wrapped titles at (60..80). */
  titleWrapAt: number;
  /** inline markdown: author avatars before `N authors` (0..2). */
  avatars: number;
  /** inline markdown: the organization avatar's alt text is its handle (else empty). */
  orgAlt: boolean;
  /** api-json: the array is wrapped in `{ "data": [...] }`. */
  dataWrapper: boolean;
  /** feed: RSS with escaped HTML descriptions (as python-feedgen writes them), RSS with CDATA, or Atom. */
  feedShape: 'escaped' | 'cdata' | 'atom';
  /** feed: the description also holds an `AI summary:` paragraph and the GitHub link. */
  feedExtras: boolean;
  /** html: the page ships its hydration data (`data-props`); else only its rendered cards. */
  htmlHydration: boolean;
}

export const familyStyleArbitrary: fc.Arbitrary<FamilyStyle> = fc.record({
  wrapAt: fc.integer({ min: 60, max: 100 }),
  referenceFence: fc.boolean(),
  abstractWrapAt: fc.oneof(fc.constant(0), fc.integer({ min: 60, max: 100 })),
  breakTitles: fc.boolean(),
  titleWrapAt: fc.integer({ min: 60, max: 80 }),
  avatars: fc.integer({ min: 0, max: 2 }),
  orgAlt: fc.boolean(),
  dataWrapper: fc.boolean(),
  feedShape: fc.constantFrom('escaped' as const, 'cdata' as const, 'atom' as const),
  feedExtras: fc.boolean(),
  htmlHydration: fc.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Hard wraps
// ---------------------------------------------------------------------------------------------

/** Papers to print as a daily page or a listing, and a column from 40 to 120 to fold the dump at. */
export const wrappedDumpArbitrary = fc.record({
  papers: papersArbitrary,
  format: fc.constantFrom('daily' as const, 'listing' as const),
  width: fc.integer({ min: 40, max: 120 }),
});

// ---------------------------------------------------------------------------------------------
// JSON objects that are no paper
// ---------------------------------------------------------------------------------------------

/**
 * A JSON object with no paper evidence: titles, names, descriptions, counts, dates, tags,
 * numeric ids, links to other sites and empty author lists, maybe under `paper` or `details`,
 * but never an abstract or summary, an arXiv id or a paper link, or an author.
 */
const evidenceFreeScalar = fc.oneof(
  titleArbitrary,
  fc.integer({ min: -1_000, max: 1_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2025-09-18', 'yesterday', 'Mar 6', ''),
);

const evidenceFreeFields = fc.record(
  {
    title: fc.oneof(titleArbitrary, fc.constant('')),
    name: titleArbitrary,
    description: abstractArbitrary,
    id: fc.integer({ min: 0, max: 99_999 }),
    url: word.map((path) => `https://example.com/${path}`),
    link: word.map((path) => `https://github.com/example/${path}`),
    date: fc.constantFrom('2025-09-18', '2026-02-24T10:00:00Z'),
    likes: fc.nat(),
    stars: fc.nat().map(String),
    authors: fc.constant([]),
    tags: fc.array(word, { maxLength: 4 }),
    extra: fc.dictionary(word, evidenceFreeScalar, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

export const evidenceFreeObjectArbitrary: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  evidenceFreeFields,
  evidenceFreeFields.map((fields) => ({ paper: fields })),
  fc.tuple(evidenceFreeFields, evidenceFreeFields).map(([fields, details]) => ({ ...fields, details })),
);

/** How a list of objects is written as JSON: bare, in one of the wrapping members, or as JSON Lines. */
export const jsonListLayoutArbitrary = fc.constantFrom('array' as const, 'data' as const, 'papers' as const, 'items' as const, 'results' as const, 'lines' as const);

// ---------------------------------------------------------------------------------------------
// Text that is no listing
// ---------------------------------------------------------------------------------------------

/** Sentences of everyday English prose: a story, a letter, a recipe, a notice. */
const everydaySentences = [
  'The weather turned cold in the evening.',
  'We walked home along the river and talked about the summer.',
  'She opened the window, and the smell of rain filled the kitchen.',
  'Nobody expected the train to be on time, but it was.',
  'Add the flour slowly and stir until the batter is smooth.',
  'Bake it for forty minutes, then let it cool on a rack.',
  'The library will be closed on Monday for repairs.',
  'Please return your books before the end of the month.',
  'My grandfather kept bees behind the old barn for many years.',
  'In the morning the fog lifted and the hills came into view.',
  'He wrote a long letter to his sister and never sent it.',
  'The children played in the garden until it was dark.',
  'Thank you for your kind note; it arrived just before the holidays.',
  'The market sells fresh bread, cheese and apples every Saturday.',
  'After dinner we sat by the fire and listened to the wind.',
  'The old bridge was painted green again last spring.',
];

/** Short lines of everyday words that look like headings: `A Walk by the River`. */
const everydayHeadings = ['A Walk by the River', 'Notes From the Garden', 'Apple Cake', 'Opening Hours', 'Dear Anna', 'The Old Barn', 'Chapter Two'];

/**
 * Text made of English prose lines: paragraphs of one to four everyday sentences, some with a
 * heading-like line before them, lines hard-wrapped or not, separated by blank lines or not.
 */
export const everydayProseArbitrary: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      heading: fc.option(fc.constantFrom(...everydayHeadings), { nil: null }),
      sentences: fc.array(fc.constantFrom(...everydaySentences), { minLength: 1, maxLength: 4 }),
      blankAfter: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((paragraphs) =>
    paragraphs
      .map(({ heading, sentences, blankAfter }) => `${heading === null ? '' : `${heading}\n\n`}${sentences.join(' ')}\n${blankAfter ? '\n' : ''}`)
      .join(''),
  );
