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
});
