// What an epic holds, as the HTML page shows it when a reader opens the epic (a `<details>`, no
// script): description, dates, owner, who asked for it, outcome, what it waits on and what waits
// on it, and its stories with status and points. Only what the road map it is given holds: a
// public road map has no owners, requesters, outcomes or points left (docs/audiences.md).

import type { DependencyIndex, DependencyLink } from "../model/dependencies.js";
import { epicDates } from "../model/epic-dates.js";
import { describeOwners } from "../model/owners.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic, Story } from "../model/schemas.js";
import { pushAll } from "../util/spread-free.js";
import type { DateStyle } from "../views/date-style.js";
import { escapeHtml, htmlDate, htmlDates, htmlLink, htmlLinks, statusBadge } from "./html-text.js";

/** What every epic of a page shares: the road map, its date style and its dependencies, read once. */
export interface EpicPage {
  roadmap: Roadmap;
  dates: DateStyle;
  dependencies: DependencyIndex;
}

/** The body of an epic's `<details>`, below its summary line. */
export function renderEpicDetails(epic: Located<Epic>, page: EpicPage): string {
  const data = epic.data;
  const parts: string[] = ['<div class="epic-details">'];
  if (data.description !== undefined) parts.push(`<p>${escapeHtml(data.description)}</p>`);
  parts.push(`<dl class="facts">${facts(epic, page).join("")}</dl>`);
  parts.push(renderStories(data.stories ?? []), "</div>");
  return parts.join("\n");
}

function facts(epic: Located<Epic>, { roadmap, dates, dependencies }: EpicPage): string[] {
  const data = epic.data;
  const range = epicDates(data, roadmap);
  const rows: [string, string | undefined][] = [
    ["When", range === undefined ? "unscheduled" : htmlDates(range, dates)],
    ["Owner", data.owner === undefined ? undefined : escapeHtml(describeOwners(data))],
    [
      "Teams",
      data.teams?.map((team) => `<a href="#team-${escapeHtml(team)}">${escapeHtml(team)}</a>`).join(", "),
    ],
    ["Health", data.health?.replace("-", " ")],
    ["Asked for by", data.requested_by?.map(describeRequest).join(", ")],
    ["Outcome", data.outcome && describeOutcome(data.outcome)],
    [
      "Waits on",
      describeLinks(dependencies.waitsOn(epic.id), "dependency", dates, missingIds(epic, roadmap)),
    ],
    ["Needed by", describeLinks(dependencies.waitedOnBy(epic.id), "epic", dates, [])],
    ["Continues", data.continues && epicLink(data.continues, roadmap)],
    ["Labels", data.labels?.map((label) => `<span class="label-chip">${escapeHtml(label)}</span>`).join(" ")],
    ["Links", data.links?.map(htmlLink).join(" · ")],
  ];
  return rows.flatMap(([term, value]) =>
    value === undefined || value === "" ? [] : [`<dt>${term}</dt><dd>${value}</dd>`],
  );
}

function describeRequest(request: { source: string; name?: string | undefined }): string {
  return escapeHtml(request.name === undefined ? request.source : `${request.source} ${request.name}`);
}

function describeOutcome(outcome: {
  metric: string;
  target: number | string;
  actual?: number | string | undefined;
}): string {
  const actual = outcome.actual === undefined ? "not measured yet" : `actual ${outcome.actual}`;
  return escapeHtml(`${outcome.metric}: target ${outcome.target}, ${actual}`);
}

/**
 * Each linked epic with its status and end; `⚠` where the order is broken (the waiting epic ends
 * first: dependency-order). Ids this page does not hold (filtered out) are named as they are.
 */
function describeLinks(
  links: DependencyLink[],
  side: "dependency" | "epic",
  dates: DateStyle,
  missing: string[],
): string | undefined {
  const items = links.map((link) => {
    const other = link[side];
    const end = side === "dependency" ? link.dependencyEnd : link.epicEnd;
    const when = end === undefined ? "unscheduled" : `ends ${htmlDate(end, dates)}`;
    const broken = link.broken
      ? ` <strong class="broken">⚠ ${side === "dependency" ? "ends after this epic" : "ends before this epic"}</strong>`
      : "";
    const title = escapeHtml(other.data.title);
    const name = other.data.status === "dropped" ? `<del>${title}</del>` : title;
    return `<li><a href="#epic-${escapeHtml(other.id)}">${name}</a> ${statusBadge(other.data.status)} <small>${when}</small>${broken}</li>`;
  });
  pushAll(
    items,
    missing.map((id) => `<li><code>${escapeHtml(id)}</code> <small>(not on this page)</small></li>`),
  );
  return items.length === 0 ? undefined : `<ul class="links">${items.join("")}</ul>`;
}

function missingIds(epic: Located<Epic>, roadmap: Roadmap): string[] {
  return (epic.data.depends_on ?? []).filter((id) => !roadmap.epicById.has(id));
}

function epicLink(id: string, roadmap: Roadmap): string {
  const epic = roadmap.epicById.get(id);
  if (epic === undefined) return `<code>${escapeHtml(id)}</code>`;
  return `<a href="#epic-${escapeHtml(id)}">${escapeHtml(epic.data.title)}</a>`;
}

/** Stories with status and points; points, owner and team columns only when some story has them. */
function renderStories(stories: Story[]): string {
  if (stories.length === 0) return '<p class="muted">No stories yet.</p>';
  const withPoints = stories.some((story) => story.points !== undefined);
  const withOwner = stories.some((story) => story.owner !== undefined);
  const withTeam = stories.some((story) => story.team !== undefined);
  const head = [
    "Story",
    "Status",
    ...(withPoints ? ["Points"] : []),
    ...(withOwner ? ["Owner"] : []),
    ...(withTeam ? ["Team"] : []),
  ];
  const rows = stories.map((story) => {
    const cells = [`${escapeHtml(story.title)}${htmlLinks(story.links)}`, statusBadge(story.status)];
    if (withPoints) cells.push(story.points === undefined ? "—" : String(story.points));
    if (withOwner) cells.push(story.owner === undefined ? "" : escapeHtml(describeOwners(story)));
    if (withTeam) cells.push(story.team === undefined ? "" : escapeHtml(story.team));
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
  });
  return [
    '<table class="stories">',
    `<thead><tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    "</table>",
  ].join("");
}
