// Every lint rule, listed explicitly (docs/rules.md) and sorted by id: adding a rule is adding a line.

import type { LintRule } from "./rule.js";
import { customerConcentration } from "./rules/customer-concentration.js";
import { declinedWithoutReason } from "./rules/declined-without-reason.js";
import { dependencyOrder } from "./rules/dependency-order.js";
import { emptyMilestone } from "./rules/empty-milestone.js";
import { epicWithoutStories } from "./rules/epic-without-stories.js";
import { horizon } from "./rules/horizon.js";
import { milestoneThemeMismatch } from "./rules/milestone-theme-mismatch.js";
import { milestoneTimebox } from "./rules/milestone-timebox.js";
import { missingAcceptance } from "./rules/missing-acceptance.js";
import { missingOutcome } from "./rules/missing-outcome.js";
import { missingPoints } from "./rules/missing-points.js";
import { overcommitted } from "./rules/overcommitted.js";
import { overdue } from "./rules/overdue.js";
import { publicUnderInternal } from "./rules/public-under-internal.js";
import { statusMismatch } from "./rules/status-mismatch.js";
import { storyFormat } from "./rules/story-format.js";
import { teamOvercommitted } from "./rules/team-overcommitted.js";
import { themeWithoutEpics } from "./rules/theme-without-epics.js";
import { unscheduled } from "./rules/unscheduled.js";
import { untriagedIdea } from "./rules/untriaged-idea.js";

export const lintRules: readonly LintRule[] = [
  customerConcentration,
  declinedWithoutReason,
  dependencyOrder,
  emptyMilestone,
  epicWithoutStories,
  horizon,
  milestoneThemeMismatch,
  milestoneTimebox,
  missingAcceptance,
  missingOutcome,
  missingPoints,
  overcommitted,
  overdue,
  publicUnderInternal,
  statusMismatch,
  storyFormat,
  teamOvercommitted,
  themeWithoutEpics,
  unscheduled,
  untriagedIdea,
];
