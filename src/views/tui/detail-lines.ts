// What the browser's detail pane says about the selected item: description, owner, dates,
// dependencies, who asked for it, the outcome, and stories with their acceptance criteria.
// Pure; lines are plain text, cut to the pane by the component.
import { continuedBy } from "../../model/continues.js";
import { epicDates } from "../../model/epic-dates.js";
import { describeOwners } from "../../model/owners.js";
import type { Roadmap } from "../../model/roadmap.js";
import { type Epic, kindOf, type Link, type Story } from "../../model/schemas.js";
import { teamCapacityIn, teamOfStory } from "../../model/teams.js";
import { plural } from "../../util/plural.js";
import { pushAll } from "../../util/spread-free.js";
import { statusGlyph } from "../text/status-style.js";
import type { BrowserItem } from "./browser-tree.js";

export function detailLines(selected: BrowserItem, roadmap: Roadmap): string[] {
  switch (selected.kind) {
    case "theme": {
      const theme = selected.item.data;
      return [
        `Theme ${selected.item.id}: ${theme.title}`,
        `Status: ${theme.status}`,
        ...optional("Owner", describeOwners(theme)),
        ...paragraph(theme.description),
        ...(theme.goals ?? []).map((goal) => {
          // "40%" but "500 users": a unit that is a word gets a space.
          const unit = goal.unit === undefined ? "" : /^\w/.test(goal.unit) ? ` ${goal.unit}` : goal.unit;
          const from = goal.baseline === undefined ? "" : `${goal.baseline}${unit} → `;
          return `Goal: ${goal.metric} ${from}${goal.target}${unit}`;
        }),
        ...linkLines(theme.links),
      ];
    }
    case "milestone": {
      const milestone = selected.item.data;
      return [
        `Milestone ${selected.item.id}: ${milestone.title}`,
        `Dates: ${milestone.start} → ${milestone.end}`,
        ...optional("Theme", milestone.theme),
        ...optional(
          "Capacity",
          milestone.capacity === undefined ? undefined : `${milestone.capacity} points`,
        ),
        ...optional("Goal", milestone.goal),
        ...linkLines(milestone.links),
        ...teamCapacities(selected.item.id, roadmap),
      ];
    }
    case "epic":
      return epicLines(selected.item.id, selected.item.data, roadmap);
    case "story":
      return storyLines(selected.epic.id, selected.epic.data, selected.story, true);
    case "unscheduled":
      return [`${plural(selected.count, "epic")} not in any milestone yet`];
  }
}

function epicLines(id: string, epic: Epic, roadmap: Roadmap): string[] {
  const dates = epicDates(epic, roadmap);
  const lines = [
    `Epic ${id}: ${epic.title}`,
    `Status: ${epic.status}`,
    ...optional("Health", epic.health),
    ...optional("Owner", describeOwners(epic)),
    ...optional("Teams", epic.teams?.join(", ")),
    ...optional("Milestone", epic.milestone ?? "unscheduled"),
    ...optional("Dates", dates && `${dates.start} → ${dates.end}`),
    ...paragraph(epic.description),
    ...optional("Depends on", epic.depends_on?.join(", ")),
    ...optional("Continues", epic.continues),
    ...optional("Continued by", continuedBy(roadmap, id).join(", ")),
    ...optional(
      "Requested by",
      epic.requested_by
        ?.map((request) => (request.name ? `${request.name} (${request.source})` : request.source))
        .join(", "),
    ),
    ...optional(
      "Outcome",
      epic.outcome &&
        `${epic.outcome.metric}: target ${epic.outcome.target}${epic.outcome.actual === undefined ? "" : `, actual ${epic.outcome.actual}`}`,
    ),
    ...optional("Labels", epic.labels?.join(", ")),
    ...linkLines(epic.links),
  ];
  const stories = epic.stories ?? [];
  if (stories.length > 0) {
    const done = stories.filter((story) => story.status === "done").length;
    lines.push("", `Stories (${done}/${stories.length} done):`);
    for (const story of stories) pushAll(lines, storyLines(id, epic, story, false));
  }
  return lines;
}

function storyLines(epicId: string, epic: Epic, story: Story, standalone: boolean): string[] {
  const points = story.points === undefined ? "" : ` · ${story.points}pt`;
  const task = kindOf(story) === "task" ? " · task" : "";
  const team = teamOfStory(story, epic);
  const head = standalone
    ? [
        `${kindOf(story) === "task" ? "Task" : "Story"} ${epicId}/${story.id}`,
        story.title,
        `Status: ${story.status}${points}`,
        ...optional("Owner", describeOwners(story)),
        // Its own team, else the epic's only team: say which (docs/format.md).
        ...optional(
          "Team",
          team === undefined ? undefined : story.team === undefined ? `${team} (the epic's)` : team,
        ),
        ...linkLines(story.links),
      ]
    : [`${statusGlyph(story.status)} ${story.title}${points}${task}`];
  const acceptance = (story.acceptance ?? []).map((criterion) => `${standalone ? "" : "    "}- ${criterion}`);
  if (standalone && acceptance.length > 0) return [...head, "", "Acceptance:", ...acceptance];
  return [...head, ...acceptance];
}

/** `Link: Tracking issue <https://...>`, one a line. */
function linkLines(links: readonly Link[] | undefined): string[] {
  return (links ?? []).map(
    (link) => `Link: ${link.title === undefined ? link.url : `${link.title} <${link.url}>`}`,
  );
}

/** Each team's capacity in this milestone (its own figure, else its default). */
function teamCapacities(milestoneId: string, roadmap: Roadmap): string[] {
  return roadmap.teams.flatMap((team) => {
    const capacity = teamCapacityIn(team.data, milestoneId);
    return capacity === undefined ? [] : [`Team ${team.id}: capacity ${capacity.points} points`];
  });
}

function optional(label: string, value: string | undefined): string[] {
  return value === undefined || value === "" ? [] : [`${label}: ${value}`];
}

function paragraph(text: string | undefined): string[] {
  return text === undefined || text.trim() === "" ? [] : ["", ...text.trim().split("\n"), ""];
}
