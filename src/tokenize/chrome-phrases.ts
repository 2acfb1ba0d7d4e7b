/**
 * Page chrome of the Hugging Face paper pages: lines that are never part of a card.
 * Data only; `classify-line.ts` holds the logic that uses it (docs/families.md#chrome).
 */

/** Whole lines that are page chrome (compared after trimming, exactly). */
export const CHROME_LINES: ReadonlySet<string> = new Set([
  // The daily page's header.
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'by AK and the research community',
  'Daily',
  'Weekly',
  'Monthly',
  'Trending Papers',
  'Trending',
  'Previous',
  'Next',
  'Load more',
  '[Content truncated]',
  // Site navigation.
  'Hugging Face',
  'Models',
  'Datasets',
  'Spaces',
  'Posts',
  'Docs',
  'Enterprise',
  'Pricing',
  'Log In',
  'Sign Up',
  'Login',
  'Signup',
  // Site footer.
  'System theme',
  'Company',
  'TOS',
  'Privacy',
  'About',
  'Jobs',
  'Careers',
  'Website',
  'Changelog',
]);

/**
 * Chrome lines that only the Hugging Face site writes: evidence that the input is a capture of
 * its paper pages, even one that holds no card (docs/families.md#detection).
 */
export const SITE_CHROME_LINES: ReadonlySet<string> = new Set([
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Daily Papers',
  'byAK and the research community',
  'by AK and the research community',
  'Trending Papers',
  'Hugging Face',
]);

/**
 * Chrome that capture tools glue to the start of the next line (`SubscribeDreamPropeller: ...`).
 * Longest first, so that a longer phrase wins over its own prefix.
 */
export const GLUED_CHROME_PREFIXES: readonly string[] = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'Subscribe',
];
