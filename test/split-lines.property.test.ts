import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/tokenize/split-lines.js';
import { fc } from './arbitraries.js';

const textWithBreaks = fc
  .array(fc.oneof(fc.constantFrom('\n', '\r', '\r\n', ' ', 'a', 'é'), fc.string({ maxLength: 5 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('splitLines', () => {
  it('should cut a text exactly where CRLF, LF and lone CR are', () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        expect(splitLines(text).map((line) => line.text)).toEqual(text.split(/\r\n|\r|\n/));
      }),
    );
  });

  it('should give each line the offset where its text stands and consecutive line numbers', () => {
    fc.assert(
      fc.property(textWithBreaks, (text) => {
        splitLines(text).forEach((line, index) => {
          expect(text.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
          expect(line.line).toBe(index + 1);
        });
      }),
    );
  });
});
