import { describe, expect, test } from 'vitest';
import type { Token } from '../src/index.js';
import type { Unit } from '../src/parse/group-units.js';
import { splitWrappedTitles } from '../src/parse/split-wrapped-titles.js';
import { classifyLineCase } from '../src/text/title-case.js';

describe('classifyLineCase', () => {
  test.each([
    ['Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking', 'title'],
    ['Learning Efficient Representations through Sparse Coding', 'title'],
    ['Fast Inference from Transformers via Speculative Decoding', 'title'],
    ['vLLM: Serving LLMs with o1-like Reasoning', 'title'],
    ['Recent methods such as Score Distillation Sampling (SDS) and Variational Score', 'sentence'],
    ['Efficient parallelization of Large Language Models (LLMs)', 'sentence'],
    ['Data pruning and neural scaling laws: fundamental limitations', 'sentence'],
    ['Sampling', 'either'],
    ['of the Models', 'either'],
  ])('should see %j as %s', (text, lineCase) => {
    expect(classifyLineCase(text)).toBe(lineCase);
  });
});

/** One text unit per paragraph, each a list of lines numbered from 1. */
const textUnits = (...paragraphs: string[][]): Unit[] => {
  let line = 0;
  return paragraphs.map((paragraph) => ({
    kind: 'text',
    lines: paragraph.map((text): Token => {
      line += 1;
      return { kind: 'text', text, line, column: 1, offset: 0 };
    }),
  }));
};

const texts = (units: readonly Unit[]): string[][] => units.map((unit) => (unit.kind === 'text' ? unit.lines.map((line) => line.text) : [unit.kind]));

const ABSTRACT_END = ['We evaluate the method on three benchmarks and find that it', 'improves accuracy while it reduces the cost of inference.'];

describe('splitWrappedTitles', () => {
  test.each([
    {
      name: 'a title in title case between an abstract and the next abstract',
      paragraphs: [[...ABSTRACT_END, 'Scaling LLM Inference with Optimized Sample Compute Allocation', 'Sampling is a basic operation in many inference-time algorithms.']],
      expected: [ABSTRACT_END, ['Scaling LLM Inference with Optimized Sample Compute Allocation'], ['Sampling is a basic operation in many inference-time algorithms.']],
    },
    {
      name: 'a title whose last word fell on a line of its own',
      paragraphs: [ABSTRACT_END, ['Quiet-STaR: Language Models Can Teach Themselves to Think Before', 'Speaking', 'When writing and talking, people sometimes pause to think.']],
      expected: [ABSTRACT_END, ['Quiet-STaR: Language Models Can Teach Themselves to Think Before', 'Speaking'], ['When writing and talking, people sometimes pause to think.']],
    },
    {
      name: 'a title in sentence case at the end of an abstract paragraph',
      paragraphs: [[...ABSTRACT_END, 'Faster logconcave sampling from a cold start in high dimension']],
      expected: [ABSTRACT_END, ['Faster logconcave sampling from a cold start in high dimension']],
    },
    {
      name: 'a title in sentence case at the start of a paragraph after an abstract',
      paragraphs: [ABSTRACT_END, ['Uniform approximation in classical weak convergence theory', 'A common statistical task lies in showing asymptotic normality.']],
      expected: [ABSTRACT_END, ['Uniform approximation in classical weak convergence theory'], ['A common statistical task lies in showing asymptotic normality.']],
    },
    {
      name: 'an abstract that opens with the name the title opens with',
      paragraphs: [ABSTRACT_END, ['gsplat: An Open-Source Library for Gaussian Splatting', 'gsplat is an open-source library designed for training.']],
      expected: [ABSTRACT_END, ['gsplat: An Open-Source Library for Gaussian Splatting'], ['gsplat is an open-source library designed for training.']],
    },
    {
      name: 'a title whose wrapped tail reads like a sentence',
      paragraphs: [ABSTRACT_END, ['Speed-Oblivious Online Scheduling: Knowing (Precise) Speeds', 'is not Necessary']],
      expected: [ABSTRACT_END, ['Speed-Oblivious Online Scheduling: Knowing (Precise) Speeds', 'is not Necessary']],
    },
  ])('should split off $name', ({ paragraphs, expected }) => {
    expect(texts(splitWrappedTitles(textUnits(...paragraphs)))).toEqual(expected);
  });

  test.each([
    {
      name: 'a sentence with a pronoun after a sentence end',
      lines: ['Our approach is simple.', 'Here we propose a generalized and combined approach to sample', 'Gaussian densities with a new kernel.'],
    },
    {
      name: 'a line that ends on a preposition',
      lines: ['The results are strong.', 'Evaluations demonstrate that FlashKAT can achieve a speedup of', 'Eighty-six percent over the baseline kernels.'],
    },
    {
      name: 'a web address after a sentence end',
      lines: ['We release everything.', 'Code is available at https://github.com/example/code'],
    },
    {
      name: 'a line in title case that ends with a period',
      lines: ['It ends here.', 'Experiments On ImageNet Show Gains.', 'Further results follow in the appendix.'],
    },
  ])('should keep $name inside its abstract', ({ lines }) => {
    expect(texts(splitWrappedTitles(textUnits(['A Title Before It'], lines)))).toEqual([['A Title Before It'], lines]);
  });
});
