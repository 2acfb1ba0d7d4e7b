import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, test } from 'vitest';
import { parsePaperDump, parseRecords, ParseResultSchema, tokenize, type Paper } from '../src/index.js';
import { readFixture } from './read-fixture.js';

/** The HTML fixtures with an expected result (see fixtures/html/README.md). */
interface Expected {
  format: string;
  pageDate: Record<string, unknown> | null;
  papers: Record<string, unknown>[];
  diagnostics: string[];
}

const PAIRS = readdirSync(fileURLToPath(new URL('./fixtures/html/', import.meta.url)))
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.slice(0, -'.expected.json'.length))
  .map((name) => ({ sentence: name.replaceAll('-', ' '), name }));

const PAGE = readFixture('html/hf-daily-2026-02-24.html');
const RENDERED = readFixture('html/the-daily-page-without-its-hydration-data-read-from-its-rendered-cards.html');

const pick = (paper: Paper, keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, (paper as unknown as Record<string, unknown>)[key]]));

/** Warnings and errors, as codes. */
const serious = (result: { diagnostics: { severity: string; code: string }[] }) =>
  result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnostic.code);

/** The offset of the `n`th (1-based) occurrence of a string after an offset. */
function nth(text: string, search: string, n: number, from = 0): number {
  let at = from - 1;
  for (let count = 0; count < n; count += 1) at = text.indexOf(search, at + 1);
  return at;
}

describe('HTML pages', () => {
  test('should have the corpus page and its variants', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(4);
  });

  test.each(PAIRS)('$sentence', ({ name }) => {
    const expected = JSON.parse(readFixture(`html/${name}.expected.json`)) as Expected;
    const result = parsePaperDump(readFixture(`html/${name}.html`), { math: 'keep' });
    expect(ParseResultSchema.safeParse(result).success).toBe(true);
    expect(result.format).toBe(expected.format);
    if (expected.pageDate === null) expect(result.pageDate).toBeNull();
    else expect(result.pageDate).toMatchObject(expected.pageDate);
    const keys = Object.keys(expected.papers[0] ?? {});
    expect(result.papers.map((paper) => pick(paper, keys))).toEqual(expected.papers);
    expect(result.papers.every((paper) => paper.source.format === 'html')).toBe(true);
    expect(serious(result)).toEqual(expected.diagnostics);
  });

  test('should read the abstracts, AI summaries and links from the hydration data, and clean their math', () => {
    const paper = parsePaperDump(PAGE).papers.find((candidate) => candidate.arxivId === '2602.18532');
    expect(paper).toMatchObject({
      title: 'VLANeXt: Recipes for Building Strong VLA Models',
      organization: { handle: 'mmlab-ntu', name: 'MMLab@NTU' },
      links: ['https://github.com/DravenALG/VLANeXt', 'https://dravenalg.github.io/VLANeXt/'],
    });
    expect(paper?.abstract).toMatch(/^Following the rise of large foundation models, Vision-Language-Action models/);
    expect(paper?.aiSummary).toMatch(/^Vision-Language-Action models are systematically analyzed/);
  });

  test('should place every hydration record and field where it stands in the HTML source', () => {
    const tokens = tokenize(PAGE);
    const records = tokens.filter((token) => token.kind === 'record');
    expect(records).toHaveLength(25);
    for (const record of records) expect(PAGE.startsWith('{&quot;paper&quot;:{', record.offset)).toBe(true);
    for (const token of tokens.filter((candidate) => candidate.key === 'paper.title')) {
      expect(PAGE.startsWith('&quot;', token.offset)).toBe(true);
      expect(decodeHTMLAttribute(PAGE.slice(token.offset, token.offset + 400))).toContain(JSON.stringify(token.text).slice(0, 20));
    }
    const lines = PAGE.split('\n');
    for (const token of tokens) {
      expect(lines.slice(0, token.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + token.column - 1).toBe(token.offset);
    }
    const { papers, diagnostics } = parsePaperDump(PAGE);
    expect(papers.every((paper) => paper.source.startLine === 87 && paper.source.endLine === 87)).toBe(true);
    // The unknown macro is reported where the abstract that holds it starts.
    const macro = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-macro');
    expect(PAGE.startsWith('&quot;', macro?.offset)).toBe(true);
    expect(PAGE.slice(macro?.offset, PAGE.indexOf('&quot;,', (macro?.offset ?? 0) + 1))).toContain('\\MethodName');
  });

  test('should place every rendered card where its article starts, and its title where its text is', () => {
    const tokens = tokenize(RENDERED);
    const cards = tokens.filter((token) => token.kind === 'element' && token.key === 'card');
    expect(cards).toHaveLength(25);
    for (const card of cards) expect(RENDERED.startsWith('<article', card.offset)).toBe(true);
    for (const title of tokens.filter((token) => token.kind === 'title')) expect(RENDERED.startsWith(title.text, title.offset)).toBe(true);
    const papers = parsePaperDump(RENDERED).papers;
    expect(papers.map((paper) => paper.source.startLine)).toEqual(cards.map((card) => card.line));
  });

  test.each([
    ['CRLF line ends', (text: string) => text.replaceAll('\n', '\r\n')],
    ['lone CR line ends', (text: string) => text.replaceAll('\n', '\r')],
    ['a byte order mark', (text: string) => `\uFEFF${text}`],
  ])('should give the same papers, on the same lines, with %s', (_name, change) => {
    for (const text of [PAGE, RENDERED]) {
      const changed = change(text);
      expect(parsePaperDump(changed).papers).toEqual(parsePaperDump(text).papers);
      const title = tokenize(changed).find((token) => token.kind === 'title' || token.key === 'paper.title');
      expect(changed.slice(title?.offset, (title?.offset ?? 0) + 40)).toMatch(/^(?:&quot;)?A Very Big Video/);
    }
  });

  test('should read the trending page\'s card texts as AI summaries', () => {
    const card = '<article><h3><a href="/papers/2602.20159">A Title</a></h3><p>A model that reasons over videos.</p><a href="https://github.com/o/r"><span>1.2k</span></a></article>';
    const trending = parsePaperDump(`<!DOCTYPE html><html><head><title>Trending Papers - Hugging Face</title></head><body>${card}</body></html>`);
    expect(trending.papers[0]).toMatchObject({ abstract: null, aiSummary: 'A model that reasons over videos.', githubStars: 1200, links: ['https://github.com/o/r'] });
    expect(parsePaperDump(card).papers[0]).toMatchObject({ abstract: 'A model that reasons over videos.', aiSummary: null });
  });

  test('should read a paper\'s own page from its hydration data', () => {
    const props = '{"paper":{"id":"2508.02739","authors":[{"name":"Yu Shi"}],"publishedAt":"2025-08-02T13:15:59.000Z","title":"Kronos: A Foundation Model","summary":"The success of pre-training.","upvotes":44,"githubRepo":"https://github.com/shiyu-coder/Kronos","githubStars":31189},"markdownContentUrl":"https://example.com/paper.md"}';
    const html = `<!DOCTYPE html><html><body><div data-target="PaperContent" data-props="${props.replaceAll('"', '&quot;')}"></div></body></html>`;
    const result = parsePaperDump(html);
    expect(result.format).toBe('html');
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ title: 'Kronos: A Foundation Model', arxivId: '2508.02739', upvotes: 44, githubStars: 31189, authors: ['Yu Shi'], publishedAt: '2025-08-02' });
    expect(html.startsWith('{&quot;paper&quot;', tokenize(html).find((token) => token.kind === 'record')?.offset)).toBe(true);
  });

  test('should read an empty daily page as a paper page without papers', () => {
    const html = '<!DOCTYPE html><div data-target="DailyPapers" data-props="{&quot;dateString&quot;:&quot;2026-02-22&quot;,&quot;dailyPapers&quot;:[]}"></div>';
    const result = parsePaperDump(html);
    expect(result).toMatchObject({ format: 'html', papers: [], pageDate: { date: '2026-02-22' } });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-papers']);
  });

  test('should give the same records to the stages composed by hand, and with the family forced', () => {
    expect(parseRecords(tokenize(PAGE), { format: 'html' }).records).toHaveLength(25);
    expect(parsePaperDump(PAGE, { format: 'html' })).toEqual(parsePaperDump(PAGE));
  });

  test.each([
    ['a text family', 'daily', PAGE, 'The input is HTML, so the daily family cannot read it; no record is made'],
    ['a JSON family', 'api-json', PAGE, 'The input is HTML, so the api-json family cannot read it; no record is made'],
    ['the html family on plain text', 'html', 'A Title\n\nAn abstract. It ends.', 'The input is not HTML, so the html family cannot read it; no record is made'],
    ['the html family on JSON', 'html', '[{"title": "A Title"}]', 'The input is not HTML, so the html family cannot read it; no record is made'],
  ] as const)('should refuse %s forced on the other kind of input with format-mismatch', (_name, format, text, message) => {
    const result = parsePaperDump(text, { format });
    expect(result.papers).toEqual([]);
    expect(result.diagnostics).toEqual([{ severity: 'error', code: 'format-mismatch', message, line: 1, column: 1, offset: 0 }]);
  });
});

describe('HTML that is cut off or nested too deep', () => {
  test('should keep every paper when the page is cut after its hydration data, and say where it is cut', () => {
    const cut = nth(PAGE, '<a href="/papers/', 30) + 5;
    const result = parsePaperDump(PAGE.slice(0, cut));
    expect(result.papers).toHaveLength(25);
    const diagnostic = result.diagnostics.find((candidate) => candidate.code === 'truncated-html');
    expect(diagnostic).toMatchObject({ severity: 'warning', offset: cut });
    expect(diagnostic?.message).toBe(
      `The input ends inside a tag or comment, after \`${PAGE.slice(cut - 40, cut)}\`: the page is cut off there, and what it held after the cut is lost`,
    );
  });

  test('should give no record, and say so, when the page is cut inside its hydration data', () => {
    const result = parsePaperDump(PAGE.slice(0, 100_000));
    expect(result.format).toBe('html');
    expect(result.papers).toEqual([]);
    expect(serious(result)).toEqual(['truncated-html']);
  });

  test('should keep the rendered cards before a cut inside a card\'s first tag', () => {
    const cut = nth(RENDERED, '<article', 10) + 20;
    const result = parsePaperDump(RENDERED.slice(0, cut));
    expect(result.papers).toHaveLength(9);
    expect(serious(result)).toEqual(['truncated-html']);
  });

  test.each([
    ['inside a tag after its title', (text: string) => text.indexOf('#community', nth(text, '<article', 10)) - 5],
    ['in the middle of its title', (text: string) => text.indexOf('Diversity Regularization', nth(text, '<article', 10))],
  ])('should keep the last rendered card cut %s, with truncated-card', (_name, at) => {
    const result = parsePaperDump(RENDERED.slice(0, at(RENDERED)));
    expect(result.papers).toHaveLength(10);
    expect(result.papers[9]?.arxivId).toBe('2602.19895');
    expect(serious(result)).toEqual(['truncated-card']);
    // It points at the card's title.
    const title = RENDERED.indexOf('DSDR: Dual-Scale Diversity Regularization');
    expect(result.diagnostics.find((diagnostic) => diagnostic.code === 'truncated-card')?.offset).toBe(title);
  });

  test('should read a card under 100,000 nested divs', () => {
    const card = '<article><h3><a href="/papers/2602.20159">A Very Big Video Reasoning Suite</a></h3><p>An abstract.</p></article>';
    const result = parsePaperDump(`${'<div>'.repeat(100_000)}${card}`);
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ arxivId: '2602.20159', abstract: 'An abstract.' });
  });

  test('should not throw on 100,000 nested tags with nothing in them', () => {
    const result = parsePaperDump('<div>'.repeat(100_000));
    expect(result.format).toBeNull();
    expect(serious(result)).toEqual(['unknown-format']);
  });
});
