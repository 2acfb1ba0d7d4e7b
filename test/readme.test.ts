import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES, FormatSchema } from '../src/index.js';

const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('the README', () => {
  test.each(Object.entries(DIAGNOSTIC_CODES))('should explain the diagnostic code %s as the code table does', (code, entry) => {
    expect(README).toContain(`| \`${code}\` | ${entry.severity} | ${entry.meaning} |`);
  });

  test.each(FormatSchema.options)('should describe the family %s', (format) => {
    expect(README).toContain(`| \`${format}\` |`);
  });
});
