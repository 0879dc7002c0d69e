// The road-map file format (docs/format.md) as zod schemas. Every object is strict: an unknown key
// is an error, never silently dropped. TypeScript types are inferred from these.
// zod/mini, not the classic API: bundled, it is a small fraction of the classic API's size and
// start-up, which every command that reads a road map would pay.

import * as z from "zod/mini";
import { isCalendarDate } from "./dates.js";
import {
  epicStatuses,
  ideaStatuses,
  storyKinds,
  storyStatuses,
  themeStatuses,
  visibilities,
} from "./value-sets.js";
import { strictObject } from "./zod-jit-object.js";

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const ID_MAX_LENGTH = 64;

/** @public read by scripts/generate-schemas.mjs (the date format of the JSON Schemas). */
export const isoDate = z
  .string()
  .check(z.refine(isCalendarDate, { error: "must be a calendar date written YYYY-MM-DD" }));

const text = z.string();

/** Who may see an item (docs/export.md): absent means the mission's `default_visibility`, else internal. */
const visibility = z.enum(visibilities);
const points = z.number().check(z.minimum(0));
const numberOrString = z.union([z.number(), z.string()]);
/** One name or a list of names (docs/format.md): co-owners and teams owning together. */
const owners = z.union([text, z.array(text).check(z.minLength(1))]);

/**
 * An http(s) URL, or a path relative to the repository (`docs/rfcs/0042.md`, `#anchor` kept):
 * no other scheme (`javascript:`, `file:`), no absolute path, no `..` leading out of it.
 */
function isLinkTarget(url: string): boolean {
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).hostname !== "" && !/\s/.test(url);
    } catch {
      return false;
    }
  }
  if (url === "" || /\s|\\/.test(url) || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/"))
    return false;
  return !url.split(/[?#]/)[0]!.split("/").includes("..");
}

export const linkSchema = strictObject({
  url: z.string().check(
    z.refine(isLinkTarget, {
      error: "must be an http(s) URL or a path relative to the repository (docs/rfc.md)",
    }),
  ),
  title: z.optional(text),
});

const links = z.array(linkSchema);

export const missionSchema = strictObject({
  name: text,
  mission: text,
  vision: z.optional(text),
  owner: z.optional(owners),
  horizon_months: z._default(z.int().check(z.minimum(1), z.maximum(60)), 6),
  fiscal_year_start: z._default(z.int().check(z.minimum(1), z.maximum(12)), 1),
  default_visibility: z.optional(visibility),
});

const goalSchema = strictObject({
  metric: text,
  target: numberOrString,
  baseline: z.optional(numberOrString),
  unit: z.optional(text),
});

export const themeSchema = strictObject({
  id: z.optional(text),
  title: text,
  description: z.optional(text),
  owner: z.optional(owners),
  status: z._default(z.enum(themeStatuses), "active"),
  visibility: z.optional(visibility),
  goals: z.optional(z.array(goalSchema)),
  links: z.optional(links),
});

export const milestoneSchema = strictObject({
  id: z.optional(text),
  title: text,
  start: isoDate,
  end: isoDate,
  theme: z.optional(text),
  visibility: z.optional(visibility),
  capacity: z.optional(points),
  goal: z.optional(text),
  links: z.optional(links),
});

export const storySchema = strictObject({
  id: text,
  title: text,
  // No default written into the data: a story is a story unless it says otherwise (kindOf),
  // and exports of road maps that never use `kind` stay as they were.
  kind: z.optional(z.enum(storyKinds)),
  points: z.optional(points),
  status: z._default(z.enum(storyStatuses), "todo"),
  owner: z.optional(owners),
  team: z.optional(text),
  acceptance: z.optional(z.array(text)),
  links: z.optional(links),
});

/** How the people doing an epic judge its course (docs/review.md); `review` lists the worrying ones. */
const epicHealths = ["on-track", "at-risk", "off-track"] as const;
export const requestSources = [
  "customer",
  "sales",
  "support",
  "engineering",
  "marketing",
  "investor",
  "competitor",
  "market",
  "internal",
] as const;

const requestSchema = strictObject({
  source: z.enum(requestSources),
  name: z.optional(text),
});

export const scoreSchema = strictObject({
  reach: z.number().check(z.minimum(0)),
  impact: z.number().check(z.gt(0)),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  effort: z.number().check(z.gt(0)),
});

const outcomeSchema = strictObject({
  metric: text,
  target: numberOrString,
  actual: z.optional(numberOrString),
});

export const epicSchema = strictObject({
  id: z.optional(text),
  title: text,
  theme: text,
  milestone: z.optional(text),
  status: z._default(z.enum(epicStatuses), "proposed"),
  health: z.optional(z.enum(epicHealths)),
  visibility: z.optional(visibility),
  owner: z.optional(owners),
  teams: z.optional(z.array(text)),
  description: z.optional(text),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
  depends_on: z.optional(z.array(text)),
  continues: z.optional(text),
  requested_by: z.optional(z.array(requestSchema)),
  score: z.optional(scoreSchema),
  outcome: z.optional(outcomeSchema),
  labels: z.optional(z.array(text)),
  links: z.optional(links),
  stories: z.optional(z.array(storySchema)),
});

/** A request for an idea: as an epic's, plus a note (what was asked, in the requester's words). */
const ideaRequestSchema = strictObject({ ...requestSchema.shape, note: z.optional(text) });

/** docs/edit.md: the intake, beside the road map. `promoted_to` is checked against `status` in validate. */
export const ideaSchema = strictObject({
  id: z.optional(text),
  title: text,
  description: z.optional(text),
  status: z._default(z.enum(ideaStatuses), "new"),
  submitted: z.optional(isoDate),
  submitted_by: z.optional(text),
  theme: z.optional(text),
  requested_by: z.optional(z.array(ideaRequestSchema)),
  evidence: z.optional(z.array(text)),
  score: z.optional(scoreSchema),
  promoted_to: z.optional(text),
  decision: z.optional(text),
});

/**
 * teams/<id>.yaml (docs/format.md): who does the work and how much they can take on. `capacity` is
 * points per milestone, keyed by milestone id, with `default` for milestones not named.
 */
export const teamSchema = strictObject({
  id: z.optional(text),
  title: text,
  description: z.optional(text),
  lead: z.optional(text),
  members: z.optional(z.array(text)),
  capacity: z.optional(z.record(text, points)),
});

export type Mission = z.output<typeof missionSchema>;
export type Theme = z.output<typeof themeSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Epic = z.output<typeof epicSchema>;
export type Story = z.output<typeof storySchema>;
export type Idea = z.output<typeof ideaSchema>;
export type IdeaStatus = (typeof ideaStatuses)[number];
export type Score = z.output<typeof scoreSchema>;
export type StoryKind = (typeof storyKinds)[number];
export type Team = z.output<typeof teamSchema>;
export type Link = z.output<typeof linkSchema>;
export type EpicStatus = (typeof epicStatuses)[number];
export type StoryStatus = (typeof storyStatuses)[number];
export type ThemeStatus = (typeof themeStatuses)[number];
export type Visibility = (typeof visibilities)[number];

/** The schema of each kind of file, keyed by kind. */
export const fileSchemas = {
  mission: missionSchema,
  theme: themeSchema,
  milestone: milestoneSchema,
  epic: epicSchema,
  idea: ideaSchema,
  team: teamSchema,
} as const;

/** A story's kind: `story` unless it says `kind: task`. */
export function kindOf(story: Story): StoryKind {
  return story.kind ?? "story";
}
