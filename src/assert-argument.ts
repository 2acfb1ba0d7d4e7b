// The checks of public arguments: a misuse is a `TypeError` that says what was expected and what came.

/**
 * Describe a value for a misuse message: its type, or `null`, or `array`.
 *
 * @param value - Anything.
 * @returns A short name of what the value is.
 * @example
 * describeValue([1])
 * //=> 'array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Throw a `TypeError` unless the value is a string.
 *
 * @param value - The argument to check.
 * @param name - The argument's name, for the message.
 * @returns Nothing; narrows `value` to a string.
 * @example
 * assertString(42, 'text')
 * //=> throws TypeError: Expected `text` to be a string, got number
 */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected \`${name}\` to be a string, got ${describeValue(value)}`);
  }
}

/**
 * Throw a `TypeError` unless the value is iterable (an array, a set, a generator).
 *
 * @param value - The argument to check.
 * @param name - The argument's name, for the message.
 * @returns Nothing; narrows `value` to an iterable.
 * @example
 * assertIterable(42, 'papers')
 * //=> throws TypeError: Expected `papers` to be an iterable, got number
 */
export function assertIterable(value: unknown, name: string): asserts value is Iterable<unknown> {
  if (typeof value !== 'object' || value === null || typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new TypeError(`Expected \`${name}\` to be an iterable, got ${describeValue(value)}`);
  }
}
