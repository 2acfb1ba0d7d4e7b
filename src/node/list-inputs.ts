import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFileError } from './describe-file-error.js';

/**
 * One input of a run, named as diagnostics name it: standard input; a file (its `size` in
 * bytes, or null when it is not a regular file, such as a pipe, and its size is unknown); or
 * a path that could not be read, with the reason.
 */
export type Input =
  | { kind: 'stdin'; name: '<stdin>' }
  | { kind: 'file'; name: string; size: number | null }
  | { kind: 'unreadable'; name: string; reason: string };

/** The name standard input goes by on the command line. */
export const STDIN_PATH = '-';

/**
 * Turn the paths of a command line into the inputs to read, in order. `-` is standard input; a
 * folder gives every regular file inside it, recursively, sorted by path (code-unit order),
 * without files and folders whose name starts with `.`; symbolic links inside a folder are
 * followed to files, not to folders (no cycles). Any other path is read as a file. A path or a
 * subfolder that cannot be read becomes an `unreadable` input in its place, and the listing
 * goes on.
 *
 * @param paths - The paths as the user wrote them (none is not special here: pass `['-']`).
 * @returns The inputs, named by their path as given, or joined under the folder as given.
 * @example
 * await listInputs(['notes.txt', 'captures', '-'])
 * //=> [{ kind: 'file', name: 'notes.txt', size: 120 }, { kind: 'file', name: 'captures/a.txt', size: 9000 }, { kind: 'stdin', name: '<stdin>' }]
 */
export async function listInputs(paths: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === STDIN_PATH) {
      inputs.push({ kind: 'stdin', name: '<stdin>' });
      continue;
    }
    try {
      const stats = await stat(path);
      // One by one: a folder can hold too many files to spread into push's arguments.
      if (stats.isDirectory()) for (const input of await listFolder(path)) inputs.push(input);
      else inputs.push({ kind: 'file', name: path, size: stats.isFile() ? stats.size : null });
    } catch (error) {
      inputs.push({ kind: 'unreadable', name: path, reason: describeFileError(error) });
    }
  }
  return inputs;
}

/** The files under a folder, sorted by path; a subfolder that cannot be listed is an `unreadable` input. */
async function listFolder(root: string): Promise<Input[]> {
  const found: Input[] = [];
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      found.push({ kind: 'unreadable', name: folder, reason: describeFileError(error) });
      continue;
    }
    const files: Promise<Input | null>[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(describeFile(path));
    }
    for (const file of await Promise.all(files)) if (file !== null) found.push(file);
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A file found in a folder, with its size; null when it is not a regular file (a link to a folder, say). */
async function describeFile(path: string): Promise<Input | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? { kind: 'file', name: path, size: stats.size } : null;
  } catch (error) {
    return { kind: 'unreadable', name: path, reason: describeFileError(error) };
  }
}
