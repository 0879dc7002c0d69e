// Story points as text: the one home for how a number of points reads in views and messages.

/** Points may be fractional (0.5); sums of them are printed without float noise (0.1 + 0.2 is 0.3). */
export function formatPoints(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
