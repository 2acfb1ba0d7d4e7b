import { describe, expect, expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import * as paperdump from '../src/index.js';
import {
  parsePaperDump,
  PaperSchema,
  ParseResultSchema,
  type Diagnostic,
  type Paper,
  type ParseOptions,
  type ParseResult,
  type Token,
} from '../src/index.js';

describe('the public API', () => {
  test('should export exactly these names', () => {
    expect(Object.keys(paperdump).sort()).toEqual([
      'CleanOptionsSchema',
      'DIAGNOSTIC_CODES',
      'DiagnosticSchema',
      'FormatSchema',
      'PageInfoSchema',
      'PaperSchema',
      'ParseOptionsSchema',
      'ParseResultSchema',
      'RawRecordSchema',
      'StreamOptionsSchema',
      'TokenSchema',
      'cleanMath',
      'dedupePapers',
      'normalizeAbstract',
      'normalizeRecords',
      'parsePaperDump',
      'parsePaperStream',
      'parseRecords',
      'tokenize',
    ]);
  });

  test('should infer every public type from its schema', () => {
    expectTypeOf<Paper>().toEqualTypeOf<z.infer<typeof PaperSchema>>();
    expectTypeOf<ParseResult>().toEqualTypeOf<z.infer<typeof ParseResultSchema>>();
    expectTypeOf<Diagnostic>().toEqualTypeOf<z.infer<typeof paperdump.DiagnosticSchema>>();
    expectTypeOf<Token>().toEqualTypeOf<z.infer<typeof paperdump.TokenSchema>>();
    expectTypeOf<paperdump.StreamOptions>().toEqualTypeOf<z.infer<typeof paperdump.StreamOptionsSchema>>();
    expectTypeOf<paperdump.PageInfo>().toEqualTypeOf<z.infer<typeof paperdump.PageInfoSchema>>();
  });

  test('should type parsePaperStream as a stream in, papers out, and dedupePapers as papers in, papers out', () => {
    expectTypeOf(paperdump.parsePaperStream).parameters.toEqualTypeOf<[source: paperdump.PaperStreamSource, options?: paperdump.StreamOptions]>();
    expectTypeOf(paperdump.parsePaperStream).returns.toEqualTypeOf<AsyncGenerator<Paper, void, undefined>>();
    expectTypeOf<paperdump.PaperStreamSource>().toExtend<AsyncIterable<string | Uint8Array> | ReadableStream<string | Uint8Array>>();
    expectTypeOf<NonNullable<paperdump.StreamOptions['onDiagnostic']>>().toEqualTypeOf<(diagnostic: Diagnostic) => void>();
    expectTypeOf(paperdump.dedupePapers).parameters.toEqualTypeOf<[papers: Iterable<Paper>]>();
    expectTypeOf(paperdump.dedupePapers).returns.toEqualTypeOf<Paper[]>();
  });

  test('should type parsePaperDump as text and options in, ParseResult out', () => {
    expectTypeOf(parsePaperDump).parameters.toEqualTypeOf<[text: string, options?: ParseOptions]>();
    expectTypeOf(parsePaperDump).returns.toEqualTypeOf<ParseResult>();
    expectTypeOf<Paper['publishedAt']>().toEqualTypeOf<string | null>();
    expectTypeOf<Paper['organization']>().toEqualTypeOf<{ handle: string; name: string } | null>();
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>();
  });

  test('should type normalizeAbstract and cleanMath as string in, string out', () => {
    expectTypeOf(paperdump.normalizeAbstract).parameters.toEqualTypeOf<[text: string, options?: paperdump.CleanOptions]>();
    expectTypeOf(paperdump.normalizeAbstract).returns.toEqualTypeOf<string>();
    expectTypeOf(paperdump.cleanMath).returns.toEqualTypeOf<string>();
  });

  test('should describe every diagnostic code with a severity and a meaning', () => {
    for (const [code, entry] of Object.entries(paperdump.DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
      expect(entry.meaning.length).toBeGreaterThan(10);
    }
  });
});
