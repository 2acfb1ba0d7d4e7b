import type { z } from 'zod';
import { describeValue } from './assert-argument.js';

/**
 * Check an options object against its schema; a wrong option is a `TypeError` that names
 * the option, what was expected and what came.
 *
 * @param schema - The zod schema of the options.
 * @param options - What the caller passed (undefined means no options).
 * @param functionName - The public function, for the message.
 * @returns The options, typed.
 * @example
 * parseOptions(ParseOptionsSchema, { format: 'daily' }, 'parsePaperDump')
 * //=> { format: 'daily' }
 */
export function parseOptions<Schema extends z.ZodType>(
  schema: Schema,
  options: unknown,
  functionName: string,
): z.infer<Schema> {
  if (options === undefined) return schema.parse({});
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Expected the options of ${functionName}() to be an object, got ${describeValue(options)}`);
  }
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const field = path === '' ? 'options' : `\`options.${path}\``;
  const received = path === '' ? '' : `, got ${formatReceived(valueAt(options, issue?.path ?? []))}`;
  throw new TypeError(`Invalid ${field} of ${functionName}(): ${issue?.message ?? 'not valid'}${received}`);
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function formatReceived(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : describeValue(value);
}
