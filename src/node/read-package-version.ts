import { readFileSync } from 'node:fs';

/**
 * The `version` of a `package.json`, for `--version`; `'unknown'` when the file is missing or
 * has none.
 *
 * @param url - Where the `package.json` is.
 * @returns The version string.
 * @example
 * readPackageVersion(new URL('../package.json', import.meta.url))
 * //=> '0.1.0'
 */
export function readPackageVersion(url: URL): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(url, 'utf8'));
    const version = typeof manifest === 'object' && manifest !== null ? (manifest as { version?: unknown }).version : undefined;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
