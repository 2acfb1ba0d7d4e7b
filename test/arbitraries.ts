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
