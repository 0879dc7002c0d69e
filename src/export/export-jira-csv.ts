// `export --format jira-csv` (docs/export.md, "jira-csv"): one CSV file for Jira Cloud's CSV
// import (External System Import), the columns named as Jira names its fields so the wizard maps
// most of them by itself. Epics come first, then the stories, each with its epic's `Issue Id` in
// `Parent` (the order and link Jira's importer needs to nest stories under epics). Every cell goes
// through the one CSV cell writer (util/csv-cell.ts): RFC 4180 quoting and the formula guard.
import { epicDueDate } from "../model/epic-dates.js";
import { describeOwners, ownersOf } from "../model/owners.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import {
  type Epic,
  type EpicStatus,
  kindOf,
  type Milestone,
  type Story,
  type StoryStatus,
} from "../model/schemas.js";
import { teamOfStory } from "../model/teams.js";
import { markerText } from "../sync/issue-marker.js";
import { csvRow } from "../util/csv-cell.js";
import { maxOf } from "../util/spread-free.js";
import { dateStyleOf, describeDates } from "../views/date-style.js";
import { liveEpics, sortEpicsByPlace, uniqueStories } from "./backlog-items.js";
import { assignIssueIds } from "./jira-issue-ids.js";

/** The columns before the labels; `Labels` follows as often as the most labelled row needs. */
const JIRA_COLUMNS = [
  "Issue Id",
  "Parent",
  "Issue Type",
  "Summary",
  "Description",
  "Status",
  "Story Points",
  "Assignee",
  "Start date",
  "Due date",
  "Fix Version",
  "Component",
] as const;

type JiraRow = Record<(typeof JIRA_COLUMNS)[number], string> & { labels: string[] };

/** Jira's longest summary; a longer title is cut there and given whole in the description. */
const SUMMARY_MAX = 255;

/** The road map's statuses as the names of Jira's default workflow ("To Do", ...). */
const EPIC_STATUS: Record<EpicStatus, string> = {
  proposed: "To Do",
  planned: "To Do",
  "in-progress": "In Progress",
  done: "Done",
  // Not written: dropped epics are left out (backlog-items.ts). Jira's nearest is a resolution.
  dropped: "Done",
};
const STORY_STATUS: Record<StoryStatus, string> = {
  todo: "To Do",
  "in-progress": "In Progress",
  done: "Done",
};

export function renderJiraCsvExport(roadmap: Roadmap): string {
  const epics = sortEpicsByPlace(roadmap, liveEpics(roadmap));
  const stories = epics.flatMap((epic) => uniqueStories(epic.data).map((story) => ({ epic, story })));
  const ids = assignIssueIds([
    ...epics.map((epic) => epic.id),
    ...stories.map(({ epic, story }) => `${epic.id}/${story.id}`),
  ]);
  const idOf = (key: string): string => ids.get(key) ?? "";
  const rows = [
    ...epics.map((epic) => epicRow(epic, idOf(epic.id), roadmap)),
    ...stories.map(({ epic, story }) =>
      storyRow(epic, story, idOf(`${epic.id}/${story.id}`), idOf(epic.id), roadmap),
    ),
  ];
  const labelColumns = maxOf(
    rows.map((row) => row.labels.length),
    1,
  );
  const header = [...JIRA_COLUMNS, ...Array<string>(labelColumns).fill("Labels")];
  const cells = (row: JiraRow): string[] => [
    ...JIRA_COLUMNS.map((column) => row[column]),
    ...Array.from({ length: labelColumns }, (_, index) => row.labels[index] ?? ""),
  ];
  return [csvRow(header), ...rows.map((row) => csvRow(cells(row)))].join("");
}

function epicRow(epic: Located<Epic>, id: string, roadmap: Roadmap): JiraRow {
  const schedule = epicSchedule(epic.data, roadmap);
  const { summary, whole } = summaryOf(epic.data.title);
  const facts = factLine([
    ["Theme", schedule.theme],
    ["Milestone", milestoneFact(schedule, roadmap)],
    ["Owners", describeOwners(epic.data)],
    ["Teams", (epic.data.teams ?? []).join(", ")],
  ]);
  return {
    ...placeColumns(schedule),
    "Issue Id": id,
    Parent: "",
    "Issue Type": "Epic",
    Summary: summary,
    Description: description([whole, epic.data.description, facts, ...linkLines(epic.data)], epic, epic.id),
    Status: EPIC_STATUS[epic.data.status],
    "Story Points": "",
    Assignee: ownersOf(epic.data)[0] ?? "",
    "Start date": schedule.start ?? "",
    "Due date": schedule.due ?? "",
    labels: labelsOf(epic.data),
  };
}

function storyRow(epic: Located<Epic>, story: Story, id: string, parent: string, roadmap: Roadmap): JiraRow {
  const schedule = epicSchedule(epic.data, roadmap);
  const { summary, whole } = summaryOf(story.title);
  const criteria = (story.acceptance ?? []).map((criterion) => `* ${oneLine(criterion)}`);
  const facts = factLine([
    ["Epic", `${oneLine(epic.data.title)} (${epic.id})`],
    ["Owners", describeOwners(story)],
    ["Team", teamOfStory(story, epic.data) ?? ""],
  ]);
  return {
    ...placeColumns(schedule),
    "Issue Id": id,
    Parent: parent,
    "Issue Type": kindOf(story) === "task" ? "Task" : "Story",
    Summary: summary,
    Description: description(
      [
        whole,
        facts,
        criteria.length === 0 ? undefined : ["Acceptance criteria:", ...criteria].join("\n"),
        ...linkLines(story),
      ],
      epic,
      `${epic.id}/${story.id}`,
    ),
    Status: STORY_STATUS[story.status],
    "Story Points": story.points === undefined ? "" : String(story.points),
    // The story's own owner: Jira's assignee is who does the work (the epic's owner is on the epic).
    Assignee: ownersOf(story)[0] ?? "",
    "Start date": "",
    "Due date": "",
    labels: labelsOf(epic.data),
  };
}

/** An epic's place in the plan: its theme's title, its milestone, its dates (model/epic-dates.ts). */
interface Schedule {
  theme: string;
  milestone: Milestone | undefined;
  start: string | undefined;
  due: string | undefined;
}

function epicSchedule(epic: Epic, roadmap: Roadmap): Schedule {
  const milestone =
    epic.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.milestone)?.data;
  return {
    theme: oneLine(roadmap.themeById.get(epic.theme)?.data.title ?? epic.theme),
    milestone,
    start: epic.start ?? milestone?.start,
    due: epicDueDate(epic, roadmap),
  };
}

/** Where an issue sits in the plan: its release (the milestone) and component (the theme). */
function placeColumns(schedule: Schedule): Pick<JiraRow, "Fix Version" | "Component"> {
  const release = schedule.milestone === undefined ? "" : oneLine(schedule.milestone.title);
  return { "Fix Version": release, Component: schedule.theme };
}

/** Jira's summary is one line of at most 255 characters; `whole` is the title when it had to change. */
function summaryOf(title: string): { summary: string; whole: string | undefined } {
  const line = oneLine(title);
  const characters = [...line];
  const summary =
    characters.length <= SUMMARY_MAX ? line : `${characters.slice(0, SUMMARY_MAX - 1).join("")}…`;
  return { summary, whole: summary === title ? undefined : title };
}

/** Paragraphs, then where the issue came from and the marker that names it (always the last line). */
function description(parts: (string | undefined)[], epic: Located<Epic>, key: string): string {
  const source = epic.file === "" ? "the road map" : epic.file;
  const footer = `Generated from ${source} by roadmap export --format jira-csv.\n${markerText(key)}`;
  return [...parts.filter((part) => part !== undefined && part !== ""), footer].join("\n\n");
}

function milestoneFact(schedule: Schedule, roadmap: Roadmap): string {
  const milestone = schedule.milestone;
  if (milestone === undefined) return "unscheduled";
  return `${oneLine(milestone.title)} (${describeDates(milestone, dateStyleOf(roadmap))})`;
}

/** `Theme: Growth · Owners: Ana` — the facts that have a value. */
function factLine(facts: [string, string][]): string | undefined {
  const present = facts.filter(([, value]) => value !== "");
  return present.length === 0 ? undefined : present.map(([name, value]) => `${name}: ${value}`).join(" · ");
}

function linkLines(item: Epic | Story): string[] {
  const links = item.links ?? [];
  if (links.length === 0) return [];
  return [
    [
      "Links:",
      ...links.map((link) => `* ${link.title === undefined ? "" : `${oneLine(link.title)}: `}${link.url}`),
    ].join("\n"),
  ];
}

/** Jira labels hold no spaces: a space in a road-map label becomes `_`. */
function labelsOf(epic: Epic): string[] {
  return (epic.labels ?? [])
    .map((label) => label.trim().replace(/\s+/g, "_"))
    .filter((label) => label !== "");
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
