const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * A byte count for people: decimal units, three significant digits at most.
 *
 * @param bytes - A count of bytes, 0 or more.
 * @returns The count with its unit.
 * @example
 * formatByteSize(12_345_678)
 * //=> '12.3 MB'
 */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
