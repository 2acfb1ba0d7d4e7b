import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePaperDump } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** Inputs that look a little like a dump but hold no card: each must give no record. */
const NEAR_MISSES: [string, string][] = [
  ['an empty text', ''],
  ['only whitespace', ' \n\t\n\u00a0\r\n'],
  ['only page chrome', 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community'],
  ['chrome and a page date', 'Daily Papers\n\nApr 20\n\n'],
  ['a footer with no card', '  • 4 authors\n·\nSep 18, 2025'],
  ['footer parts alone', '·\n\n·\n\nMar 6 3'],
  ['front matter only', '---\ntitle: Daily Papers\nurl: https://huggingface.co/papers\n---'],
  ['a capture header only', 'Title: Daily Papers\nURL Source: https://huggingface.co/papers\nMarkdown Content:'],
  ['site navigation only', 'Hugging Face\nModels\nDatasets\nSpaces\nPosts\nDocs\nPricing\nLog In\nSign Up'],
  ['a glued chrome word and nothing after it', 'Get trending papers in your email inbox!Subscribe'],
  ['markdown headings of the page only', '# Daily Papers\n\n## by [AK](https://huggingface.co/akhaliq) and the research community'],
  ['an upvote box with no title after it', '[101](https://huggingface.co/login?next=%2Fpapers%2F2606.00683)'],
  ['a capture header and a fence around nothing', 'Title: Daily Papers\nURL Source: https://huggingface.co/papers\n\n```text\n```'],
  ['link targets alone on their lines', 'https://huggingface.co/\n\nhttps://huggingface.co/models\n\nhttps://huggingface.co/login'],
  ['an empty JSON list', '[]'],
  ['an empty papers API object', '{"data": []}'],
  ['an empty scraper object', '{"date": "2024-09-18", "papers": []}'],
];

const DISHES = ['Tomato Soup', 'Lemon Risotto', 'Green Curry', 'Apple Pie', 'Bean Chili', 'Pancakes'] as const;

/** 30 recipes as a recipe site's export writes them: each with a title, a description, a link and an author. */
const RECIPES = Array.from({ length: 30 }, (_, index) => {
  const dish = DISHES[index % DISHES.length] as string;
  return {
    title: `${dish} No. ${index + 1}`,
    description: `A quick ${dish.toLowerCase()} for weeknights. It serves four and keeps for two days.`,
    servings: 4,
    ingredients: ['2 onions', '1 tbsp olive oil', 'salt'],
    steps: ['Chop the onions.', 'Cook them in the oil until soft.', 'Season and serve.'],
    url: `https://recipes.example.com/${index + 1}`,
    author: 'Jane Doe',
    published: '2025-09-18',
    likes: index * 3,
  };
});

/** A package manifest: a name, a description, an author, a repository. */
const PACKAGE = {
  name: 'paperdump',
  version: '0.1.0',
  description: 'Parse scraped Hugging Face paper listings into typed, validated, clean records.',
  keywords: ['huggingface', 'papers', 'arxiv'],
  author: 'The paperdump maintainers',
  license: 'MIT',
  repository: { type: 'git', url: 'https://github.com/example/paperdump' },
  engines: { node: '>=20' },
};

/** Inputs that show nothing of the paper pages and hold no card: no family claims them. */
const NOT_LISTINGS: [string, string][] = [
  ['only a date', 'Apr 20'],
  ['an abstract with no title', 'We study scaling laws of language models. They hold over seven orders of magnitude.'],
  ['a truncation marker', '[Content truncated]'],
  ['a licence', 'MIT License\n\nCopyright (c) 2026 Jane Doe\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software, to deal in the Software without restriction.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.'],
  ['a changelog', '# Changelog\n\n## 2.1.0\n\n- Add the `--jobs` option.\n- Fix a crash on empty input.\n\n## 2.0.0\n\n- Drop support for Node 18.'],
  ['a README', '# fast-thing\n\nA small library that does one thing fast.\n\n## Install\n\n```sh\nnpm install fast-thing\n```\n\n## Usage\n\nCall `thing()` and read what it returns. It never throws.'],
  ['source code', "import { readFile } from 'node:fs/promises';\n\nexport async function load(path) {\n  const text = await readFile(path, 'utf8');\n  return JSON.parse(text);\n}"],
  ['CSV', 'title,abstract,year\nScaling Laws,We study scaling.,2020\nAttention,We propose a model.,2017'],
  ['a markdown page of the site\'s navigation links', '* [Models](https://huggingface.co/models)\n* [Datasets](https://huggingface.co/datasets)\n* [Log In](https://huggingface.co/login)'],
  ['English prose', 'The weather turned cold in the evening. We walked home along the river.\n\nA Short Walk\n\nThe dog ran ahead and waited at the bridge. Nobody else was out.'],
];

describe('near misses', () => {
  test.each(NOT_LISTINGS)('should make no record of %s, and say with an error what it looked like', (_name, text) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.format).toBeNull();
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'unknown-format' }]);
  });

  test.each(['GPL-3', 'acorn-CHANGELOG.md', 'cac-README.md', 'ms-index.js', 'papers-table.csv'])(
    'should make no record of the file %s, which is no listing, and give one unknown-format error',
    (name) => {
      const result = parsePaperDump(readFixture(`near-misses/${name}`));
      expect(result.papers).toEqual([]);
      expect(result.diagnostics.map(({ code }) => code)).toEqual(['unknown-format']);
    },
  );

  test.each(['LICENSE', 'src/index.ts', 'README.md'])('should make no record of this project\'s own %s', (path) => {
    const result = parsePaperDump(readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8'));
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.map(({ code }) => code)).toEqual(['unknown-format']);
  });

  test.each([
    ['CSV', 'title,abstract,year\nScaling Laws,We study scaling.,2020\nAttention,We propose a model.,2017', 'CSV (3 rows of 3 fields)'],
    ['source code', "import { readFile } from 'node:fs/promises';\n\nexport async function load(path) {\n  return readFile(path);\n}", 'source code (4 lines)'],
    ['a markdown document', '# fast-thing\n\n- one\n- [two](https://example.org/two)\n\nA line of text.', 'a markdown document'],
    ['plain text', 'The weather turned cold in the evening.', 'plain text (1 line'],
  ])('should say that %s looks like %s', (_name, text, description) => {
    expect(parsePaperDump(text).diagnostics[0]?.message).toContain(`looks like ${description}`);
  });

  test.each(NEAR_MISSES)('should make no record of %s', (_name, text) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.diagnostics.some((diagnostic) => diagnostic.code === 'no-papers')).toBe(true);
  });

  test.each([
    ['a list of Python-repr strings', `["{'title': 'OmniGen', 'url': 'https://huggingface.co/papers/2409.11340'}"]`],
    ['a list of numbers', '[1, 2, 3]'],
    ['an object of another shape', '{"items": [{"name": "x"}]}'],
    ['a list of 30 recipes with titles and descriptions', JSON.stringify(RECIPES, null, 2)],
    ['30 recipes wrapped in results', JSON.stringify({ count: 30, results: RECIPES })],
    ['30 recipes as JSON Lines', RECIPES.map((recipe) => JSON.stringify(recipe)).join('\n')],
    ['a package.json', JSON.stringify(PACKAGE, null, 2)],
    ['a list of package.json-like objects', JSON.stringify([PACKAGE, { ...PACKAGE, name: 'paperdump-cli', description: 'The command line of paperdump.' }], null, 2)],
    ['a list of paper titles as strings', JSON.stringify(['Attention Is All You Need', 'SAIL-VL2 Technical Report', 'GenExam: A Multidisciplinary Text-to-Image Exam'])],
  ])('should make no record of JSON that holds no paper (%s), with one unknown-format error and no family', (_name, text) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.format).toBeNull();
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'unknown-format' }]);
  });

  test('should say what the JSON holds in the unknown-format message', () => {
    const [diagnostic] = parsePaperDump(JSON.stringify(RECIPES, null, 2)).diagnostics;
    expect(diagnostic?.message).toBe(
      'No family claims this input: it is a JSON list of 30 entries, objects with the keys "title", "description", "servings", "ingredients", "steps", "url", ..., and none of them is a paper (a paper is an object with a title and an abstract, an arXiv id or paper link, or authors); no record is made',
    );
  });

  test.each([
    [
      'a news RSS feed',
      '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Town News</title>\n<link>https://news.example.org/</link>\n' +
        '<item>\n<title>Bridge reopens after repairs</title>\n<link>https://news.example.org/bridge</link>\n<description>&lt;p&gt;The bridge is open again. Traffic flows.&lt;/p&gt;</description>\n<pubDate>Thu, 07 May 2026 08:00:00 +0000</pubDate>\n</item>\n' +
        '<item>\n<title>Library extends its hours</title>\n<link>https://news.example.org/library</link>\n<description>Open until nine on weekdays.</description>\n</item>\n</channel>\n</rss>\n',
      'an XML feed of another site ("Town News", https://news.example.org/): none of its 2 items links a Hugging Face or arXiv paper',
    ],
    [
      'an Atom feed of a blog',
      '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>A Gardening Blog</title>\n<link href="https://blog.example.org/"/>\n<id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>\n' +
        '<entry>\n<title>Tomatoes in May</title>\n<link href="https://blog.example.org/tomatoes"/>\n<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>\n<updated>2026-05-07T18:30:02Z</updated>\n<summary>Plant them after the last frost.</summary>\n</entry>\n</feed>\n',
      'an XML feed of another site ("A Gardening Blog", https://blog.example.org/): its one entry links no Hugging Face or arXiv paper',
    ],
    [
      'a sitemap',
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url>\n<loc>https://huggingface.co/papers/2605.04077</loc>\n<lastmod>2026-05-07</lastmod>\n</url>\n</urlset>\n',
      'an XML document of another kind (its root element is <urlset>)',
    ],
  ])('should make no record of XML that is no feed of the paper pages (%s), with an unknown-format error', (_name, text, seen) => {
    const result = parsePaperDump(text);
    expect(result.papers).toEqual([]);
    expect(result.format).toBeNull();
    expect(result.diagnostics.map(({ severity, code }) => ({ severity, code }))).toEqual([{ severity: 'error', code: 'unknown-format' }]);
    expect(result.diagnostics[0]?.message).toContain(seen);
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
