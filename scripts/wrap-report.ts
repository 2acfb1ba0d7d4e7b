/**
 * Hard-wrap every corpus capture at 60, 72 and 80 columns and print, per file, width and wrap
 * style, the papers read from the capture as it is and from the wrapped one, and how many cards
 * were lost or came back with another title or abstract. Plain text is wrapped as `fold -s`
 * writes it; markdown with `\` hard line breaks, and also by `fold -s` (which cuts long link
 * targets, so those counts only inform). Run with `npx tsx scripts/wrap-report.ts`.
 */
import { parsePaperDump } from '../src/index.js';
import { compareRecords } from '../test/compare-records.js';
import { listWrapCorpus, WRAP_WIDTHS, wrapIn, type WrapStyle } from '../test/wrap-corpus.js';

const rows: string[] = ['file\tstyle\twidth\tunwrapped\twrapped\tlost\ttitles\tabstracts\textra'];
const details: string[] = [];
const totals = { variants: 0, same: 0 };
for (const file of listWrapCorpus()) {
  const options = { referenceDate: file.referenceDate, math: 'keep' } as const;
  const original = parsePaperDump(file.text, options).papers;
  const styles: WrapStyle[] = file.style === 'fold' ? ['fold'] : ['markdown', 'fold'];
  for (const style of styles) {
    for (const width of WRAP_WIDTHS) {
      const wrapped = parsePaperDump(wrapIn(style, file.text, width), options).papers;
      const comparison = compareRecords(original, wrapped);
      const { unwrapped, lost, titles, abstracts, extra } = comparison;
      rows.push([file.name, style, width, unwrapped, comparison.wrapped, lost.length, titles.length, abstracts.length, extra.length].join('\t'));
      if (style === file.style) {
        totals.variants += 1;
        if (lost.length + titles.length + abstracts.length + extra.length === 0 && unwrapped === comparison.wrapped) totals.same += 1;
      }
      for (const [kind, list] of Object.entries({ lost, titles, abstracts, extra })) {
        for (const title of list.slice(0, 3)) details.push(`${file.name} ${style} ${width} ${kind}: ${title.slice(0, 90)}`);
      }
    }
  }
}
rows.push('', `${totals.same} of ${totals.variants} wrapped variants (fold for text, hard breaks for markdown) read as unwrapped`, '', ...details);
process.stdout.write(`${rows.join('\n')}\n`);
