/**
 * The start of a JSON document, told before all of it is read. The regular expression is
 * named, documented in one line and linear, with its `parseX` beside it.
 */

/** The start of a JSON document: an object, or an array whose first item is a JSON value (not a markdown `[link]`). */
export const JSON_START = /^\uFEFF?\s*(?:\{|\[\s*(?:[{["\]\d-]|true|false|null))/;

/**
 * Tell whether a text starts like a JSON document, before all of it is read.
 *
 * @param text - The start of a capture.
 * @returns True when it opens an object, or an array of JSON values.
 * @example
 * parseJsonStart('[{"paper": {}}]')
 * //=> true
 * parseJsonStart('[Upvote 5](https://huggingface.co/login)')
 * //=> false
 */
export function parseJsonStart(text: string): boolean {
  return JSON_START.test(text);
}
