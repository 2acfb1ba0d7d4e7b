import { describe, expect, test } from 'vitest';
import { readJsonRecords } from '../src/parse/read-json-records.js';
import { tokenizeJson, tokenizeJsonLines } from '../src/tokenize/tokenize-json.js';
import { parseArxivId, parsePaperIdInUrl } from '../src/text/link-patterns.js';
import { RawRecordSchema, type RawField, type RawRecord } from '../src/schema.js';
import { readFixture } from './read-fixture.js';

const API_2025 = readFixture('json/api-daily-papers-2025-09-18.json');
const API_2026 = readFixture('json/api-daily-papers-2026-08-20.json');
const SCRAPER = readFixture('json/scraper-output-2024-09-18.json');

/** Read a text's records as the JSON families do; null when the text is no JSON object or array. */
const parseJsonDump = (text: string) => {
  const tokens = tokenizeJson(text);
  return tokens === null ? null : readJsonRecords(tokens);
};

/** Parse a text that must be JSON of a known shape. */
const parseDump = (text: string) => {
  const dump = parseJsonDump(text);
  if (dump === null) throw new Error('expected JSON');
  return dump;
};

/** The hand-checkable parts of a raw record: field texts, organization, id, links and lines. */
const summarize = (record: RawRecord) => ({
  title: record.title.text,
  arxivId: record.arxivId,
  upvotes: record.upvotes?.text ?? null,
  comments: record.comments?.text ?? null,
  authors: record.authors?.text ?? null,
  organization: record.organization === null ? null : { text: record.organization.text, handle: record.organization.handle },
  date: record.date?.text ?? null,
  githubStars: record.githubStars?.text ?? null,
  links: record.links,
  hasAbstract: record.abstract !== null,
  hasAiSummary: record.aiSummary !== null,
  lines: [record.startLine, record.endLine],
});

/** 1-based line and column of an offset, counted independently of the parser (CRLF, LF, CR). */
const lineAndColumn = (text: string, offset: number) => {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1] as string).length + 1 };
};

/** The physical lines of a text. */
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);

describe('the corpus JSON captures', () => {
  test.each([
    { file: 'api-daily-papers-2025-09-18.json', text: API_2025, format: 'api-json', pageDate: null, records: 8 },
    { file: 'api-daily-papers-2026-08-20.json', text: API_2026, format: 'api-json', pageDate: null, records: 15 },
    { file: 'scraper-output-2024-09-18.json', text: SCRAPER, format: 'scraper-json', pageDate: '2024-09-18', records: 16 },
  ])('should read $file as $format with $records records and no diagnostics', ({ text, format, pageDate, records }) => {
    const dump = parseDump(text);
    expect(dump.format).toBe(format);
    expect(dump.pageDate?.text ?? null).toBe(pageDate);
    expect(dump.records).toHaveLength(records);
    expect(dump.diagnostics).toEqual([]);
    for (const record of dump.records) expect(RawRecordSchema.safeParse(record).success).toBe(true);
  });

  test.each([
    {
      name: 'the first record of 2025-09-18',
      text: API_2025,
      index: 0,
      expected: {
        title: 'SAIL-VL2 Technical Report',
        arxivId: '2509.14033',
        upvotes: '20',
        comments: '1',
        authors: '14 authors',
        organization: null,
        date: '2025-09-17T14:34:02.000Z',
        githubStars: null,
        links: [],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [2, 135],
      },
    },
    {
      name: 'the GitHub record of 2025-09-18',
      text: API_2025,
      index: 1,
      expected: {
        title: 'GenExam: A Multidisciplinary Text-to-Image Exam',
        arxivId: '2509.14232',
        upvotes: '12',
        comments: '1',
        authors: '8 authors',
        organization: null,
        date: '2025-09-17T17:59:14.000Z',
        githubStars: '10',
        links: ['https://github.com/OpenGVLab/GenExam'],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [136, 230],
      },
    },
    {
      name: 'the last record of 2025-09-18',
      text: API_2025,
      index: 7,
      expected: {
        title: 'MARS2 2025 Challenge on Multimodal Reasoning: Datasets, Methods,\n  Results, Discussion, and Outlook',
        arxivId: '2509.14142',
        upvotes: '0',
        comments: '1',
        authors: '128 authors',
        organization: null,
        date: '2025-09-17T16:21:34.000Z',
        githubStars: null,
        links: ['https://github.com/mars2workshop/'],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [781, 1480],
      },
    },
    {
      name: 'the first record of 2026-08-20',
      text: API_2026,
      index: 0,
      expected: {
        title: 'Zetta ζ: An Efficient Closed-Loop Embodied Harness for Self-Evolving Physical Intelligence',
        arxivId: '2608.16590',
        upvotes: '92',
        comments: '1',
        authors: '15 authors',
        organization: null,
        date: '2026-08-17T00:00:00.000Z',
        githubStars: '152',
        links: ['https://github.com/air-embodied-brain/Zetta-Embodiment', 'https://air-embodied-brain.github.io/zetta/'],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [2, 146],
      },
    },
    {
      name: 'the first organization record of 2026-08-20',
      text: API_2026,
      index: 1,
      expected: {
        title: 'Co-RL: Unsupervised Reasoning Emerges from Diverse Cohort in Multi-agent RL',
        arxivId: '2608.17253',
        upvotes: '74',
        comments: '1',
        authors: '9 authors',
        organization: { text: 'University of California at San Diego', handle: 'UCSanDiego' },
        date: '2026-08-19T00:00:00.000Z',
        githubStars: '1',
        links: ['https://github.com/DrStranded/Co-RL', 'https://drstranded.github.io/Co-RL'],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [147, 262],
      },
    },
    {
      name: 'the last record of 2026-08-20',
      text: API_2026,
      index: 14,
      expected: {
        title: 'The More Popular, The Harder to Forget: Adaptive Popularity for LLM Unlearning',
        arxivId: '2608.14229',
        upvotes: '0',
        comments: '1',
        authors: '4 authors',
        organization: null,
        date: '2026-08-14T00:00:00.000Z',
        githubStars: null,
        links: [],
        hasAbstract: true,
        hasAiSummary: true,
        lines: [1556, 1632],
      },
    },
    {
      name: 'the first record of the scraper',
      text: SCRAPER,
      index: 0,
      expected: {
        title: 'OmniGen: Unified Image Generation',
        arxivId: '2409.11340',
        upvotes: '107',
        comments: null,
        authors: '1 authors',
        organization: null,
        date: null,
        githubStars: null,
        links: [],
        hasAbstract: true,
        hasAiSummary: false,
        lines: [4, 13],
      },
    },
    {
      name: 'the last record of the scraper',
      text: SCRAPER,
      index: 15,
      expected: {
        title: 'PDMX: A Large-Scale Public Domain MusicXML Dataset for Symbolic Music Processing',
        arxivId: '2409.10831',
        upvotes: '4',
        comments: null,
        authors: '1 authors',
        organization: null,
        date: null,
        githubStars: null,
        links: [],
        hasAbstract: true,
        hasAiSummary: false,
        lines: [190, 199],
      },
    },
  ])('should read $name', ({ text, index, expected }) => {
    expect(summarize(parseDump(text).records[index] as RawRecord)).toEqual(expected);
  });

  test.each([
    { file: '2025-09-18', text: API_2025, upvotes: [20, 12, 5, 2, 2, 1, 1, 0], comments: [1, 1, 1, 1, 1, 1, 1, 1] },
    {
      file: '2026-08-20',
      text: API_2026,
      upvotes: [92, 74, 59, 59, 54, 30, 23, 15, 13, 12, 12, 12, 12, 2, 0],
      comments: [1, 1, 1, 1, 2, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1],
    },
  ])('should read every upvote and comment count of the API capture of $file', ({ text, upvotes, comments }) => {
    const { records } = parseDump(text);
    expect(records.map((record) => record.upvotes?.text)).toEqual(upvotes.map(String));
    expect(records.map((record) => record.comments?.text)).toEqual(comments.map(String));
  });

  test('should take the paper date, not the record date that is four hours earlier', () => {
    // 2608.17253: the record says 2026-08-18T20:00Z, the paper (and the card) Aug 19.
    expect(parseDump(API_2026).records[1]?.date?.text).toBe('2026-08-19T00:00:00.000Z');
  });

  test('should read the page date of the scraper output where it stands', () => {
    expect(parseDump(SCRAPER).pageDate).toEqual({ text: '2024-09-18', line: 2, column: 11, offset: 12 });
  });

  test.each([
    ['api-daily-papers-2025-09-18.json', API_2025],
    ['api-daily-papers-2026-08-20.json', API_2026],
    ['scraper-output-2024-09-18.json', SCRAPER],
  ])('should point every record of %s at its braces and every field at its value', (_file, text) => {
    const lines = linesOf(text);
    for (const record of parseDump(text).records) {
      expect(lines[record.startLine - 1]?.trim()).toBe('{');
      expect(lines[record.endLine - 1]?.trim()).toMatch(/^},?$/);
      const fields = [record.title, record.abstract, record.aiSummary, record.date, record.upvotes, record.comments];
      for (const field of fields.filter((candidate): candidate is RawField => candidate !== null)) {
        expect(lineAndColumn(text, field.offset)).toEqual({ line: field.line, column: field.column });
        expect(field.line).toBeGreaterThanOrEqual(record.startLine);
        expect(field.line).toBeLessThanOrEqual(record.endLine);
      }
      expect(text.startsWith(JSON.stringify(record.title.text), record.title.offset)).toBe(true);
      if (record.upvotes !== null) expect(text.startsWith(record.upvotes.text, record.upvotes.offset)).toBe(true);
      if (record.authors !== null) expect(text[record.authors.offset]).toBe('[');
    }
  });

  test('should point an organization at its display name', () => {
    const organization = parseDump(API_2026).records[1]?.organization;
    expect(organization?.offset).toBeDefined();
    expect(text2026At(organization?.offset ?? 0)).toBe('"University of California at San Diego"');
  });
});

/** The JSON string value that starts at an offset of the 2026-08-20 capture. */
const text2026At = (offset: number) => API_2026.slice(offset, API_2026.indexOf('"', offset + 1) + 1);

describe('other layouts of the known shapes', () => {
  test('should read the API list wrapped in {data: [...]} like the bare list, one line lower', () => {
    const bare = parseDump(API_2026);
    const wrapped = parseDump(`{\n"data": ${API_2026}\n}`);
    expect(wrapped.format).toBe('api-json');
    expect(wrapped.diagnostics).toEqual([]);
    expect(wrapped.records.map(summarize)).toEqual(
      bare.records.map((record) => ({ ...summarize(record), lines: [record.startLine + 1, record.endLine + 1] })),
    );
  });

  test('should read a list of bare API paper objects as paper JSON, without the comment counts the records carry', () => {
    const papers = (JSON.parse(API_2025) as { paper: unknown }[]).map((record) => record.paper);
    const { format, records } = parseDump(JSON.stringify(papers, null, 2));
    expect(format).toBe('paper-json');
    expect(records.map((record) => record.arxivId)).toEqual(parseDump(API_2025).records.map((record) => record.arxivId));
    expect(records.every((record) => record.comments === null && record.upvotes !== null)).toBe(true);
  });

  test.each([
    ['CRLF line breaks', API_2025.replaceAll('\n', '\r\n'), 0],
    ['lone CR line breaks', API_2025.replaceAll('\n', '\r'), 0],
    ['a BOM', `\uFEFF${API_2025}`, 1],
    ['leading blank lines and spaces', `\n\n  ${API_2025}\n`, 4],
  ])('should read the same records and lines with %s', (_name, text, shift) => {
    const plain = parseDump(API_2025).records;
    const variant = parseDump(text).records;
    const lineShift = text.startsWith('\n') ? 2 : 0;
    expect(variant.map((record) => [record.title.text.replace(/\r\n?/g, '\n'), record.startLine - lineShift])).toEqual(
      plain.map((record) => [record.title.text, record.startLine]),
    );
    if (shift > 0 && !text.includes('\r')) {
      expect(variant[0]?.title.offset).toBe((plain[0]?.title.offset ?? 0) + shift);
    }
  });

  test.each([
    { name: 'a numeric string', upvotes: '"12"', text: '12' },
    { name: 'a number', upvotes: '12', text: '12' },
    { name: 'missing', upvotes: 'null', text: null },
  ])('should read scraper upvotes that are $name', ({ upvotes, text }) => {
    const json = `{"date": "2024-09-18", "papers": [{"title": "A", "url": "https://huggingface.co/papers/2409.11340", "upvotes": ${upvotes}}]}`;
    expect(parseDump(json).records[0]?.upvotes?.text ?? null).toBe(text);
  });

  test.each([
    { name: 'the paper page URL', paper: { url: 'https://huggingface.co/papers/2409.11340' }, arxivId: '2409.11340' },
    { name: 'the PDF URL', paper: { pdf_url: 'https://arxiv.org/pdf/2409.11340v2.pdf' }, arxivId: '2409.11340' },
    { name: 'neither URL', paper: { url: 'https://example.com/paper' }, arxivId: null },
  ])('should take the arXiv id of a scraper paper from $name', ({ paper, arxivId }) => {
    const json = JSON.stringify({ date: '2024-09-18', papers: [{ title: 'A', abstract: 'An abstract.', ...paper }] });
    expect(parseDump(json).records[0]?.arxivId).toBe(arxivId);
  });

  test.each([
    ['an empty list', '[]', 'paper-json'],
    ['an empty data wrapper', '{"data": []}', 'paper-json'],
    ['an empty scraper dump', '{"date": "2024-09-18", "papers": []}', 'scraper-json'],
  ])('should read %s as no records and no diagnostics', (_name, text, format) => {
    expect(parseDump(text)).toMatchObject({ format, records: [], diagnostics: [] });
  });

  test('should skip entries that are no paper with a warning at their line, and keep the others', () => {
    const json = ['[', '  {"paper": {"id": "2509.14033"}},', '  42,', '  {"paper": {"title": "  ", "summary": "S."}},', '  {"paper": {"title": "Kept", "summary": "S."}}', ']'].join('\n');
    const dump = parseDump(json);
    expect(dump.records.map((record) => [record.title.text, record.startLine])).toEqual([['Kept', 5]]);
    expect(dump.diagnostics.map(({ severity, code, line }) => ({ severity, code, line }))).toEqual([
      { severity: 'warning', code: 'invalid-json-record', line: 2 },
      { severity: 'warning', code: 'invalid-json-record', line: 3 },
      { severity: 'warning', code: 'invalid-json-record', line: 4 },
    ]);
  });

  test('should find fields after a summary that quotes "title": keys and escapes', () => {
    const json = JSON.stringify([
      { paper: { summary: 'It says "title": "Fake" \\" and {[', title: 'Real', upvotes: 3 }, title: 'Outer', numComments: 2 },
    ]);
    const record = parseDump(json).records[0] as RawRecord;
    expect(record.title.text).toBe('Real');
    expect(json.startsWith('"Real"', record.title.offset)).toBe(true);
    expect(json.startsWith('2', record.comments?.offset)).toBe(true);
  });

  test('should read a record whose other members nest 200,000 levels deep', () => {
    const json = `[{"title": "Deep", "abstract": "A.", "extra": ${'['.repeat(200_000)}${']'.repeat(200_000)}, "upvotes": 5}]`;
    const dump = parseJsonDump(json);
    // An engine whose JSON.parse cannot nest this deep gives null; either way nothing throws.
    if (dump !== null) expect(dump.records.map((record) => [record.title.text, record.upvotes?.text])).toEqual([['Deep', '5']]);
  });
});

describe('text that is not JSON, or JSON that holds no paper', () => {
  test.each([
    ['an empty string', ''],
    ['whitespace', ' \n\t '],
    ['a lone brace', '{'],
    ['markdown that starts with a bracket', '[Title](https://huggingface.co/papers/2509.14033)\n\nWe propose a model. Results.'],
    ['markdown that ends with a bracket', '[Title]\n\n[1]'],
    ['plain text', 'Daily Papers\n\nA Title\n\nAn abstract.'],
    ['a bare number', '42'],
    ['JSON with trailing text', '[] and more'],
    ['JSON cut off', API_2025.slice(0, 5000)],
    ['8 MB of [', '['.repeat(8_000_000)],
    ['200,000 unclosed [', '['.repeat(200_000)],
    ['200,000 unclosed {', '{"a":'.repeat(200_000)],
  ])('should return null for %s', (_name, text) => {
    expect(parseJsonDump(text)).toBeNull();
  });

  test.each([
    ['a list of Python-repr strings', `["{'title': 'SAIL-VL2 Technical Report', 'url': 'https://huggingface.co/papers/2509.14033', 'upvotes': 20}", "{'title': 'GenExam', 'upvotes': 12}"]`, 'a JSON list of 2 entries that are strings holding objects (Python-repr strings?)'],
    ['a list of numbers', '[1, 2, 3]', 'a JSON list of 3 entries (number), and none of them is a paper'],
    ['a list of other objects', '[{"name": "x"}]', 'a JSON list of 1 entry, objects with the keys "name", and none of them is a paper'],
    ['a list of titled objects without paper evidence', '{"items": [{"title": "x", "description": "y"}]}', 'objects with the keys "title", "description"'],
    ['an object of another shape', '{"recipes": [{"title": "x"}]}', 'a JSON object with the keys "recipes" and no list of papers'],
    ['an empty object', '{}', 'an empty JSON object'],
    ['a data member that is no list', '{"data": 5}', 'a JSON object with the keys "data"'],
    ['200,000 nested lists', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'a JSON list of 1 entry (array)'],
  ])('should give one unknown-format error, no family and no records for %s', (_name, text, got) => {
    const dump = parseJsonDump(text);
    // 200,000 nested lists may be too deep for an engine's JSON.parse: then the text is not JSON.
    if (dump === null && text.startsWith('[[')) return;
    expect(dump).toMatchObject({ format: null, pageDate: null, records: [] });
    expect(dump?.diagnostics).toHaveLength(1);
    const [diagnostic] = dump?.diagnostics ?? [];
    expect(diagnostic).toMatchObject({ severity: 'error', code: 'unknown-format', line: 1, column: 1, offset: 0 });
    expect(diagnostic?.message).toMatch(/^No family claims this input: it is .*a paper is an object with a title/);
    expect(diagnostic?.message).toContain(got);
  });
});

describe('arXiv ids in URLs', () => {
  test.each([
    ['https://huggingface.co/papers/2509.14033', '2509.14033'],
    ['https://huggingface.co/papers/2509.14033#community', '2509.14033'],
    ['https://hf.co/papers/2509.14033', '2509.14033'],
    ['https://arxiv.org/abs/2409.11340', '2409.11340'],
    ['http://www.arxiv.org/abs/2409.11340v3', '2409.11340'],
    ['https://arxiv.org/pdf/2409.11340.pdf', '2409.11340'],
    ['https://arxiv.org/pdf/2409.11340v2', '2409.11340'],
    ['arxiv.org/abs/2401.1234', '2401.1234'],
    ['https://ARXIV.org/abs/2409.11340', '2409.11340'],
    ['https://arxiv.org/abs/hep-th/9901001', null],
    ['https://arxiv.org/abs/2409.113401', null],
    ['https://notarxiv.org/abs/2409.11340', null],
    ['https://github.com/org/repo', null],
    ['https://huggingface.co/papers?q=2409.11340', null],
  ])('should read %s as %s', (url, id) => {
    expect(parsePaperIdInUrl(url)).toBe(id);
  });

  test('should find no id in a URL whose digits run on long past an id', () => {
    expect(parsePaperIdInUrl(`https://arxiv.org/abs/${'2'.repeat(1_000)}`)).toBeNull();
  });
});

/** Read a text as parsePaperDump's first two stages do for JSON and JSON Lines. */
const readAnyJson = (text: string) => {
  const tokens = tokenizeJson(text) ?? tokenizeJsonLines(text);
  return tokens === null ? null : readJsonRecords(tokens);
};

const LINE = (id: string, title: string) => JSON.stringify({ paper_id: id, title, abstract: `${title} is studied here. It ends.` });

describe('JSON Lines', () => {
  test('should read one paper a line, each record on its line', () => {
    const text = [LINE('2509.14033', 'A'), LINE('2509.14232', 'B'), LINE('2509.13761', 'C')].join('\n');
    const dump = readAnyJson(text);
    expect(dump?.format).toBe('json-lines');
    expect(dump?.records.map((record) => [record.title.text, record.arxivId, record.startLine, record.endLine])).toEqual([
      ['A', '2509.14033', 1, 1],
      ['B', '2509.14232', 2, 2],
      ['C', '2509.13761', 3, 3],
    ]);
    expect(dump?.diagnostics).toEqual([]);
  });

  test.each([
    ['the middle line', [LINE('2509.14033', 'A'), '{"paper_id": "2509.14232", "title": "B", "abs', LINE('2509.13761', 'C')], 2],
    ['the first line', ['{"paper_id": "2509.14033", "title": "A"', LINE('2509.14232', 'B'), LINE('2509.13761', 'C')], 1],
    ['the last line', [LINE('2509.14033', 'A'), LINE('2509.14232', 'B'), '{"title": }'], 3],
  ])('should give an invalid-json-line error that names %s when it is not JSON, and read the others', (_name, lines, bad) => {
    const dump = readAnyJson(lines.join('\n'));
    expect(dump?.format).toBe('json-lines');
    expect(dump?.records).toHaveLength(2);
    expect(dump?.diagnostics).toEqual([
      { severity: 'error', code: 'invalid-json-line', message: `Line ${bad} is not valid JSON; it is skipped, and the other lines are read`, line: bad, column: 1, offset: expect.any(Number) },
    ]);
  });

  test('should skip a line that is JSON but no paper with a warning that names it', () => {
    const dump = readAnyJson([LINE('2509.14033', 'A'), '{"event": "login", "user": "x"}', '[1, 2]', LINE('2509.13761', 'C')].join('\n'));
    expect(dump?.records.map((record) => record.title.text)).toEqual(['A', 'C']);
    expect(dump?.diagnostics.map(({ code, line, message }) => [code, line, message.slice(0, 40)])).toEqual([
      ['invalid-json-record', 2, 'Line 2 is an object with the keys "event'],
      ['invalid-json-record', 3, 'Line 3 is a list, not a paper (a paper i'],
    ]);
  });

  test.each([
    ['CRLF line breaks', '\r\n'],
    ['lone CR line breaks', '\r'],
    ['blank lines between', '\n\n'],
  ])('should read the same papers with %s', (_name, separator) => {
    const dump = readAnyJson(`\uFEFF${[LINE('2509.14033', 'A'), LINE('2509.14232', 'B')].join(separator)}${separator}`);
    expect(dump?.records.map((record) => record.title.text)).toEqual(['A', 'B']);
    expect(dump?.diagnostics).toEqual([]);
  });

  test.each([
    ['a pretty-printed document cut off', '{\n  "title": "A",\n  "abstract": "B"'],
    ['text that starts with a brace', '{this is not JSON}\nA Title\n\nAn abstract. It ends.'],
    ['a JavaScript object literal', "{ title: 'A' }\n{ title: 'B' }"],
  ])('should not take %s for JSON Lines', (_name, text) => {
    expect(tokenizeJsonLines(text)).toBeNull();
  });

  test('should read one paper object written on one line as JSON Lines of one line, and spread over lines as paper JSON', () => {
    const one = LINE('2509.14033', 'A');
    expect(readAnyJson(one)).toMatchObject({ format: 'json-lines', records: [{ title: { text: 'A' }, startLine: 1, endLine: 1 }] });
    const spread = JSON.stringify(JSON.parse(one), null, 2);
    expect(readAnyJson(spread)).toMatchObject({ format: 'paper-json', records: [{ title: { text: 'A' }, startLine: 1, endLine: 5 }] });
  });
});

describe('paper objects of any shape', () => {
  test.each([
    ['an abstract', { abstract: 'It ends.' }],
    ['a summary', { summary: 'It ends.' }],
    ['an arXiv id', { arxiv_id: '2509.14033v2' }],
    ['a Hugging Face paper link', { link: 'https://huggingface.co/papers/2509.14033' }],
    ['an arXiv link', { external_url: 'https://arxiv.org/abs/2509.14033' }],
    ['authors as strings', { authors: ['Ada Lovelace'] }],
    ['authors as {name}', { authors: [{ name: 'Ada Lovelace' }] }],
    ['an abstract in details', { details: { abstract: 'It ends.' } }],
  ])('should take a title with %s for a paper', (_name, evidence) => {
    expect(readAnyJson(JSON.stringify([{ title: 'A', ...evidence }]))?.records).toHaveLength(1);
  });

  test.each([
    ['nothing else', {}],
    ['a description', { description: 'A quick soup.' }],
    ['a number for an id', { id: 42 }],
    ['a link to another site', { url: 'https://example.com/2509.14033' }],
    ['an empty list of authors', { authors: [] }],
    ['a list of blank author names', { authors: ['', '  '] }],
  ])('should not take a title with %s for a paper', (_name, rest) => {
    expect(readAnyJson(JSON.stringify([{ title: 'A', ...rest }]))).toMatchObject({ format: null, records: [] });
  });

  test('should read the id without its version, and the authors in order from strings or {name}', () => {
    const dump = readAnyJson(JSON.stringify({ results: [{ title: 'A', arxiv_id: '2509.14033v2', authors: [{ name: 'Ada' }, { name: 'Alan' }] }] }));
    expect(dump?.format).toBe('paper-json');
    expect(dump?.records[0]?.arxivId).toBe('2509.14033');
    expect(dump?.records[0]?.authorNames?.map((name) => name.text)).toEqual(['Ada', 'Alan']);
    expect(dump?.records[0]?.authors?.text).toBe('2 authors');
  });

  test('should keep a star count only beside a GitHub link', () => {
    const dump = readAnyJson(
      JSON.stringify([
        { title: 'A', abstract: 'X.', stars: '0' },
        { title: 'B', abstract: 'X.', stars: '7', github_repo: 'https://github.com/example/b' },
      ]),
    );
    expect(dump?.records.map((record) => record.githubStars?.text ?? null)).toEqual([null, '7']);
  });

  test('should call a list of papers API records api-json wherever it stands', () => {
    const record = { paper: { id: '2509.14033', title: 'A', summary: 'X.' }, numComments: 2 };
    expect(readAnyJson(JSON.stringify({ results: [record] }))?.format).toBe('api-json');
    expect(readAnyJson(JSON.stringify([record, { title: 'B', abstract: 'Y.' }, record]))?.format).toBe('api-json');
  });
});

describe('arXiv ids as values', () => {
  test.each([
    ['2509.14033', '2509.14033'],
    ['2509.14033v2', '2509.14033'],
    [' 2401.1234 ', '2401.1234'],
    ['42', null],
    ['hep-th/9901001', null],
    ['2509.14033v', null],
  ])('should read %j as %s', (text, id) => {
    expect(parseArxivId(text)).toBe(id);
  });
});
