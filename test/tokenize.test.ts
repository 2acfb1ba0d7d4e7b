import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/index.js';

const kinds = (text: string) => tokenize(text).map((token) => token.kind);

describe('tokenize', () => {
  test.each([
    ['  • 4 authors', 'authors'],
    ['• 1 authors', 'authors'],
    ['1 author', 'authors'],
    ['·', 'separator'],
    ['Sep 18, 2025', 'date'],
    ['Sep 18, 2025 3', 'date'],
    ['Mar 24 4', 'date'],
    ['Mar 6', 'date'],
    ['Get trending papers in your email inbox!', 'chrome'],
    ['Get trending papers in your email inbox once a day!', 'chrome'],
    ['byAK and the research community', 'chrome'],
    ['by AK and the research community', 'chrome'],
    ['Daily Papers', 'chrome'],
    ['Trending Papers', 'chrome'],
    ['[Content truncated]', 'chrome'],
    ['Log In', 'chrome'],
    ['Sign Up', 'chrome'],
    ['URL Source: https://huggingface.co/papers', 'chrome'],
    ['facebook AI at Meta', 'text'],
    ['March Madness: Learning to Bracket', 'text'],
    ['4 authors and a model', 'text'],
    ['Mar 6 is a date', 'text'],
  ])('should read %j as %s', (line, kind) => {
    expect(kinds(line)).toEqual([kind]);
  });

  test('should give each token its 1-based line and column and 0-based offset', () => {
    expect(tokenize('new\n\n  • 4 authors')).toEqual([
      { kind: 'chrome', text: 'new', line: 1, column: 1, offset: 0 },
      { kind: 'blank', text: '', line: 2, column: 1, offset: 4 },
      { kind: 'authors', text: '• 4 authors', line: 3, column: 3, offset: 7 },
    ]);
  });

  test('should split chrome glued to the start of a title into a token of its own', () => {
    expect(tokenize('SubscribeDreamPropeller: Fast')).toEqual([
      { kind: 'chrome', text: 'Subscribe', line: 1, column: 1, offset: 0 },
      { kind: 'text', text: 'DreamPropeller: Fast', line: 1, column: 10, offset: 9 },
    ]);
    expect(kinds('Subscribers Behave Strangely')).toEqual(['text']);
  });

  test.each([
    ['CRLF', 'a\r\nb', ['a', 'b']],
    ['a lone CR', 'a\rb', ['a', 'b']],
    ['a byte order mark', '\uFEFFa\nb', ['a', 'b']],
    ['NBSP and tabs around a line', '\u00a0\ta\t\u00a0\nb', ['a', 'b']],
  ])('should treat %s as nothing but a line break or whitespace', (_name, text, lines) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(lines);
  });

  test('should count lines the same across line-break conventions', () => {
    expect(tokenize('a\r\n\r\nb').map((token) => token.line)).toEqual([1, 2, 3]);
    expect(tokenize('a\r\rb').map((token) => token.line)).toEqual([1, 2, 3]);
  });

  test('should read YAML front matter and capture headers as chrome', () => {
    expect(kinds('---\ntitle: Daily Papers\n---\nA Title')).toEqual(['chrome', 'chrome', 'chrome', 'text']);
    expect(kinds('Title: Daily Papers - Hugging Face\n\nURL Source: https://huggingface.co/papers\n\nMarkdown Content:')).toEqual([
      'chrome',
      'blank',
      'chrome',
      'blank',
      'chrome',
    ]);
    expect(kinds('Title: A Paper Called Title\nIts abstract.')).toEqual(['text', 'text']);
  });

  test('should read a chrome word that ends a hard-wrapped line as text', () => {
    expect(kinds('Scaling Laws for Large Language\nModels\n\nAbstract.')).toEqual(['text', 'text', 'blank', 'text']);
    expect(kinds('Hugging Face\nModels\nDatasets')).toEqual(['chrome', 'chrome', 'chrome']);
  });

  test('should mark the lines that go on with blanks after their text, as fold -s leaves them', () => {
    const tokens = tokenize('A title\n\nAn abstract that a wrap broke \nhere, and a hyphen- \nended line.');
    expect(tokens.filter((token) => token.kind === 'text').map((token) => token.trailingBlank ?? false)).toEqual([false, true, true, false]);
    expect(tokens.map((token) => token.text)).toContain('An abstract that a wrap broke');
  });

  test('should throw a TypeError that names what came when the text is no string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(new TypeError('Expected `text` to be a string, got number'));
  });
});
