/**
 * The corpus captures the wrap tests hard-wrap, and the ways they are wrapped: plain text as
 * `fold -s` writes it, markdown as a markdown wrapper writes it with `\` hard line breaks.
 * Shared by `test/wrapped-corpus.test.ts` and `scripts/wrap-report.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldText, wrapMarkdown } from './wrap-text.js';

/** The columns real captures are wrapped at. */
export const WRAP_WIDTHS = [60, 72, 80] as const;

/** How a text is hard-wrapped. */
export type WrapStyle = 'fold' | 'markdown';

/** One corpus capture: its name under `test/fixtures/`, its text, the reference date it is read with, and how it is wrapped. */
export interface CorpusFile {
  name: string;
  text: string;
  referenceDate: string;
  style: WrapStyle;
}

const FIXTURES = new URL('./fixtures/', import.meta.url);

const read = (name: string): string => readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8');

/**
 * The text captures (`*.txt`, folded), the firecrawl markdown and every markdown fixture of
 * `families/` (wrapped with hard line breaks). JSON is never wrapped.
 */
export function listWrapCorpus(): CorpusFile[] {
  const texts = readdirSync(fileURLToPath(FIXTURES))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): CorpusFile => ({ name, text: read(name), referenceDate: '2026-11-01', style: 'fold' }));
  const firecrawl: CorpusFile = { name: 'firecrawl-search-source-citations.md', text: read('firecrawl-search-source-citations.md'), referenceDate: '2026-10-02', style: 'markdown' };
  const families = readdirSync(fileURLToPath(new URL('families/', FIXTURES)))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name): CorpusFile => {
      const expected = JSON.parse(read(`families/${name.replace(/\.md$/, '.expected.json')}`)) as { referenceDate: string };
      return { name: `families/${name}`, text: read(`families/${name}`), referenceDate: expected.referenceDate, style: 'markdown' };
    });
  return [...texts, firecrawl, ...families];
}

/**
 * Hard-wrap a text in a style at a column.
 *
 * @example
 * wrapIn('fold', 'aaa bbb ccc ddd', 7)
 * //=> 'aaa \nbbb \nccc ddd'
 */
export function wrapIn(style: WrapStyle, text: string, width: number): string {
  return style === 'fold' ? foldText(text, width) : wrapMarkdown(text, width);
}
