// The issues `roadmap sync` could not match to the road map (docs/sync.md): reported one a line,
// never guessed. Pure; titles are terminal-safe.

import type { UnmatchedIssue } from "../../sync/plan-sync.js";
import { plural } from "../../util/plural.js";
import { escapeForTerminal } from "../../util/terminal-text.js";

export function renderUnmatched(unmatched: readonly UnmatchedIssue[]): string {
  if (unmatched.length === 0) return "";
  const lines = ["", `Not synced: ${plural(unmatched.length, "issue")}`];
  for (const issue of unmatched) {
    lines.push(`  #${issue.number} ${escapeForTerminal(issue.title)}: ${describeReason(issue)}`);
  }
  return `${lines.join("\n")}\n`;
}

function describeReason(issue: UnmatchedIssue): string {
  const markers = issue.markers.map((key) => `roadmap:${escapeForTerminal(key)}`);
  switch (issue.reason) {
    case "no-marker":
      return "no roadmap marker in its body";
    case "unknown-marker":
      return `its marker ${markers[0]} names no story or epic of the road map`;
    case "several-markers":
      return `several markers (${markers.join(", ")}); an issue tracks one story or epic`;
    case "shared-marker":
      return `another issue carries the same marker ${markers[0]}`;
  }
}
