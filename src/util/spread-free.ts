// `target.push(...items)` and `Math.max(...values)` pass every item as an argument, and engines
// cap arguments (V8: about 120,000): one hostile file's 120,000 findings crashed validate with
// "Maximum call stack size exceeded", losing every other file's diagnostics. These take any
// number of items. A test (test/code/argument-spread.test.ts) keeps spreads out of calls in src/.

/** Appends every item to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of the values, or `floor` when there are none (or all are smaller). */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of the values, or `ceiling` when there are none (or all are larger). */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}
