// The JSON that `gh issue list --state all --json number,title,state,body,labels,assignees`
// prints (docs/sync.md), checked with zod before anything is read from it: a list of issues,
// each with at least a number, a state and a body. Other fields gh may print are ignored.
import * as z from "zod/mini";
import { findingsFromIssues } from "../diagnostics/schema-findings.js";

const issueSchema = z.looseObject({
  number: z.int().check(z.positive()),
  title: z._default(z.string(), ""),
  state: z.string().check(
    z.refine((state) => ["open", "closed"].includes(state.toLowerCase()), {
      error: 'must be "OPEN" or "CLOSED"',
    }),
  ),
  body: z.nullable(z.string()),
  labels: z.optional(z.array(z.looseObject({ name: z.string() }))),
  /** Absent when the list was printed without `assignees`: then nobody can tell who works on it. */
  assignees: z.optional(z.array(z.looseObject({ login: z.string() }))),
});

const issueListSchema = z.array(issueSchema);

export interface TrackerIssue {
  number: number;
  title: string;
  state: "open" | "closed";
  body: string;
  /** undefined when the list does not say (printed without `assignees`). */
  assigned: boolean | undefined;
}

export type IssueListReading = { ok: true; issues: TrackerIssue[] } | { ok: false; problem: string };

/** The issues in `text`, or what is wrong with it (not JSON, or not gh's shape, with where). */
export function readIssueList(text: string): IssueListReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `it is not JSON (${(error as Error).message})` };
  }
  const result = z.safeParse(issueListSchema, value);
  if (!result.success) return { ok: false, problem: describeProblem(value, result.error.issues) };
  return {
    ok: true,
    issues: result.data.map((issue) => ({
      number: issue.number,
      title: issue.title,
      state: issue.state.toLowerCase() === "closed" ? "closed" : "open",
      body: issue.body ?? "",
      assigned: issue.assignees === undefined ? undefined : issue.assignees.length > 0,
    })),
  };
}

/** The first problem, worded as validate words a file's (with the issue's place in the list). */
function describeProblem(value: unknown, issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  const index = first?.path[0];
  if (!Array.isArray(value) || first === undefined || typeof index !== "number") {
    return "it must be a list of issues, as gh issue list --json prints";
  }
  const inIssue = { ...first, path: first.path.slice(1) };
  const [finding] = findingsFromIssues("", issueSchema, value[index], [inIssue]);
  return `issue ${index + 1} of the list: ${finding?.message ?? first.message}`;
}
