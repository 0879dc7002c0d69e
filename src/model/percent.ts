// Percentages: the one home for how a fraction reads as a percentage in every view, export and
// message.

/**
 * Progress as a whole percentage, rounded down so 99.6% never reads as done. Rounded to 1e-4
 * first: 29/100 * 100 is 28.999999999999996 in floating point, and 29 points of 100 must read 29%.
 */
export function wholePercent(progress: number): number {
  return Math.floor(Math.round(progress * 1_000_000) / 10_000);
}

/** Progress as text: `29%` (wholePercent). */
export function formatPercent(progress: number): string {
  return `${wholePercent(progress)}%`;
}

/** A share to one decimal, rounded to the nearest: 2 of 3 is `66.7%`, 0.4 is `40%`. */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
