import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parsePaperDump, ParseResultSchema, parseRecords, tokenize, type Paper, type ParseResult } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** What a feed fixture must give: its family, its papers' fields (or those of another fixture), its warning and error codes. */
interface Expected {
  format: string | null;
  papers?: Record<string, unknown>[];
  papersAs?: string;
  diagnostics: string[];
}

const CORPUS_FEED = 'hf-rss-feedgen-2026-05-11';
const FIXTURES = readdirSync(fileURLToPath(new URL('./fixtures/feeds/', import.meta.url)))
  .filter((name) => name.endsWith('.xml'))
  .map((name) => ({ sentence: name.slice(0, -'.xml'.length).replaceAll('-', ' '), name: name.slice(0, -'.xml'.length) }));

const expectedOf = (name: string): Expected => JSON.parse(readFixture(`feeds/${name}.expected.json`)) as Expected;
const papersOf = (name: string): Record<string, unknown>[] => {
  const expected = expectedOf(name);
  return expected.papers ?? papersOf(expected.papersAs as string);
};
const pick = (paper: Paper, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (paper as unknown as Record<string, unknown>)[key]]));
const serious = (result: ParseResult) => result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
const codes = (result: ParseResult) => result.diagnostics.map(({ severity, code }) => ({ severity, code }));

/** A feed of paper pages around its items. */
const rss = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Hugging Face Daily Papers</title>\n<link>https://huggingface.co/papers</link>\n${items}</channel>\n</rss>\n`;
const item = (title: string, id: string, summary = 'An abstract of the paper. It ends here.'): string =>
  `<item>\n<title>${title}</title>\n<link>https://arxiv.org/abs/${id}</link>\n<description>&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; ${summary}&lt;/p&gt;</description>\n<pubDate>Thu, 07 May 2026 00:00:00 +0000</pubDate>\n</item>\n`;

describe('feed fixtures', () => {
  test('should hold the corpus feed and its three variants', () => {
    expect(FIXTURES.map((fixture) => fixture.name)).toContain(CORPUS_FEED);
    expect(FIXTURES.length).toBeGreaterThanOrEqual(4);
  });

  test.each(FIXTURES)('$sentence', ({ name }) => {
    const expected = expectedOf(name);
    const papers = papersOf(name);
    const result = parsePaperDump(readFixture(`feeds/${name}.xml`), { math: 'keep' });
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.format).toBe(expected.format);
    expect(result.papers.map((paper) => pick(paper, Object.keys(papers[0] ?? {})))).toEqual(papers);
    expect(result.papers.every((paper) => paper.source.format === 'feed')).toBe(true);
    expect(serious(result).map((diagnostic) => diagnostic.code)).toEqual(expected.diagnostics);
  });

  test('should read 38 papers from the corpus feed, each with its abstract, authors, upvotes and date', () => {
    const { papers } = parsePaperDump(readFixture(`feeds/${CORPUS_FEED}.xml`));
    expect(papers).toHaveLength(38);
    expect(papers.every((paper) => paper.abstract !== null && paper.authors !== null && paper.upvotes !== null && paper.publishedAt !== null)).toBe(true);
    expect(papers[0]).toMatchObject({ arxivId: '2605.04077', upvotes: 4, authorCount: 11, publishedAt: '2026-04-14', yearInferred: false, comments: null });
  });
});

describe('positions in the XML source', () => {
  const text = readFixture(`feeds/${CORPUS_FEED}.xml`);
  const { records } = parseRecords(tokenize(text));

  test('should start each record at the line of its <item> and end it at the line of </item>', () => {
    const lines = text.split('\n');
    expect(records.map((record) => lines[record.startLine - 1]?.trim())).toEqual(records.map(() => '<item>'));
    expect(records.map((record) => lines[record.endLine - 1]?.trim())).toEqual(records.map(() => '</item>'));
  });

  test('should place each title, abstract, author name, upvote count and date where the source writes it', () => {
    for (const record of records) {
      const fields = [record.title, record.abstract, record.upvotes, record.date, ...(record.authorNames ?? [])];
      for (const field of fields) {
        if (field === null) continue;
        const head = field.text.slice(0, 12);
        // Escaped characters are written longer in the source: compare only heads written as they read.
        if (/[&<>"']/.test(head)) continue;
        expect(text.slice(field.offset, field.offset + head.length)).toBe(head);
        const lineStart = text.lastIndexOf('\n', field.offset - 1) + 1;
        expect({ line: field.line, column: field.column }).toEqual({
          line: text.slice(0, field.offset).split('\n').length,
          column: field.offset - lineStart + 1,
        });
      }
    }
  });

  test('should place the records of a CDATA feed and of an Atom feed in their own source', () => {
    for (const name of [
      'the-same-feed-with-every-description-written-as-cdata-instead-of-escaped-html',
      'the-same-papers-as-an-atom-feed-whose-entries-hold-the-html-in-content',
    ]) {
      const source = readFixture(`feeds/${name}.xml`);
      for (const record of parseRecords(tokenize(source)).records) {
        const abstract = record.abstract?.text.slice(0, 12) ?? '';
        if (!/[&<>"']/.test(abstract)) expect(source.slice(record.abstract?.offset, (record.abstract?.offset ?? 0) + abstract.length)).toBe(abstract);
      }
    }
  });

  test('should put a diagnostic at the item it is about', () => {
    const text = rss(`${item('A Paper', '2605.04077')}<item>\n<title>Our spring sale</title>\n<link>https://example.org/sale</link>\n</item>\n`);
    const diagnostic = parsePaperDump(text).diagnostics.find((found) => found.code === 'non-paper-item');
    expect(diagnostic).toMatchObject({ severity: 'warning', line: 12, column: 1 });
    expect(text.slice(diagnostic?.offset, (diagnostic?.offset ?? 0) + 6)).toBe('<item>');
  });
});

describe('what a feed item gives', () => {
  test.each([
    ['an HF id hidden in the thumbnail, the link elsewhere', '<link>https://example.org/p/1</link><description>&lt;img src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2605.00623.png"/&gt;&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; An abstract. It ends.&lt;/p&gt;</description>', '2605.00623'],
    ['a Hugging Face paper link', '<link>https://huggingface.co/papers/2605.06130</link><description>An abstract. It ends.</description>', '2605.06130'],
    ['an arXiv PDF link with a version', '<link>https://arxiv.org/pdf/2605.06130v2</link><description>An abstract. It ends.</description>', '2605.06130'],
    ['an arXiv OAI identifier as guid', '<guid>oai:arXiv.org:2403.15527v1</guid><description>An abstract. It ends.</description>', '2403.15527'],
  ])('should read the arXiv id from %s', (_name, fields, id) => {
    const { papers } = parsePaperDump(rss(`<item><title>A Paper</title>${fields}</item>\n`));
    expect(papers.map((paper) => paper.arxivId)).toEqual([id]);
  });

  test('should read an AI summary label as aiSummary, a GitHub link as a link, and the Summary label as the abstract', () => {
    const description =
      '&lt;p&gt;&lt;b&gt;Authors:&lt;/b&gt; Ana Souza, Bo Li&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upvotes:&lt;/b&gt; 12&lt;/p&gt;' +
      '&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; We study a thing. It works.&lt;/p&gt;&lt;p&gt;&lt;b&gt;AI summary:&lt;/b&gt; A model does a thing.&lt;/p&gt;' +
      '&lt;p&gt;&lt;a href="https://github.com/example/thing"&gt;Code&lt;/a&gt;&lt;/p&gt;';
    const { papers, diagnostics } = parsePaperDump(rss(`<item><title>A Paper</title><link>https://arxiv.org/abs/2605.04077</link><description>${description}</description></item>\n`));
    expect(papers[0]).toMatchObject({
      abstract: 'We study a thing. It works.',
      aiSummary: 'A model does a thing.',
      authors: ['Ana Souza', 'Bo Li'],
      authorCount: 2,
      upvotes: 12,
      links: ['https://github.com/example/thing'],
    });
    expect(diagnostics).toEqual([]);
  });

  test('should read Atom authors, a plain summary as the abstract, and the published date', () => {
    const atom =
      '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Papers</title><entry><id>http://arxiv.org/abs/2501.01234v1</id>' +
      '<published>2025-01-02T18:00:00Z</published><updated>2025-02-01T00:00:00Z</updated><title>A Paper</title><summary>  An abstract.\n  It ends.</summary>' +
      '<author><name>Ana Souza</name></author><author><name>Bo Li</name></author></entry></feed>';
    expect(parsePaperDump(atom).papers[0]).toMatchObject({
      title: 'A Paper',
      abstract: 'An abstract. It ends.',
      authors: ['Ana Souza', 'Bo Li'],
      authorCount: 2,
      publishedAt: '2025-01-02',
      arxivId: '2501.01234',
    });
  });

  test('should read dc:creator names joined by commas, and an RSS author written as an e-mail address', () => {
    const creators = parsePaperDump(rss('<item><title>A Paper</title><link>https://arxiv.org/abs/2605.04077</link><description>An abstract. It ends.</description><dc:creator>Ana Souza, Bo Li</dc:creator></item>\n'));
    expect(creators.papers[0]?.authors).toEqual(['Ana Souza', 'Bo Li']);
    const author = parsePaperDump(rss('<item><title>A Paper</title><link>https://arxiv.org/abs/2605.04077</link><description>An abstract. It ends.</description><author>ana@example.org (Ana Souza)</author></item>\n'));
    expect(author.papers[0]?.authors).toEqual(['Ana Souza']);
  });

  test('should read HTML that a feed left unescaped in its description', () => {
    const description = '<p><b>Authors:</b> Ana Souza, Bo Li</p><p><b>Summary:</b> We study a thing &amp; more. It works.</p>';
    const { papers, diagnostics } = parsePaperDump(rss(`<item><title>A Paper</title><link>https://arxiv.org/abs/2605.04077</link><description>${description}</description></item>\n`));
    expect(papers[0]).toMatchObject({ abstract: 'We study a thing & more. It works.', authors: ['Ana Souza', 'Bo Li'] });
    expect(diagnostics).toEqual([]);
  });

  test('should give an empty feed of the paper pages no record and no error', () => {
    const result = parsePaperDump(rss(''));
    expect(result.format).toBe('feed');
    expect(result.papers).toEqual([]);
    expect(codes(result)).toEqual([{ severity: 'info', code: 'no-papers' }]);
  });

  test('should skip an item that names no paper, with a warning, and keep the others', () => {
    const result = parsePaperDump(rss(`${item('A Paper', '2605.04077')}<item><title>Our spring sale</title><link>https://example.org/sale</link></item>\n`));
    expect(result.papers.map((paper) => paper.title)).toEqual(['A Paper']);
    expect(codes(result)).toEqual([{ severity: 'warning', code: 'non-paper-item' }]);
  });

  test('should make no record of a paper item without a title, with a warning', () => {
    const result = parsePaperDump(rss(`<item><link>https://arxiv.org/abs/2605.04077</link><description>An abstract. It ends.</description></item>\n`));
    expect(result.papers).toEqual([]);
    expect(codes(result)).toEqual([
      { severity: 'info', code: 'no-papers' },
      { severity: 'warning', code: 'missing-title' },
    ]);
  });

  test('should read a feed the same after a BOM and with CRLF line breaks', () => {
    const text = readFixture(`feeds/${CORPUS_FEED}.xml`);
    const fields = (source: string) => parsePaperDump(source).papers.map(({ raw: _raw, source: _source, ...paper }) => paper);
    const plain = fields(text);
    expect(fields(`\uFEFF${text}`)).toEqual(plain);
    expect(fields(text.replaceAll('\n', '\r\n'))).toEqual(plain);
  });

  test('should read the same papers from a stream as from the whole text', async () => {
    const text = readFixture(`feeds/${CORPUS_FEED}.xml`);
    const { parsePaperStream } = await import('../src/index.js');
    const chunks = (async function* () {
      for (let at = 0; at < text.length; at += 1000) yield text.slice(at, at + 1000);
    })();
    const papers: Paper[] = [];
    for await (const paper of parsePaperStream(chunks, { batchLength: 4096 })) papers.push(paper);
    expect(papers).toEqual(parsePaperDump(text).papers);
  });
});

describe('the format option and feeds', () => {
  test.each([
    ['a feed read as api-json', rss(item('A Paper', '2605.04077')), 'api-json'],
    ['a feed read as daily', rss(item('A Paper', '2605.04077')), 'daily'],
    ['plain text read as a feed', 'A Title\n\nAn abstract. It ends.', 'feed'],
    ['JSON read as a feed', '[{"title": "A Title", "summary": "An abstract."}]', 'feed'],
    ['a sitemap read as a feed', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>', 'feed'],
  ] as const)('should report format-mismatch, not throw, for %s', (_name, text, format) => {
    const result = parsePaperDump(text, { format });
    expect(result.papers).toEqual([]);
    expect(result.format).toBe(format);
    expect(codes(result)).toEqual([{ severity: 'error', code: 'format-mismatch' }]);
  });

  test('should read a feed of another site when the feed family is asked for, skipping items that name no paper', () => {
    const news = '<rss version="2.0"><channel><title>Town News</title><link>https://news.example.org/</link><item><title>Bridge reopens</title><link>https://news.example.org/bridge</link></item></channel></rss>';
    const result = parsePaperDump(news, { format: 'feed' });
    expect(result.format).toBe('feed');
    expect(result.papers).toEqual([]);
    expect(serious(result).map((diagnostic) => diagnostic.code)).toEqual(['non-paper-item']);
  });
});

describe('bad XML', () => {
  const text = readFixture(`feeds/${CORPUS_FEED}.xml`);
  const thirdItem = text.indexOf('<item>', text.indexOf('<item>', text.indexOf('<item>') + 1) + 1);

  test('should keep the complete items of a feed cut off mid-tag, and say where it ends', () => {
    const cut = text.slice(0, text.indexOf('<title>', thirdItem) + '<tit'.length);
    const result = parsePaperDump(cut, { math: 'keep' });
    expect(result.format).toBe('feed');
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2605.04077', '2602.00095']);
    expect(codes(result)).toEqual([{ severity: 'warning', code: 'invalid-xml' }]);
    expect(result.diagnostics[0]?.line).toBe(cut.split('\n').length - 1);
  });

  test('should keep an item cut off after its title and link, as a truncated card', () => {
    const cut = text.slice(0, text.indexOf('<description>', thirdItem) + 300);
    const result = parsePaperDump(cut, { math: 'keep' });
    expect(result.papers).toHaveLength(3);
    expect(result.papers[2]).toMatchObject({ title: 'Recovering Hidden Reward in Diffusion-Based Policies', arxivId: '2605.00623', abstract: null });
    expect(codes(result)).toEqual([{ severity: 'warning', code: 'truncated-card' }]);
  });

  test('should keep every item of a feed cut off after its last item', () => {
    const result = parsePaperDump(text.slice(0, text.lastIndexOf('</channel>')));
    expect(result.papers).toHaveLength(38);
    expect(codes(result)).toEqual([{ severity: 'warning', code: 'invalid-xml' }]);
  });

  /** The billion laughs: ten entities, each ten of the one before. */
  const laughs = (body: string): string => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index === 0 ? '' : index};`.repeat(10)}">`)];
    return `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${entities.join('\n')}\n]>\n${body}\n`;
  };

  test('should not expand a billion-laughs document, and say so', () => {
    const started = performance.now();
    const result = parsePaperDump(laughs('<lolz>&lol9;</lolz>'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.format).toBeNull();
    expect(result.papers).toEqual([]);
    expect(codes(result)).toEqual([
      { severity: 'error', code: 'unknown-format' },
      { severity: 'warning', code: 'invalid-xml' },
    ]);
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'invalid-xml')?.message).toContain('&lol9;');
  });

  test('should keep an entity bomb in a feed item as written, and read the item', () => {
    const result = parsePaperDump(laughs(rss(item('A Paper &lol9;', '2605.04077')).replace(/^<\?xml[^>]*>\n/, '')), { math: 'keep' });
    expect(result.papers.map((paper) => paper.title)).toEqual(['A Paper &lol9;']);
    expect(codes(result)).toEqual([{ severity: 'warning', code: 'invalid-xml' }]);
    expect(result.diagnostics[0]?.message).toContain('never expanded');
  });

  test('should fetch no external entity', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n${rss(item('A Paper &xxe;', '2605.04077')).replace(/^<\?xml[^>]*>\n/, '')}`;
    const result = parsePaperDump(xxe, { math: 'keep' });
    expect(result.papers.map((paper) => paper.title)).toEqual(['A Paper &xxe;']);
  });

  test('should read deeply nested elements and deeply nested HTML without a stack overflow', () => {
    const deepXml = rss(`<item><title>A Paper</title><link>https://arxiv.org/abs/2605.04077</link>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}<description>An abstract. It ends.</description></item>\n`);
    expect(parsePaperDump(deepXml).papers.map((paper) => paper.abstract)).toEqual(['An abstract. It ends.']);
    const deepHtml = rss(item('A Paper', '2605.04077', '&lt;div&gt;'.repeat(50_000)));
    expect(parsePaperDump(deepHtml).papers.map((paper) => paper.title)).toEqual(['A Paper']);
  });

  test('should read on past a stray close tag, with a warning', () => {
    const result = parsePaperDump(rss(`${item('A Paper', '2605.04077')}</oops>${item('Another Paper', '2605.06130')}`));
    expect(result.papers.map((paper) => paper.arxivId)).toEqual(['2605.04077', '2605.06130']);
    expect(serious(result).map((diagnostic) => diagnostic.code)).toEqual(['invalid-xml']);
  });
});
