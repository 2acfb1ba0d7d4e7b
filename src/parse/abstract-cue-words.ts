/**
 * Words that the abstracts of research papers use and licences, READMEs, changelogs and code
 * rarely do: what a paper claims, how it is built, how it is measured. Data only;
 * `paper-evidence.ts` holds the logic that uses it (docs/families.md#detection).
 */
export const ABSTRACT_CUE_WORDS: ReadonlySet<string> = new Set([
  // What a paper claims and how it is measured.
  'accuracy', 'achieve', 'achieves', 'analysis', 'baseline', 'baselines', 'benchmark', 'benchmarks',
  'demonstrate', 'demonstrates', 'empirical', 'empirically', 'evaluate', 'evaluation', 'experiments',
  'experimental', 'improves', 'introduce', 'novel', 'outperform', 'outperforms', 'paper', 'performance',
  'propose', 'proposed', 'present', 'results', 'show', 'state-of-the-art', 'study', 'theoretical',
  // How it is built.
  'algorithm', 'algorithms', 'approach', 'approaches', 'architecture', 'dataset', 'datasets', 'framework',
  'learning', 'method', 'methods', 'model', 'models', 'neural', 'task', 'tasks', 'training', 'trained',
  // Mathematics and the sciences.
  'approximation', 'asymptotic', 'bound', 'bounds', 'convergence', 'distribution', 'equation', 'equations',
  'estimate', 'estimates', 'estimation', 'optimal', 'parameters', 'prove', 'quantum', 'simulations',
  'stochastic', 'theorem', 'theory',
]);
