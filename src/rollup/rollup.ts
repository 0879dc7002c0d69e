// Progress rolled up story -> epic -> milestone / theme -> mission (README.md). Pure.
import { addPoints } from "../model/points.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";

export interface Tally {
  done: number;
  total: number;
}

export interface Progress {
  stories: Tally;
  points: Tally;
  /** 0..1 */
  progress: number;
}

export interface RollupNode extends Progress {
  id: string;
  title: string;
}

export interface Rollup {
  mission: RollupNode;
  themes: RollupNode[];
  milestones: RollupNode[];
  epics: RollupNode[];
}

/** One epic's own progress: points, else stories, else its status. */
export function epicProgress(epic: Epic): Progress {
  const stories: Tally = { done: 0, total: 0 };
  const points: Tally = { done: 0, total: 0 };
  for (const story of epic.stories ?? []) {
    const done = story.status === "done";
    stories.total++;
    if (done) stories.done++;
    points.total = addPoints(points.total, story.points ?? 0);
    if (done) points.done = addPoints(points.done, story.points ?? 0);
  }
  const progress =
    points.total > 0
      ? points.done / points.total
      : stories.total > 0
        ? stories.done / stories.total
        : epic.status === "done"
          ? 1
          : 0;
  return { stories, points, progress };
}

/**
 * A group's progress (milestone, theme, mission, or any filtered set): the sum of its
 * epics' stories and points, dropped epics excluded; with no story at all, the mean of the
 * epics' own progress.
 */
export function groupProgress(epics: readonly Epic[]): Progress {
  const counted = epics.filter((epic) => epic.status !== "dropped").map(epicProgress);
  const stories: Tally = { done: 0, total: 0 };
  const points: Tally = { done: 0, total: 0 };
  for (const p of counted) {
    stories.done += p.stories.done;
    stories.total += p.stories.total;
    points.done = addPoints(points.done, p.points.done);
    points.total = addPoints(points.total, p.points.total);
  }
  const progress =
    points.total > 0
      ? points.done / points.total
      : stories.total > 0
        ? stories.done / stories.total
        : counted.length > 0
          ? counted.reduce((sum, p) => sum + p.progress, 0) / counted.length
          : 0;
  return { stories, points, progress };
}

export function rollupRoadmap(roadmap: Roadmap): Rollup {
  const epicsOf = (match: (epic: Located<Epic>) => boolean): Epic[] =>
    roadmap.epics.filter(match).map((epic) => epic.data);
  return {
    mission: {
      id: "mission",
      title: roadmap.mission?.data.name ?? "",
      ...groupProgress(roadmap.epics.map((epic) => epic.data)),
    },
    themes: roadmap.themes.map((theme) => ({
      id: theme.id,
      title: theme.data.title,
      ...groupProgress(epicsOf((epic) => epic.data.theme === theme.id)),
    })),
    milestones: roadmap.milestones.map((milestone) => ({
      id: milestone.id,
      title: milestone.data.title,
      ...groupProgress(epicsOf((epic) => epic.data.milestone === milestone.id)),
    })),
    epics: roadmap.epics.map((epic) => ({ id: epic.id, title: epic.data.title, ...epicProgress(epic.data) })),
  };
}
