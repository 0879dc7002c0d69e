// Story points as text: the one home for how a number of points reads in views and messages.

/** Points may be fractional (0.5); sums of them are printed without float noise (0.1 + 0.2 is 0.3). */
export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * `a + b` for story points, without float noise: points are written with a few decimals at most
 * (0.5, 0.25), so sums are kept to millionths and 0.1 + 0.2 is 0.3, in JSON and in comparisons
 * against a capacity alike.
 */
export function addPoints(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}
