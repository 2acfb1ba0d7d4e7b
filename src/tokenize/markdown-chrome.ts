/**
 * Page chrome that only markdown and HTML-derived captures carry. Data only; the logic that
 * uses it is in `tokenize-markdown.ts` (docs/families.md#chrome).
 */

/** Whole lines (visible text, trimmed) that are chrome in markdown captures. */
export const MARKDOWN_CHROME_LINES: ReadonlySet<string> = new Set([
  'References',
  'by',
  'AK',
  'and the research community',
  'Visible links',
  'Hidden links',
  'Extracted Text',
  'Web source',
  'Trending Papers ranked by GitHub stars activity',
  'Submitted by',
  'Buckets new',
  'Collections',
  'Organizations',
  'Languages',
  'Tasks',
  'HuggingChat',
  'Community',
  'Solutions',
  'Blog',
  'Learn',
  'Discord',
  'Forum',
  'GitHub',
  'Team & Enterprise',
  'Hugging Face PRO',
  'Enterprise Support',
  'Inference Providers',
  'Inference Endpoints',
  'Storage Buckets',
  'Daily Papers - Hugging Face',
  '- [x]',
  'Upvote',
  '[-]',
]);

/**
 * Path segments of `huggingface.co/<segment>` that are site pages, not organizations or users.
 */
export const SITE_PATHS: ReadonlySet<string> = new Set([
  'papers',
  'login',
  'join',
  'models',
  'datasets',
  'spaces',
  'docs',
  'enterprise',
  'pricing',
  'blog',
  'posts',
  'learn',
  'storage',
  'collections',
  'organizations',
  'tasks',
  'chat',
  'terms-of-service',
  'privacy',
  'settings',
  'search',
  'front',
  'avatars',
]);
