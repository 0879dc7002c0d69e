// The filter flags (--quarter, --theme, --milestone, --status, --owner, --team, --label) turned into a checked
// RoadmapFilter. A value that names nothing is a usage error (exit 2) with a "did you mean" hint:
// a typo must not silently print an empty road map.
import { UsageError } from "../errors.js";
import { ownersOf } from "../model/owners.js";
import { relativeQuarters, resolveQuarter } from "../model/quarter.js";
import type { Roadmap } from "../model/roadmap.js";
import { didYouMean } from "../util/did-you-mean.js";
import type { RoadmapFilter } from "../views/filter.js";
import { filterStatuses } from "./flag-values.js";
import { matchName, type Named } from "./match-name.js";

export interface FilterOptions {
  quarter?: string;
  theme?: string;
  milestone?: string;
  status?: string;
  owner?: string;
  team?: string;
  label?: string;
}

/**
 * `say` gets a line for stderr when a value matched partially, so the user sees what it named
 * (`--owner "lena" matches "Lena Fischer"`).
 */
export function resolveFilter(
  options: FilterOptions,
  roadmap: Roadmap,
  today: string,
  say: (line: string) => void = () => {},
): RoadmapFilter {
  const filter: RoadmapFilter = {};
  if (options.quarter !== undefined) {
    const fiscalYearStart = roadmap.mission?.data.fiscal_year_start ?? 1;
    const quarter = resolveQuarter(options.quarter.trim(), today, fiscalYearStart);
    if (quarter === undefined) {
      throw new UsageError(
        `--quarter must be YYYY-Qn or one of ${relativeQuarters.join(", ")} (got "${options.quarter}")` +
          didYouMean(options.quarter, relativeQuarters),
      );
    }
    filter.quarter = quarter;
  }
  const one = (flag: string, typed: string, known: readonly Named[]): string => {
    const { values, note } = matchName(flag, typed, known, true);
    if (note !== undefined) say(note);
    return values[0]!;
  };
  if (options.theme !== undefined) {
    filter.theme = one(
      "theme",
      options.theme,
      roadmap.themes.map(({ id, data }) => ({ value: id, title: data.title })),
    );
  }
  if (options.milestone !== undefined) {
    const milestones = roadmap.milestones.map(({ id, data }) => ({ value: id, title: data.title }));
    filter.milestone = one("milestone", options.milestone, milestones);
  }
  if (options.status !== undefined) {
    filter.statuses = parseStatuses(options.status, filterStatuses);
  }
  if (options.team !== undefined) {
    filter.team = checkId("team", options.team, roadmap.teamById);
  }
  if (options.label !== undefined) {
    const labels = new Set(roadmap.epics.flatMap((epic) => epic.data.labels ?? []));
    filter.label = checkId("label", options.label, labels);
  }
  if (options.owner !== undefined) {
    if (roadmap.audience === "public") {
      throw new UsageError(
        "--owner cannot be used with --audience public: owners are not part of a public road map",
      );
    }
    const owners = [
      ...new Set(roadmap.epics.flatMap(({ data }) => [data, ...(data.stories ?? [])].flatMap(ownersOf))),
    ];
    const { values, note } = matchName(
      "owner",
      options.owner,
      owners.map((value) => ({ value })),
      false,
    );
    if (note !== undefined) say(note);
    filter.owners = values;
  }
  return filter;
}

function checkId(
  kind: string,
  id: string,
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
): string {
  const wanted = id.trim();
  if (known.has(wanted)) return wanted;
  throw new UsageError(`unknown ${kind} "${wanted}"${didYouMean(wanted, known.keys())}`);
}

/** `--status a,b`: each one of `allowed` (a typo is a usage error with a hint), sorted, once each. */
export function parseStatuses<S extends string>(text: string, allowed: readonly S[]): S[] {
  const statuses = text
    .split(",")
    .map((status) => status.trim())
    .filter((status) => status !== "");
  if (statuses.length === 0) {
    throw new UsageError(`--status needs at least one of: ${allowed.join(", ")}`);
  }
  for (const status of statuses) {
    if (!(allowed as readonly string[]).includes(status)) {
      throw new UsageError(
        `unknown status "${status}"${didYouMean(status, allowed)}; use one of: ${allowed.join(", ")}`,
      );
    }
  }
  return [...new Set(statuses as S[])].sort();
}
