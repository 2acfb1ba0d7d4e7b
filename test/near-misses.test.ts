import { describe, expect, test } from 'vitest';
import { parsePaperDump } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** Inputs that look a little like a dump but hold no card: each must give no record. */
const NEAR_MISSES: [string, string][] = [
  ['an empty text', ''],
  ['only whitespace', ' \n\t\n\u00a0\r\n'],
  ['only page chrome', 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community'],
  ['only a page date', 'Apr 20'],
  ['chrome and a page date', 'Daily Papers\n\nApr 20\n\n'],
  ['a footer with no card', '  • 4 authors\n·\nSep 18, 2025'],
  ['footer parts alone', '·\n\n·\n\nMar 6 3'],
  ['an abstract with no title', 'We study scaling laws of language models. They hold over seven orders of magnitude.'],
  ['front matter only', '---\ntitle: Daily Papers\nurl: https://huggingface.co/papers\n---'],
  ['a capture header only', 'Title: Daily Papers\nURL Source: https://huggingface.co/papers\nMarkdown Content:'],
  ['site navigation only', 'Hugging Face\nModels\nDatasets\nSpaces\nPosts\nDocs\nPricing\nLog In\nSign Up'],
  ['a truncation marker', '[Content truncated]'],
  ['a glued chrome word and nothing after it', 'Get trending papers in your email inbox!Subscribe'],
  ['a markdown page of navigation links', '* [Models](https://huggingface.co/models)\n* [Datasets](https://huggingface.co/datasets)\n* [Log In](https://huggingface.co/login)'],
  ['markdown headings of the page only', '# Daily Papers\n\n## by [AK](https://huggingface.co/akhaliq) and the research community'],
  ['an upvote box with no title after it', '[101](https://huggingface.co/login?next=%2Fpapers%2F2606.00683)'],
  ['a capture header and a fence around nothing', 'Title: Daily Papers\nURL Source: https://huggingface.co/papers\n\n```text\n```'],
  ['link targets alone on their lines', 'https://huggingface.co/\n\nhttps://huggingface.co/models\n\nhttps://huggingface.co/login'],
  ['an empty JSON list', '[]'],
  ['an empty papers API object', '{"data": []}'],
  ['an empty scraper object', '{"date": "2024-09-18", "papers": []}'],
];

describe('near misses', () => {
  test.each(NEAR_MISSES)('should make no record of %s', (_name, text) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === 'no-papers')).toBe(true);
  });

  test.each([
    ['a list of Python-repr strings', `["{'title': 'OmniGen', 'url': 'https://huggingface.co/papers/2409.11340'}"]`],
    ['a list of numbers', '[1, 2, 3]'],
    ['an object of another shape', '{"items": [{"name": "x"}]}'],
  ])('should make no record of JSON of another shape (%s), with an error', (_name, text) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'invalid-json-shape' }]);
  });

  test.each([
    ['a test page of another project (KaTeX, from node_modules)', readFixture('html/katex-auto-render-index.html'), 'Auto-render test'],
    ['a blog index whose articles link to posts and to arXiv', readFixture('html/a-blog-index-whose-articles-link-to-posts-and-to-arxiv-not-to-paper-pages.html'), 'Reading group notes'],
    ['a fragment of a page of links to posts', '<ul><li><h3><a href="/blog/a">A post</a></h3></li><li><a href="/papers">Papers</a></li></ul>', null],
    ['a page whose hydration data holds no paper', '<!DOCTYPE html><div data-target="MainHeader" data-props="{&quot;title&quot;:&quot;Models&quot;,&quot;items&quot;:[{&quot;title&quot;:&quot;A model&quot;}]}"></div>', null],
  ])('should make no record of an HTML page that shows no paper (%s), with unknown-format', (_name, text, title) => {
    const result = parsePaperDump(text);
    expect(result.format).toBeNull();
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'unknown-format' }]);
    expect(result.diagnostics[0]?.message).toMatch(title === null ? /^The input is an HTML page that/ : new RegExp(`^The input is an HTML page \\("${title}"\\)`));
  });

  test('should say where the lines that fit no card are', () => {
    const { diagnostics } = parsePaperDump('Daily Papers\n\nApr 20\n\n  • 4 authors\n·\nSep 18, 2025\n\nWe study scaling laws. They hold.');
    expect(diagnostics.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'no-papers', line: 1 },
      { code: 'orphan-footer', line: 5 },
      { code: 'orphan-footer', line: 6 },
      { code: 'orphan-footer', line: 7 },
      { code: 'missing-title', line: 9 },
    ]);
  });
});
