// `export --format github-issues [--per story|epic]` (docs/export.md): a POSIX shell script of
// `gh` commands that turns the road map into GitHub issues, one per story (or per epic), and
// running it again updates them instead of duplicating: each body ends with a marker such as
// `<!-- roadmap:epic-id/story-id -->`, and the script lists the repository's issues once and
// looks each marker up before it creates anything. Every title and body is one single-quoted
// shell word (shellQuote), so nothing in the road map is ever executed, and is passed to gh as
// --title="$2" (one argument) so a title starting with a dash is never taken for a flag.

import { describeOwners } from "../model/owners.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic, Story } from "../model/schemas.js";
import { issueMarker } from "../sync/issue-marker.js";
import { escapeMarkdown } from "../util/markdown-text.js";
import { dateStyleOf, describeDates } from "../views/date-style.js";
import { liveEpics, uniqueStories } from "./backlog-items.js";
import type { ExportOptions } from "./exporter.js";
import { shellQuote } from "./shell-text.js";

interface Issue {
  key: string;
  title: string;
  body: string;
}

export function renderGithubIssuesExport(roadmap: Roadmap, options: ExportOptions): string {
  const issues = options.per === "epic" ? epicIssues(roadmap) : storyIssues(roadmap);
  const name = roadmap.mission?.data.name ?? "the road map";
  return [
    "#!/bin/sh",
    `# ${oneLine(name)}: one GitHub issue per ${options.per === "epic" ? "epic" : "story"} not yet done`,
    `# (roadmap export --format github-issues --per ${options.per ?? "story"}; docs/export.md).`,
    "# Run it where gh works on the repository (in its clone, or with GH_REPO=owner/name set).",
    "# Running it again creates nothing twice: each body ends with a marker such as",
    "# <!-- roadmap:epic-id/story-id -->, and an issue that has it is edited instead.",
    "set -eu",
    "command -v gh >/dev/null 2>&1 || { echo 'gh (GitHub CLI) is not on PATH' >&2; exit 127; }",
    "",
    "# The issues that already carry a marker, one 'number key' per line (open and closed).",
    `existing=$(gh issue list --state all --limit 100000 --json number,body --jq ${shellQuote(MARKER_QUERY)})`,
    "",
    "# upsert KEY TITLE BODY: edit the issue whose marker is KEY, else create one.",
    "upsert() {",
    `  number=$(printf '%s\\n' "$existing" | awk -v key="$1" '$2 == key { print $1; exit }')`,
    '  if [ -n "$number" ]; then',
    '    gh issue edit "$number" --title="$2" --body="$3" >/dev/null',
    '    echo "updated #$number ($1)"',
    "  else",
    '    url=$(gh issue create --title="$2" --body="$3")',
    '    echo "created $url ($1)"',
    "  fi",
    "}",
    "",
    ...issues.map(
      (issue) => `upsert ${shellQuote(issue.key)} ${shellQuote(issue.title)} ${shellQuote(issue.body)}`,
    ),
    "",
  ].join("\n");
}

/** jq (gh's --jq): every marker in every body, as "number key". Plain string functions, no regex. */
const MARKER_QUERY =
  '.[] | .number as $n | (.body // "") | split("<!-- roadmap:")[1:][] | split(" -->")[0] | "\\($n) \\(.)"';

function storyIssues(roadmap: Roadmap): Issue[] {
  return liveEpics(roadmap).flatMap((epic) =>
    uniqueStories(epic.data)
      .filter((story) => story.status !== "done")
      .map((story) => {
        const key = `${epic.id}/${story.id}`;
        return { key, title: story.title, body: storyBody(epic, story, key, roadmap) };
      }),
  );
}

function epicIssues(roadmap: Roadmap): Issue[] {
  return liveEpics(roadmap)
    .filter((epic) => epic.data.status !== "done")
    .map((epic) => ({ key: epic.id, title: epic.data.title, body: epicBody(epic, roadmap) }));
}

function storyBody(epic: Located<Epic>, story: Story, key: string, roadmap: Roadmap): string {
  const facts = [
    `**Epic:** ${escapeMarkdown(epic.data.title)} (\`${epic.id}\`)`,
    ...placeFacts(epic, roadmap),
    story.points === undefined ? undefined : `**Points:** ${story.points}`,
    // The person to ask: the story's owner, else its epic's (as in the CSV export).
    ownerFact(story.owner === undefined ? epic.data : story),
  ];
  return [
    factLine(facts),
    epic.data.description === undefined ? undefined : `> ${escapeMarkdown(epic.data.description)}`,
    checklist(
      "Acceptance criteria",
      (story.acceptance ?? []).map((criterion) => ({ text: criterion })),
    ),
    footer(epic, key),
  ]
    .filter((part) => part !== undefined)
    .join("\n\n");
}

function epicBody(epic: Located<Epic>, roadmap: Roadmap): string {
  const facts = [...placeFacts(epic, roadmap), `**Status:** ${epic.data.status}`, ownerFact(epic.data)];
  const stories = uniqueStories(epic.data).map((story) => ({
    text: story.title,
    done: story.status === "done",
    note: story.points === undefined ? `\`${story.id}\`` : `\`${story.id}\`, ${story.points} pt`,
  }));
  return [
    epic.data.description === undefined ? undefined : escapeMarkdown(epic.data.description),
    factLine(facts),
    checklist("Stories", stories),
    footer(epic, epic.id),
  ]
    .filter((part) => part !== undefined)
    .join("\n\n");
}

/** Theme and milestone (with its dates, or quarters on a public road map). */
function placeFacts(epic: Located<Epic>, roadmap: Roadmap): (string | undefined)[] {
  const theme = roadmap.themeById.get(epic.data.theme);
  const milestone =
    epic.data.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.data.milestone);
  return [
    theme === undefined ? undefined : `**Theme:** ${escapeMarkdown(theme.data.title)}`,
    milestone === undefined
      ? "**Milestone:** unscheduled"
      : `**Milestone:** ${escapeMarkdown(milestone.data.title)} (${describeDates(milestone.data, dateStyleOf(roadmap))})`,
  ];
}

function ownerFact(item: { owner?: string | readonly string[] | undefined }): string | undefined {
  const owners = describeOwners(item);
  return owners === "" ? undefined : `**Owner:** ${escapeMarkdown(owners)}`;
}

function factLine(facts: (string | undefined)[]): string {
  return facts.filter((fact) => fact !== undefined).join(" · ");
}

function checklist(
  heading: string,
  items: { text: string; done?: boolean; note?: string }[],
): string | undefined {
  if (items.length === 0) return undefined;
  const lines = items.map(
    (item) =>
      `- [${item.done ? "x" : " "}] ${escapeMarkdown(item.text)}${item.note ? ` (${item.note})` : ""}`,
  );
  return [`### ${heading}`, "", ...lines].join("\n");
}

/** Where the issue comes from, and the marker the script finds it by (always the last line). */
function footer(epic: Located<Epic>, key: string): string {
  const source = epic.file === "" ? "the road map" : `\`${epic.file}\``;
  return [
    `<sub>Generated from ${source} by \`roadmap export --format github-issues\`: edit the road map, not this description (it is rewritten on every run).</sub>`,
    "",
    issueMarker(key),
  ].join("\n");
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
