// `roadmap sync --from <file>` (docs/export.md; docs/sync.md): story and epic status back from the JSON
// of `gh issue list`, as an edit (docs/edit.md) through the one edit engine (comments kept, the whole
// road map validated, all files or none, --dry-run, the changes in the words of `diff`). Issues
// without a marker, or with one the road map does not know, are reported and left alone.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Edit } from "../edit/plan-edit.js";
import { UsageError } from "../errors.js";
import { readIssueList, type TrackerIssue } from "../sync/issue-list.js";
import { planSync, type UnmatchedIssue } from "../sync/plan-sync.js";
import { escapeForTerminal } from "../util/terminal-text.js";
import { validateSources } from "../validate/validate-roadmap.js";
import { renderUnmatched } from "../views/text/sync-unmatched.js";
import { type EditOptions, runEdit } from "./edit-session.js";
import type { Io } from "./io.js";

export interface SyncOptions extends EditOptions {
  from?: string;
}

const GH_COMMAND = "gh issue list --state all --limit 100000 --json number,title,state,body,labels,assignees";

export async function runSync(options: SyncOptions, io: Io): Promise<number> {
  if (options.from === undefined) {
    throw new UsageError(`sync needs --from <file>: the JSON that ${GH_COMMAND} prints (- for stdin)`);
  }
  const issues = readIssues(options.from, io);
  if (issues.length > 0 && issues.every((issue) => issue.assigned === undefined)) {
    io.err(
      "roadmap: note: the issues have no assignees (add assignees to gh's --json): open issues do not mark work in progress\n",
    );
  }
  let unmatched: UnmatchedIssue[] = [];
  return runEdit(
    "sync",
    options,
    io,
    ({ input }) => {
      const { roadmap } = validateSources(input.listing, { parsed: input.parsed });
      const plan = planSync(issues, roadmap);
      unmatched = plan.unmatched;
      return plan.updates.map(
        (update): Edit => ({
          type: "change",
          item: { kind: update.kind, id: update.id },
          changes: [{ op: "set", key: ["status"], value: update.to }],
        }),
      );
    },
    { text: () => renderUnmatched(unmatched), json: () => ({ unmatched }) },
  );
}

/** The issues in the file (or stdin for "-"), or exit 2 saying what is wrong with it. */
function readIssues(from: string, io: Io): TrackerIssue[] {
  const name = from === "-" ? "standard input" : escapeForTerminal(from);
  let text: string;
  try {
    text = readFileSync(from === "-" ? 0 : resolve(io.cwd, from), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    throw new UsageError(`cannot read ${name}: ${reason}`);
  }
  const reading = readIssueList(text);
  if (!reading.ok) {
    throw new UsageError(
      `${name} is not an issue list: ${reading.problem} (expected the output of ${GH_COMMAND})`,
    );
  }
  return reading.issues;
}
