/**
 * Join the pieces of words that a wrapper cut at its column (`fold -s` cuts a word wider than
 * the column: a long URL). Such a piece is a line of one word exactly as wide as the wrap: as
 * wide as the widest line the wrap broke at a space, or one column wider (`fold -s` keeps a
 * blank at the end of those), and the next line goes on with no blank before it (a word that
 * just filled the line leaves its blank at the start of the next). A paragraph with no line broken at a space shows no width, and
 * nothing is joined (docs/families.md#hard-wrapped-text).
 *
 * @param text - A card text as found, lines joined with line breaks.
 * @returns The text with each cut word whole again.
 * @example
 * joinCutWords('The code of the paper is at\nhttps://example.org/a-long-p\nath, and it runs.')
 * //=> 'The code of the paper is at\nhttps://example.org/a-long-path, and it runs.'
 */
export function joinCutWords(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let width = 0;
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = (lines[index] as string).trim();
    if (line.includes(' ') && line.length > width) width = line.length;
  }
  if (width === 0) return text;
  let joined = lines[0] as string;
  for (let index = 1; index < lines.length; index += 1) {
    const previous = (lines[index - 1] as string).trim();
    const line = lines[index] as string;
    const cut = !previous.includes(' ') && (previous.length === width || previous.length === width + 1) && !line.startsWith(' ');
    joined += cut ? line : `\n${line}`;
  }
  return joined;
}
