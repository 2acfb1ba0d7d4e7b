import { describe, expect, test } from 'vitest';
import { parsePaperDump, type Format } from '../src/index.js';

/** Real titles that start in lower case or with a name holding digits. */
const TITLES = [
  's1: Simple test-time scaling',
  'o1-Coder: an o1 Replication for Coding',
  'rStar-Math: Small LLMs Can Master Math Reasoning with Self-Evolved Deep Thinking',
  'xLSTM: Extended Long Short-Term Memory',
  'dots.ocr: Multilingual Document Layout Parsing in a Single Vision-Language Model',
  'iVideoGPT: Interactive VideoGPTs are Scalable World Models',
  'mPLUG-Owl3: Towards Long Image-Sequence Understanding in Multi-Modal Large Language Models',
  'pi0: A Vision-Language-Action Flow Model for General Robot Control',
  'code2seq: Generating Sequences from Structured Representations of Code',
  'sui-1: Grounded Summaries of Long Documents',
] as const;

const ABSTRACT =
  'We study how a model reads long inputs and answers questions about them. Our method improves accuracy on six benchmarks while it uses less compute than prior work, and we release the code and the data.';
const SECOND_TITLE = 'A Second Paper With an Ordinary Title';
const SECOND_ABSTRACT = 'It has an abstract of its own. It ends here, and the card after it closes the page for good.';
const PAPER = 'https://huggingface.co/papers/2501.01234';
const SECOND_PAPER = 'https://huggingface.co/papers/2501.05678';

/** One small capture per family: the card under test, then an ordinary card. */
const CARDS: Record<Exclude<Format, 'api-json' | 'scraper-json' | 'paper-json' | 'json-lines'>, (title: string) => string> = {
  digest: (title) => `# Papers of the week\n\n## 1. [${title}](${PAPER})\n\n${ABSTRACT}\n\n## 2. [${SECOND_TITLE}](${SECOND_PAPER})\n\n${SECOND_ABSTRACT}\n`,
  daily: (title) =>
    `Daily Papers\n\nApr 20\n\n${title}\n\n${ABSTRACT}\n\n  • 4 authors\n·\nApr 18\n\n${SECOND_TITLE}\n\n${SECOND_ABSTRACT}\n\n  • 2 authors\n·\nApr 17\n`,
  search: (title) => `Get trending papers in your email inbox!\nSubscribe${title}\n${ABSTRACT}\n${SECOND_TITLE}\n${SECOND_ABSTRACT} ${ABSTRACT}\n`,
  listing: (title) => `Mar 11\n\n${title}\n\n${ABSTRACT}\n\n${SECOND_TITLE}\n\n${SECOND_ABSTRACT}\n`,
  markdown: (title) =>
    `# Daily Papers\n\n[12](https://huggingface.co/login?next=%2Fpapers%2F2501.01234)\n\n### [${title}](${PAPER})\n\n[${ABSTRACT}](${PAPER})\n\n·\n\nJan 9\n\n` +
    `[-](https://huggingface.co/login?next=%2Fpapers%2F2501.05678)\n\n### [${SECOND_TITLE}](${SECOND_PAPER})\n\n[${SECOND_ABSTRACT}](${SECOND_PAPER})\n\n·\n\nJan 10\n`,
  'reference-markdown': (title) =>
    `# Daily Papers\n\n[\n12\n][1]\n\n### [${title}][2]\n\n[\n\n${ABSTRACT}\n\n][2]\n·\nJan 9\n\n[\n-\n][3]\n\n### [${SECOND_TITLE}][4]\n\n[\n\n${SECOND_ABSTRACT}\n\n][4]\n·\nJan 10\n\n` +
    `References\n\n  1. https://huggingface.co/login?next=%2Fpapers%2F2501.01234\n  2. ${PAPER}\n  3. https://huggingface.co/login?next=%2Fpapers%2F2501.05678\n  4. ${SECOND_PAPER}\n`,
  'link-per-line': (title) =>
    ` [-] 12\n\nhttps://huggingface.co/login?next=%2Fpapers%2F2501.01234\n\n${title}\n\n${PAPER}\n\n${ABSTRACT}\n\n${PAPER}\n\n·\n\nJan 9\n\n` +
    ` [-] 3\n\nhttps://huggingface.co/login?next=%2Fpapers%2F2501.05678\n\n${SECOND_TITLE}\n\n${SECOND_PAPER}\n\n${SECOND_ABSTRACT}\n\n${SECOND_PAPER}\n\n·\n\nJan 10\n`,
  trending: (title) =>
    `# Trending Papers - Hugging Face\n**URL:** https://huggingface.co/papers/trending\n\n### ${title}\n\n${ABSTRACT}\n- 8 authors\n[GitHub 152](https://github.com/example/one)\n\n` +
    `### ${SECOND_TITLE}\n\n${SECOND_ABSTRACT}\n- 3 authors\n[GitHub 11.3k](https://github.com/example/two)\n`,
  'html-extraction': (title) =>
    `## Extracted Text\n\n<a id="source-section-0"></a>\n\nSubmitted by\n\ntaesiri\n\n### [${title}](${PAPER})\n\n${ABSTRACT}\n\n- 14 authors\n\n· Published on Sep 17, 2025\n\n` +
    `[Upvote 20](https://huggingface.co/login?next=%2Fpapers%2F2501.01234)\n\n<a id="source-section-1"></a>\n\n### [${SECOND_TITLE}](${SECOND_PAPER})\n\n${SECOND_ABSTRACT}\n\n- 3 authors\n\n· Published on Sep 16, 2025\n`,
  feed: (title) =>
    `<?xml version='1.0' encoding='UTF-8'?>\n<rss version="2.0"><channel><title>Hugging Face Daily Papers</title>\n` +
    `<item><title>${title}</title><link>${PAPER}</link><description>&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; ${ABSTRACT}&lt;/p&gt;</description></item>\n` +
    `<item><title>${SECOND_TITLE}</title><link>${SECOND_PAPER}</link><description>&lt;p&gt;&lt;b&gt;Summary:&lt;/b&gt; ${SECOND_ABSTRACT}&lt;/p&gt;</description></item>\n` +
    `</channel></rss>\n`,
  html: (title) =>
    `<!DOCTYPE html>\n<title>Daily Papers - Hugging Face</title>\n<article><h3><a href="/papers/2501.01234">${title}</a></h3><p>${ABSTRACT}</p><div>4 authors</div></article>\n` +
    `<article><h3><a href="/papers/2501.05678">${SECOND_TITLE}</a></h3><p>${SECOND_ABSTRACT}</p></article>\n`,
};

const CASES = Object.entries(CARDS).flatMap(([format, print]) => TITLES.map((title) => ({ format, title, text: print(title) })));

describe('titles that start in lower case or with a name holding digits', () => {
  test.each(CASES)('should read "$title" as the title of a $format card, and keep the card after it', ({ format, title, text }) => {
    const result = parsePaperDump(text, { referenceDate: '2026-04-21' });
    expect(result.format).toBe(format);
    expect(result.papers.map((paper) => paper.title)).toEqual([title, SECOND_TITLE]);
    const texts = result.papers.map((paper) => paper.abstract ?? paper.aiSummary);
    expect(texts[0]).toBe(ABSTRACT);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });
});
