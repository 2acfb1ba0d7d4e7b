import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isEnglishName, isGreekName, isRemnantName } from '../../src/math/lexicon.js';
import { cleanMath } from '../../src/math/normalize-abstract.js';

/** Words of prose that are also LaTeX command names or their beginnings. */
const TRAP_WORD = /\b(?:times|sim|in|to|star|well|sometimes|simple|similar|left|right|top|log|max|min|partial|approx|delta|eta|pi|ell|models|between|space|natural|prime|sharp|flat)\b/;
/**
 * What makes a sentence a math candidate: LaTeX characters, dashes, quotes, a letter glued to a
 * digit, an accent remnant (`Fr'echet`), an operator word between two one-letter or numeric atoms
 * (`k times k`, `64 times 64`), a variable glued to a relation (`mgg`).
 */
const MATH_TRIGGER =
  /[\\^_{}$~`]|--|''|\d[A-Za-z]|[A-Za-z]\d|[\u0370-\u03ff\u2100-\u22ff]|[a-z]'[aeiou]|\b(?:[A-Za-z]|\d+(?:\.\d+)?) (?:times|sim|in|to) \(?(?:[A-Za-z]|\d+)\b|\b[A-Za-z](?:gg|ll)\b/;

/** Whether a sentence holds a never-English command name (`varepsilon`) or a Greek letter name. */
function hasNeverEnglishName(sentence: string): boolean {
  return sentence.split(/[^A-Za-z]+/).some((word) => (isRemnantName(word) && !isEnglishName(word)) || isGreekName(word));
}

/** The rule: fixture sentences with a trap word and no math trigger at all. */
function trapSentences(): string[] {
  const fixtures = join(import.meta.dirname, '..', 'fixtures');
  const sentences = new Set<string>();
  for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt')).sort()) {
    for (const line of readFileSync(join(fixtures, name), 'utf8').split('\n')) {
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        if (TRAP_WORD.test(sentence) && !MATH_TRIGGER.test(sentence) && !hasNeverEnglishName(sentence)) sentences.add(sentence);
      }
    }
  }
  return [...sentences];
}

const sentences = trapSentences();

describe('English with trap words', () => {
  test('should select at least 300 corpus sentences by the rule', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(300);
  });

  test.each(sentences)('should leave %j unchanged', (sentence) => {
    expect(cleanMath(sentence)).toBe(sentence);
  });
});
