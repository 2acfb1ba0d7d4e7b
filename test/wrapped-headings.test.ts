import { describe, expect, test } from 'vitest';
import { parsePaperDump } from '../src/index.js';

const TITLE = 'Docling: An Efficient Open-Source Toolkit for AI-driven Document Conversion for end-to-end multi-modal document conversion';
const HEAD = 'Docling: An Efficient Open-Source Toolkit for AI-driven Document Conversion for end-to-end';
const REST = 'multi-modal document conversion';
const ABSTRACT = 'We introduce Docling, an open-source toolkit that converts documents. It reads PDF files, and it keeps their layout.';
const PAPER = 'https://huggingface.co/papers/2501.01234';
const BOX = '[5](https://huggingface.co/login?next=%2Fpapers%2F2501.01234)';
const NEXT = `[7](https://huggingface.co/login?next=%2Fpapers%2F2501.05678)\n\n### [Second Paper](https://huggingface.co/papers/2501.05678)\n\nAbstract two. It ends here.\n\n·\n\nJan 4\n`;

describe('a markdown heading wrapped onto an indented line', () => {
  test.each([
    ['two spaces', `${BOX}\n\n### ${HEAD}\n  ${REST}\n\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
    ['four spaces', `${BOX}\n\n### ${HEAD}\n    ${REST}\n\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
    ['a tab', `${BOX}\n\n### ${HEAD}\n\t${REST}\n\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
    ['the abstract right under it', `${BOX}\n\n### ${HEAD}\n  ${REST}\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
    ['a link around it', `${BOX}\n\n### [${HEAD}\n  ${REST}](${PAPER})\n\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
    ['a heading mark again after it', `${BOX}\n\n### [Docling: An Efficient Open-Source Toolkit\n  for AI-driven Document Conversion for end-to-end\n### ${REST}](${PAPER})\n\n${ABSTRACT}\n\n·\n\nJan 3\n\n${NEXT}`],
  ])('should read a heading wrapped with %s as one title', (_name, text) => {
    const result = parsePaperDump(text, { referenceDate: '2026-01-05' });
    expect(result.papers.map((paper) => [paper.title, paper.abstract])).toEqual([
      [TITLE, ABSTRACT],
      ['Second Paper', 'Abstract two. It ends here.'],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test('should keep an indented line that is no title part (an abstract) out of the title', () => {
    const text = `${BOX}\n\n### [Short Title](${PAPER})\n  ${ABSTRACT} ${ABSTRACT} ${ABSTRACT}\n\n·\n\nJan 3\n`;
    expect(parsePaperDump(text, { referenceDate: '2026-01-05' }).papers[0]?.title).toBe('Short Title');
  });
});
