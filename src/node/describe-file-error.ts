/**
 * Say why a file could not be read, in a few words: a system error's code and description
 * without the path and system call that Node appends (the caller names the file itself).
 *
 * @param error - What reading the file threw.
 * @returns The reason, such as `ENOENT: no such file or directory`.
 * @example
 * describeFileError(Object.assign(new Error("ENOENT: no such file or directory, open 'a.txt'"), { code: 'ENOENT', syscall: 'open', path: 'a.txt' }))
 * //=> 'ENOENT: no such file or directory'
 */
export function describeFileError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { syscall, path } = error as NodeJS.ErrnoException;
  const suffix = syscall !== undefined && path !== undefined ? `, ${syscall} '${path}'` : null;
  return suffix !== null && error.message.endsWith(suffix) ? error.message.slice(0, -suffix.length) : error.message;
}

/**
 * Whether an error comes from the system (a file that is missing, a folder, no permission),
 * as opposed to a fault of the program.
 *
 * @param error - Anything thrown.
 * @returns True for Node's system errors, which carry a string `code` such as `ENOENT`.
 * @example
 * isSystemError(Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }))
 * //=> true
 */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}
