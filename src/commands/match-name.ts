// What a filter flag's value names (docs/views.md, "Filters"): the id or name as written (any
// case), else the ids, titles or names with a word starting with it (`--owner lena` finds "Lena
// Fischer", `--milestone onboarding` finds "2027-q1-onboarding"), said on stderr so the user
// sees what was matched; else a usage error with a "did you mean" hint.
import { UsageError } from "../errors.js";
import { didYouMean } from "../util/did-you-mean.js";

export interface Named {
  /** What the filter compares with: an id, or a person's name. */
  value: string;
  /** Another text the user may have meant it by (a title). */
  title?: string;
}

export interface Matched {
  values: string[];
  /** For stderr when the match was partial: `--owner "lena" matches "Lena Fischer"`. */
  note?: string;
}

/**
 * The values `typed` names for `--<flag>`. A partial match may name several values; `single`
 * refuses that (a theme or milestone filter names one) and lists them.
 */
export function matchName(flag: string, typed: string, known: readonly Named[], single: boolean): Matched {
  const wanted = typed.trim();
  const lower = wanted.toLowerCase();
  const exact = known.filter((item) => item.value.toLowerCase() === lower);
  if (exact.length > 0) return { values: [...new Set(exact.map((item) => item.value))] };
  const partial = [
    ...new Set(
      known
        .filter((item) => startsAWord(item.value, lower) || startsAWord(item.title, lower))
        .map((item) => item.value),
    ),
  ].sort();
  if (partial.length === 0 || lower === "") {
    const hint = didYouMean(
      wanted,
      known.map((item) => item.value),
    );
    throw new UsageError(`unknown ${flag} "${wanted}"${hint}`);
  }
  if (single && partial.length > 1) {
    throw new UsageError(
      `--${flag} "${wanted}" matches ${partial.length}: ${partial.join(", ")}; name one of them`,
    );
  }
  const list = partial.map((value) => `"${value}"`).join(", ");
  return { values: partial, note: `--${flag} "${wanted}" matches ${list}` };
}

/** `lena` starts a word of "Lena Fischer", `onboarding` one of "2027-q1-onboarding"; "ma" none of "Omar". */
function startsAWord(text: string | undefined, lower: string): boolean {
  if (text === undefined) return false;
  const name = text.toLowerCase();
  return name.startsWith(lower) || name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(lower));
}
