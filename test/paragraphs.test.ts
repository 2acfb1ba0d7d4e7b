import { describe, expect, test } from 'vitest';
import { splitParagraphs } from '../src/parse/split-paragraphs.js';
import { classifyTextShape } from '../src/text/text-shape.js';
import { wrapText } from './print-dump.js';

const ABSTRACT =
  'Diffusion models have demonstrated remarkable capabilities in visual content generation but remain challenging to deploy due to their high computational cost during inference. We propose a training-free method.';
const TITLE = 'Training-free Diffusion Acceleration with Bottleneck Sampling';

const lines = (text: string) => text.split('\n').map((line) => ({ text: line }));
const joined = (paragraphs: { text: string }[][]) => paragraphs.map((paragraph) => paragraph.map((line) => line.text).join(' '));

describe('classifyTextShape', () => {
  test.each([
    [TITLE, 'title'],
    ['How much is a noisy image worth? Data Scaling Laws for Ambient Diffusion', 'title'],
    ['Is Fast Adaptation All You Need?', 'title'],
    [ABSTRACT, 'abstract'],
    ['We study scaling. It works.', 'abstract'],
    ['A single sentence abstract that is long enough to be one, and that ends with a period.', 'abstract'],
    ['Attention is all you need.', 'either'],
  ])('should see %j as %s', (text, shape) => {
    expect(classifyTextShape(text)).toBe(shape);
  });
});

describe('splitParagraphs', () => {
  test.each([60, 72, 80, 100])('should rejoin a title and an abstract hard-wrapped at column %i with no blank line between', (width) => {
    const text = `${wrapText(TITLE, width)}\n${wrapText(ABSTRACT, width)}`;
    expect(joined(splitParagraphs(lines(text)))).toEqual([TITLE, ABSTRACT]);
  });

  test('should keep every line apart when a line is wider than any wrap', () => {
    expect(joined(splitParagraphs(lines(`${TITLE}\n${ABSTRACT}\n${TITLE}\n${ABSTRACT}`)))).toEqual([TITLE, ABSTRACT, TITLE, ABSTRACT]);
  });

  test('should keep one line as one paragraph and nothing as nothing', () => {
    expect(splitParagraphs(lines(TITLE))).toHaveLength(1);
    expect(splitParagraphs([])).toEqual([]);
  });

  test('should end a paragraph at a line with no trailing blank where the other lines keep the blank fold -s leaves', () => {
    // `practice.` ends its input line; at 80 columns `Fluctuations` would not have fit after it.
    const run = [
      { text: 'the large-batch settings such as distributed machine learning or federated', trailingBlank: true as const },
      { text: 'learning, where a smaller number of iterations can significantly reduce the', trailingBlank: true as const },
      { text: 'number of communication rounds, leading to acceleration in practice.' },
      { text: 'Fluctuations of the connectivity threshold and largest nearest-neighbour link' },
      { text: 'Consider a random uniform sample of n points in a compact region A of Euclidean', trailingBlank: true as const },
      { text: 'd-space, with a smooth boundary.' },
    ];
    expect(splitParagraphs(run).map((paragraph) => paragraph.length)).toEqual([3, 1, 2]);
  });

  test('should take a one-word line that fills the column with no blank after it as a word fold cut, not a line end', () => {
    const run = [
      { text: 'The code is at', trailingBlank: true as const },
      { text: 'https://github.com/exa' },
      { text: 'mple/code and it runs.' },
    ];
    expect(splitParagraphs(run)).toHaveLength(1);
  });

  test('should keep every line apart when few of its breaks could be a wrap', () => {
    const run = lines('A Short Title\nAn abstract of a paper, long enough to be widest here.\nSecond Title\nIts abstract. It ends.');
    expect(splitParagraphs(run)).toHaveLength(4);
  });

  test('should measure a line from the column it starts at, after chrome glued to its start', () => {
    const run = [
      { text: 'DreamPropeller: Supercharge Text-to-3D Generation with Parallel', column: 10 },
      { text: 'Sampling' },
      { text: 'Recent methods such as Score Distillation Sampling (SDS) and Variational Score' },
    ];
    expect(splitParagraphs(run).map((paragraph) => paragraph.length)).toEqual([2, 1]);
  });
});
