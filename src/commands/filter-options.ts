// The filter flags (--quarter, --theme, --milestone, --status, --owner, --team, --label) turned into a checked
// RoadmapFilter. A value that names nothing is a usage error (exit 2) with a "did you mean" hint:
// a typo must not silently print an empty road map.
import { UsageError } from "../errors.js";
import { relativeQuarters, resolveQuarter } from "../model/quarter.js";
import type { Roadmap } from "../model/roadmap.js";
import { epicStatuses } from "../model/value-sets.js";
import { didYouMean } from "../util/did-you-mean.js";
import type { RoadmapFilter } from "../views/filter.js";

export interface FilterOptions {
  quarter?: string;
  theme?: string;
  milestone?: string;
  status?: string;
  owner?: string;
  team?: string;
  label?: string;
}

export function resolveFilter(options: FilterOptions, roadmap: Roadmap, today: string): RoadmapFilter {
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
  if (options.theme !== undefined) {
    filter.theme = checkId("theme", options.theme, roadmap.themeById);
  }
  if (options.milestone !== undefined) {
    filter.milestone = checkId("milestone", options.milestone, roadmap.milestoneById);
  }
  if (options.status !== undefined) {
    filter.statuses = parseStatuses(options.status, epicStatuses);
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
    filter.owner = options.owner.trim();
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
