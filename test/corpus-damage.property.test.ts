import { describe, expect, it } from 'vitest';
import { parsePaperDump, ParseResultSchema } from '../src/index.js';
import { fc } from './arbitraries.js';
import { readFixture } from './read-fixture.js';

const FILES = [
  '000_055f216e977f1c87.txt',
  '001_71592d889472a176.txt',
  '002_ad3ed8a1ed9d81af.txt',
  '003_8484e09dc279088b.txt',
  '004_532eaede1c8b74eb.txt',
] as const;

const TEXTS = new Map(FILES.map((file) => [file, readFixture(file)]));
const OPTIONS = { referenceDate: '2026-11-01' } as const;
const ORIGINALS = new Map(FILES.map((file) => [file, parsePaperDump(TEXTS.get(file) as string, OPTIONS).papers]));

/** One line-level accident of copying: a line lost, doubled, or swapped with the next. */
type Damage = 'delete' | 'duplicate' | 'swap';

function damage(lines: readonly string[], kind: Damage, at: number): string[] {
  const copy = [...lines];
  if (kind === 'delete') copy.splice(at, 1);
  else if (kind === 'duplicate') copy.splice(at, 0, lines[at] as string);
  else if (at + 1 < copy.length) [copy[at], copy[at + 1]] = [copy[at + 1] as string, copy[at] as string];
  return copy;
}

/** How far, in lines, damage may reach into the cards around it. */
const REACH = 3;

describe('line-level damage to the corpus captures', () => {
  it('should keep every card whose lines the damage did not come near, and stay valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), fc.constantFrom<Damage>('delete', 'duplicate', 'swap'), fc.nat(), (file, kind, seed) => {
        const text = TEXTS.get(file) as string;
        const lines = text.split('\n');
        const at = seed % lines.length;
        const result = parsePaperDump(damage(lines, kind, at).join('\n'), OPTIONS);
        expect(ParseResultSchema.safeParse(result).success).toBe(true);

        const damagedLine = at + 1;
        const survivors = new Set(result.papers.map((paper) => `${paper.title}\n${paper.abstract}`));
        const original = ORIGINALS.get(file) ?? [];
        for (const paper of original) {
          const near = paper.source.startLine - REACH <= damagedLine && damagedLine <= paper.source.endLine + REACH;
          if (!near) expect(survivors.has(`${paper.title}\n${paper.abstract}`)).toBe(true);
        }
        expect(Math.abs(result.papers.length - original.length)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
