// Numeric flags, read once where cli.ts declares them (commander calls these as the flags'
// parsers), so every command receives a checked number, never a string to convert. One rule for
// all: decimal digits only (no signs, fractions, exponents, hex or blanks), within the flag's
// range; anything else is exit 2 naming the flag, its range and what was given (README.md,
// "Commands").
import { UsageError } from "../errors.js";
import { MAX_GIT_COUNT } from "../history/max-count.js";
import { quoteValue } from "../util/quote-value.js";

export interface WholeNumberFlag {
  /** As people type it: "-n", "--width". */
  name: string;
  /** What the number counts, for the message: "commits", "columns". */
  unit: string;
  min: number;
  max: number;
}

/** Every numeric flag of every command, with its range. */
export const NUMERIC_FLAGS = {
  maxCount: { name: "-n", unit: "commits", min: 1, max: MAX_GIT_COUNT },
  maxWarnings: { name: "--max-warnings", unit: "warnings", min: 0, max: MAX_GIT_COUNT },
  width: { name: "--width", unit: "columns", min: 20, max: 1000 },
  /** 40 years of quarters: more history than any road map has. */
  trend: { name: "--trend", unit: "quarters", min: 1, max: 160 },
  /** A century: anything longer means "never stale". */
  staleDays: { name: "--stale-days", unit: "days", min: 0, max: 36_525 },
} as const satisfies Record<string, WholeNumberFlag>;

/** The flag's value as a number, or exit 2. */
function readWholeNumber(flag: WholeNumberFlag, value: string): number {
  const number = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (number >= flag.min && number <= flag.max) return number;
  throw new UsageError(
    `${flag.name} must be a whole number of ${flag.unit}, ${flag.min} to ${flag.max} (got ${quoteValue(value)})`,
  );
}

/** A commander option parser for the flag. */
export function wholeNumber(flag: WholeNumberFlag): (value: string) => number {
  return (value) => readWholeNumber(flag, value);
}
