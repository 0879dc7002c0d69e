// The HTML page's full list (docs/export.md, "html"): every theme with its goals (baseline ->
// target) and progress, its milestones in date order with their epics, each epic a `<details>`
// that opens on what it holds, unscheduled epics last. Dropped epics are listed here only, struck
// through. Milestones that ended before the timeline's window fold into one "earlier" group.

import type { Theme } from "../model/schemas.js";
import type { Rollup, RollupNode } from "../rollup/rollup.js";
import { plural } from "../util/plural.js";
import { pushAll } from "../util/spread-free.js";
import type { ShowEpic, ShowMilestone, ShowTheme } from "../views/show-tree.js";
import { type EpicPage, renderEpicDetails } from "./html-epic.js";
import { escapeHtml, htmlDates, htmlLinks, progressBar, statusBadge } from "./html-text.js";
import type { PageWindow } from "./html-window.js";
import { describeTally } from "./progress-text.js";

export interface ThemesContext extends EpicPage {
  rollup: Rollup;
  window: PageWindow;
}

export function renderThemesSection(themes: ShowTheme[], context: ThemesContext): string {
  const parts = ['<section id="themes">', "<h2>Themes</h2>", '<div class="themes">'];
  if (themes.length === 0) parts.push('<p class="muted">No themes.</p>');
  for (const theme of themes) parts.push(renderTheme(theme, context));
  parts.push("</div>", "</section>");
  return parts.join("\n");
}

function renderTheme(theme: ShowTheme, context: ThemesContext): string {
  const { roadmap, rollup, window, dates } = context;
  const data = roadmap.themeById.get(theme.id)?.data;
  const node = rollup.themes.find((candidate) => candidate.id === theme.id);
  const status = data !== undefined && data.status !== "active" ? ` ${statusBadge(data.status)}` : "";
  const parts = [
    `<article class="theme" id="theme-${escapeHtml(theme.id)}">`,
    `<h3>${escapeHtml(theme.title)}${status}</h3>`,
  ];
  if (data?.description !== undefined) parts.push(`<p>${escapeHtml(data.description)}</p>`);
  if (data?.links !== undefined) parts.push(`<p class="links">Links${htmlLinks(data.links)}</p>`);
  if (data !== undefined) pushAll(parts, renderGoals(data));
  if (node !== undefined) parts.push(`<p>${progressBar(node.progress)} ${tally(node)}</p>`);
  const earlier = theme.milestones.filter((milestone) => milestone.end < window.start);
  const current = theme.milestones.filter((milestone) => milestone.end >= window.start);
  if (earlier.length > 0) {
    parts.push(
      `<details class="earlier"><summary>${plural(earlier.length, "earlier milestone", "earlier milestones")} <small>${htmlDates({ start: earlier[0]!.start, end: earlier.at(-1)!.end }, dates)}</small></summary>`,
    );
    pushAll(
      parts,
      earlier.map((milestone) => renderMilestone(milestone, context)),
    );
    parts.push("</details>");
  }
  pushAll(
    parts,
    current.map((milestone) => renderMilestone(milestone, context)),
  );
  if (theme.unscheduled.length > 0)
    parts.push("<h4>Unscheduled</h4>", renderEpics(theme.unscheduled, context));
  if (theme.milestones.length === 0 && theme.unscheduled.length === 0)
    parts.push('<p class="muted">No epics.</p>');
  parts.push("</article>");
  return parts.join("\n");
}

/** `weekly sign-ups: 320 → 500`, `p95 checkout latency: 800 ms → 300 ms`. */
function renderGoals(theme: Theme): string[] {
  if (theme.goals === undefined || theme.goals.length === 0) return [];
  const items = theme.goals.map((goal) => {
    const unit = goal.unit === undefined ? "" : ` ${goal.unit}`;
    const target = `${goal.target}${unit}`;
    const change = goal.baseline === undefined ? `target ${target}` : `${goal.baseline}${unit} → ${target}`;
    return `<li><span class="metric">${escapeHtml(goal.metric)}</span>: <span class="date">${escapeHtml(change)}</span></li>`;
  });
  return ['<h4 class="goals-title">Goals</h4>', `<ul class="goals">${items.join("")}</ul>`];
}

function renderMilestone(milestone: ShowMilestone, context: ThemesContext): string {
  return [
    `<h4>${escapeHtml(milestone.title)} <small>${htmlDates(milestone, context.dates)}</small>${htmlLinks(context.roadmap.milestoneById.get(milestone.id)?.data.links)}</h4>`,
    renderEpics(milestone.epics, context),
  ].join("\n");
}

function renderEpics(epics: ShowEpic[], context: ThemesContext): string {
  if (epics.length === 0) return '<p class="muted">No epics.</p>';
  const items = epics.map((epic) => {
    const located = context.roadmap.epicById.get(epic.id)!;
    const done = epic.stories.filter((story) => story.status === "done").length;
    const stories =
      epic.stories.length > 0
        ? ` <small>${done} of ${plural(epic.stories.length, "story", "stories")} done</small>`
        : "";
    const dropped = epic.status === "dropped";
    const title = dropped ? `<del>${escapeHtml(epic.title)}</del>` : escapeHtml(epic.title);
    // Teams and links in the line itself (docs/format.md), as every export shows them.
    const data = located.data;
    const teams =
      data.teams === undefined ? "" : ` <small>teams: ${escapeHtml(data.teams.join(", "))}</small>`;
    const progress = dropped ? "" : ` ${progressBar(epic.progress)}${stories}`;
    const summary = `<summary><span class="title">${title}</span> ${statusBadge(epic.status)}${progress}${teams}${htmlLinks(data.links)}</summary>`;
    return `<li${dropped ? ' class="dropped"' : ""}><details id="epic-${escapeHtml(epic.id)}">${summary}${renderEpicDetails(located, context)}</details></li>`;
  });
  return `<ul class="epics">${items.join("\n")}</ul>`;
}

function tally(node: RollupNode): string {
  return `<small>(${describeTally(node)})</small>`;
}
