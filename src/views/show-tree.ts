// The road map as the tree that `roadmap show` draws and `show --json` prints (docs/views.md):
// mission -> themes -> milestones (start-date order, ties by id) -> epics (by id) -> stories,
// plus each theme's unscheduled epics. Progress comes from the roll-up and is computed over what
// the tree holds, so a filtered tree reports the progress of what it shows.

import { epicDates, epicDueDate } from "../model/epic-dates.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic, EpicStatus, Milestone, StoryStatus } from "../model/schemas.js";
import { epicProgress, groupProgress } from "../rollup/rollup.js";

export interface ShowStory {
  id: string;
  title: string;
  status: StoryStatus;
  points: number | null;
}

export interface ShowEpic {
  id: string;
  title: string;
  status: EpicStatus;
  progress: number;
  start: string | null;
  end: string | null;
  stories: ShowStory[];
}

export interface ShowMilestone {
  id: string;
  title: string;
  start: string;
  end: string;
  progress: number;
  epics: ShowEpic[];
}

export interface ShowTheme {
  id: string;
  title: string;
  progress: number;
  milestones: ShowMilestone[];
  unscheduled: ShowEpic[];
}

export interface ShowTree {
  mission: { name: string; mission: string };
  themes: ShowTheme[];
}

/** Mission progress is not part of the JSON shape; views that draw it use this. */
export function missionProgress(roadmap: Roadmap): number {
  return groupProgress(roadmap.epics.map((epic) => epic.data)).progress;
}

export function buildShowTree(roadmap: Roadmap): ShowTree {
  const epicsByTheme = new Map<string, Located<Epic>[]>();
  for (const epic of roadmap.epics) {
    const list = epicsByTheme.get(epic.data.theme) ?? [];
    list.push(epic);
    epicsByTheme.set(epic.data.theme, list);
  }
  return {
    mission: { name: roadmap.mission?.data.name ?? "", mission: roadmap.mission?.data.mission ?? "" },
    themes: roadmap.themes.map((theme) => {
      const epics = epicsByTheme.get(theme.id) ?? [];
      return {
        id: theme.id,
        title: theme.data.title,
        progress: groupProgress(epics.map((epic) => epic.data)).progress,
        milestones: roadmap.milestones
          .filter(
            (milestone) =>
              milestone.data.theme === theme.id || epics.some((epic) => epic.data.milestone === milestone.id),
          )
          .map((milestone) => showMilestone(milestone, epics, roadmap)),
        unscheduled: epics
          .filter((epic) => !isScheduled(epic.data, roadmap))
          .map((epic) => showEpic(epic, roadmap)),
      };
    }),
  };
}

/** In a milestone the road map knows (an epic naming a missing one counts as unscheduled). */
function isScheduled(epic: Epic, roadmap: Roadmap): boolean {
  return epic.milestone !== undefined && roadmap.milestoneById.has(epic.milestone);
}

function showMilestone(
  milestone: Located<Milestone>,
  themeEpics: Located<Epic>[],
  roadmap: Roadmap,
): ShowMilestone {
  const epics = themeEpics.filter((epic) => epic.data.milestone === milestone.id);
  return {
    id: milestone.id,
    title: milestone.data.title,
    start: milestone.data.start,
    end: milestone.data.end,
    progress: groupProgress(epics.map((epic) => epic.data)).progress,
    epics: epics.map((epic) => showEpic(epic, roadmap)),
  };
}

function showEpic(epic: Located<Epic>, roadmap: Roadmap): ShowEpic {
  const dates = epicDates(epic.data, roadmap);
  return {
    id: epic.id,
    title: epic.data.title,
    status: epic.data.status,
    progress: epicProgress(epic.data).progress,
    start: dates?.start ?? epic.data.start ?? null,
    end: epicDueDate(epic.data, roadmap) ?? null,
    stories: (epic.data.stories ?? []).map((story) => ({
      id: story.id,
      title: story.title,
      status: story.status,
      points: story.points ?? null,
    })),
  };
}
