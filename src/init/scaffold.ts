// What `roadmap init` writes without --example: one file of each kind, minimal and valid, each
// key explained and the optional ones shown commented out. The epic sits in the milestone and
// the theme, with one story in the expected form, so the skeleton is lint-clean as written.
import { addDays } from "../model/dates.js";
import { type SchemaKind, schemaModeline } from "./modeline.js";

export interface PlannedFile {
  /** Relative to the road-map folder, posix separators. */
  path: string;
  text: string;
}

/** 12 weeks, inclusive: about a quarter, inside lint's 13-week time box. */
const MILESTONE_DAYS = 12 * 7;

const MISSION = `# The mission: why the product exists. Every theme, milestone, epic and story serves it.
name: My product
mission: Replace this with the reason the product exists, in a sentence or two.

# Optional:
# vision: Where the product will be in a few years.
# owner: Who owns this road map
# How far ahead milestones are expected to reach, in months (1..60, default 6):
# horizon_months: 6
# First month of the fiscal year, for quarters like 2027-Q1 (1..12, default 1 = January):
# fiscal_year_start: 1
`;

const THEME = `# A theme is a lasting area of the product that serves the mission ("Acquire new customers").
# Its id is the file name: themes/first-theme.yaml is the theme "first-theme".
title: First theme
description: What this theme covers and why it matters to the mission.

# Optional:
# owner: Who owns the theme
# status: active (or paused, retired)
# What success looks like; target and baseline are numbers or text like "+5%":
# goals:
#   - metric: weekly sign-ups
#     target: 300
#     baseline: 120
`;

function milestoneText(start: string, end: string): string {
  return `# A milestone is a time box of about a quarter that groups epics. Dates are inclusive.
title: First milestone
start: ${start}
end: ${end}

# Optional:
# Scope the milestone to one theme (leave out for a cross-cutting milestone):
# theme: first-theme
# Story points the team can deliver in it (lint flags epics that add up to more):
# capacity: 40
# goal: What is true when the milestone ends.
`;
}

const EPIC = `# An epic is one feature, made of user stories. It belongs to a theme and, once scheduled, to a
# milestone. Epics may be grouped in subfolders of epics/ (epics/growth/sso.yaml); the id is the file name.
title: First epic
theme: first-theme
milestone: first-milestone
# proposed, planned, in-progress, done or dropped:
status: proposed
# Optional:
# owner: Who drives the epic
# description: What the epic delivers.
# Epics that must land first (no cycles):
# depends_on: [another-epic]
# Who asked for it: customer, sales, support, engineering, marketing, investor, competitor, market, internal:
# requested_by:
#   - source: customer
#     name: Northwind
# RICE inputs: reach >= 0, impact > 0, confidence 0..1, effort > 0:
# score:
#   reach: 500
#   impact: 2
#   confidence: 0.8
#   effort: 3
# Expected and measured impact:
# outcome:
#   metric: weekly sign-ups
#   target: 300
#   actual: 280
# labels: [growth]
stories:
  # A story's id is unique within its epic; elsewhere it is written first-epic/first-story.
  - id: first-story
    title: As a new user, I want to see what this epic is for so that I know why it matters
    points: 3
    # todo, in-progress or done:
    status: todo
    acceptance:
      - What must be true for the story to be done
`;

function ideaText(today: string): string {
  return `# An idea is a request or a proposal waiting in the intake, before it becomes an epic
# (roadmap promote first-idea --theme first-theme). List them ranked with roadmap ideas.
title: First idea
description: What was asked for, and the problem behind it.
# new, triaged, declined or promoted (a promoted idea names its epic in promoted_to):
status: new
submitted: ${today}

# Optional:
# submitted_by: Who brought it in
# theme: first-theme
# Who asked for it, one entry per request (sources as for epics):
# requested_by:
#   - source: customer
#     name: Northwind
#     note: What they asked, in their words
# evidence:
#   - A link, a quote or a number that supports it
# RICE inputs, as for epics:
# score:
#   reach: 500
#   impact: 2
#   confidence: 0.8
#   effort: 3
# Why it was declined or promoted:
# decision: Out of scope this year.
`;
}

/** The skeleton road map; `today` starts the first milestone so views show it as current. */
export function scaffoldFiles(options: { today: string }): PlannedFile[] {
  const end = addDays(options.today, MILESTONE_DAYS - 1);
  const file = (path: string, kind: SchemaKind, body: string): PlannedFile => ({
    path,
    text: schemaModeline(kind, path) + body,
  });
  return [
    file("mission.yaml", "mission", MISSION),
    file("themes/first-theme.yaml", "theme", THEME),
    file("milestones/first-milestone.yaml", "milestone", milestoneText(options.today, end)),
    file("epics/first-epic.yaml", "epic", EPIC),
    file("ideas/first-idea.yaml", "idea", ideaText(options.today)),
  ];
}
