// A quarter of a product's road map, committed on fixed dates (committer dates, some in other
// time zones), for `roadmap review` tests: every result, every `was`, a rename, a removal, a
// plan committed on the period's first day and commits around midnight UTC at its end.
// docs/review.md and the README show its review of 2026-Q2.
import { createRepo, type TempRepo } from "../git-repo.js";

interface EpicSpec {
  title: string;
  milestone?: string;
  status?: string;
  health?: string;
  continues?: string;
  points?: number[];
  requestedBy?: string[];
  outcome?: string;
}

/** An epic file; `requestedBy` entries are `source` or `source:name`. */
export function epicYaml(spec: EpicSpec): string {
  const lines = [`title: ${spec.title}`, "theme: growth"];
  if (spec.milestone) lines.push(`milestone: ${spec.milestone}`);
  if (spec.status) lines.push(`status: ${spec.status}`);
  if (spec.health) lines.push(`health: ${spec.health}`);
  if (spec.continues) lines.push(`continues: ${spec.continues}`);
  if (spec.requestedBy) {
    lines.push("requested_by:");
    for (const request of spec.requestedBy) {
      const [source, name] = request.split(":");
      lines.push(`  - source: ${source}`, ...(name ? [`    name: ${name}`] : []));
    }
  }
  if (spec.outcome) lines.push(`outcome: ${spec.outcome}`);
  if (spec.points) {
    lines.push("stories:");
    spec.points.forEach((points, index) => {
      lines.push(`  - id: s${index + 1}`, `    title: Story ${index + 1}`, `    points: ${points}`);
    });
  }
  return `${lines.join("\n")}\n`;
}

const E = "roadmap/epics/";

/** The plan as committed on 2026-03-10. */
const INITIAL: Record<string, string> = {
  "roadmap/mission.yaml": "name: Acme Cloud\nmission: Help small teams ship software\n",
  "roadmap/themes/growth.yaml": "title: Grow the customer base\n",
  "roadmap/milestones/q1.yaml": "title: Q1 2026\nstart: 2026-01-01\nend: 2026-03-31\n",
  "roadmap/milestones/q2.yaml": "title: Q2 2026\nstart: 2026-04-01\nend: 2026-06-30\n",
  "roadmap/milestones/q3.yaml": "title: Q3 2026\nstart: 2026-07-01\nend: 2026-09-30\n",
  [`${E}auth.yaml`]: epicYaml({
    title: "Sign-in with passkeys",
    milestone: "q2",
    status: "planned",
    points: [3, 5],
    requestedBy: ["customer:Initech"],
    outcome: "{metric: weekly sign-ins, target: 500}",
  }),
  [`${E}billing.yaml`]: epicYaml({
    title: "Usage-based billing",
    milestone: "q2",
    status: "planned",
    points: [5],
    requestedBy: ["customer:Initech", "sales"],
  }),
  [`${E}legacy-api.yaml`]: epicYaml({
    title: "Retire the v1 API",
    milestone: "q2",
    status: "planned",
    points: [2],
    requestedBy: ["customer:Globex"],
  }),
  [`${E}search.yaml`]: epicYaml({
    title: "Search everything",
    milestone: "q2",
    status: "in-progress",
    points: [8],
    requestedBy: ["support"],
  }),
  [`${E}export.yaml`]: epicYaml({ title: "CSV export", milestone: "q2", status: "planned", points: [3] }),
  [`${E}import.yaml`]: epicYaml({ title: "Bulk import", milestone: "q2", status: "planned", points: [2] }),
  [`${E}reports.yaml`]: epicYaml({
    title: "Scheduled reports",
    milestone: "q2",
    status: "planned",
    points: [3],
  }),
  [`${E}sso.yaml`]: epicYaml({
    title: "Single sign-on",
    milestone: "q2",
    status: "planned",
    health: "at-risk",
    points: [5],
    outcome: "{metric: enterprise deals, target: 3}",
  }),
  [`${E}status-page.yaml`]: epicYaml({ title: "Public status page", milestone: "q2", status: "done" }),
  [`${E}later.yaml`]: epicYaml({
    title: "Audit log",
    milestone: "q3",
    status: "planned",
    requestedBy: ["internal"],
  }),
  [`${E}idea.yaml`]: epicYaml({ title: "Dark mode", status: "proposed" }),
  [`${E}mobile.yaml`]: epicYaml({ title: "Mobile app", milestone: "q3", status: "in-progress" }),
  [`${E}cleanup.yaml`]: epicYaml({ title: "Tidy the backlog", milestone: "q1", status: "planned" }),
};

/** Builds the repository: 8 commits from 2026-03-10 to just after the end of 2026-Q2 (UTC). */
export function buildReviewHistory(): TempRepo {
  const repo = createRepo(INITIAL);
  repo.commit("Plan Q2", { date: "2026-03-10T09:00:00+00:00" });

  // The period's first day: what is committed today is part of the baseline.
  repo.write({
    [`${E}kickoff.yaml`]: epicYaml({ title: "Q2 kickoff", milestone: "q2", status: "planned", points: [1] }),
  });
  repo.commit("Add the Q2 kickoff", { date: "2026-04-01T16:00:00+00:00" });

  repo.git("mv", `${E}sso.yaml`, `${E}single-sign-on.yaml`);
  repo.commit("Rename sso to single-sign-on", { date: "2026-04-15T10:00:00+00:00" });

  repo.write({
    [`${E}billing.yaml`]: epicYaml({
      title: "Usage-based billing",
      milestone: "q2",
      status: "dropped",
      points: [5],
      requestedBy: ["customer:Initech", "sales"],
    }),
    [`${E}legacy-api.yaml`]: undefined,
    [`${E}search-v2.yaml`]: epicYaml({
      title: "Search everything, part two",
      milestone: "q3",
      status: "planned",
      continues: "search",
    }),
    [`${E}fresh.yaml`]: epicYaml({
      title: "Slack alerts",
      milestone: "q2",
      status: "planned",
      health: "at-risk",
      requestedBy: ["customer:initech"],
    }),
    [`${E}reports.yaml`]: epicYaml({
      title: "Scheduled reports",
      milestone: "q2",
      status: "planned",
      health: "at-risk",
      points: [3],
    }),
  });
  repo.commit("Mid-quarter: drop billing and the v1 retirement, split search", {
    date: "2026-05-01T12:00:00+00:00",
  });

  repo.write({
    [`${E}export.yaml`]: epicYaml({ title: "CSV export", milestone: "q3", status: "planned", points: [3] }),
    [`${E}import.yaml`]: epicYaml({ title: "Bulk import", status: "planned", points: [2] }),
    [`${E}later.yaml`]: epicYaml({
      title: "Audit log",
      milestone: "q2",
      status: "in-progress",
      requestedBy: ["internal"],
    }),
    [`${E}idea.yaml`]: epicYaml({ title: "Dark mode", milestone: "q2", status: "planned" }),
  });
  repo.commit("Replan: export to Q3, import unscheduled, audit log and dark mode in", {
    date: "2026-05-20T12:00:00+00:00",
  });

  repo.write({
    [`${E}auth.yaml`]: epicYaml({
      title: "Sign-in with passkeys",
      milestone: "q2",
      status: "done",
      points: [3, 5, 13],
      requestedBy: ["customer:Initech"],
      outcome: "{metric: weekly sign-ins, target: 500, actual: 620}",
    }),
    [`${E}single-sign-on.yaml`]: epicYaml({
      title: "Single sign-on",
      milestone: "q2",
      status: "done",
      health: "at-risk",
      points: [5],
      outcome: "{metric: enterprise deals, target: 3}",
    }),
    [`${E}kickoff.yaml`]: epicYaml({ title: "Q2 kickoff", milestone: "q2", status: "done", points: [1] }),
    [`${E}later.yaml`]: epicYaml({
      title: "Audit log",
      milestone: "q2",
      status: "done",
      requestedBy: ["internal"],
    }),
    [`${E}idea.yaml`]: epicYaml({ title: "Dark mode", milestone: "q2", status: "in-progress" }),
    [`${E}mobile.yaml`]: epicYaml({
      title: "Mobile app",
      milestone: "q3",
      status: "in-progress",
      points: [8],
    }),
  });
  repo.commit("Ship passkeys, SSO, the kickoff and the audit log", { date: "2026-06-10T12:00:00+00:00" });

  // 23:00 UTC on the period's last day, written in UTC+2: inside the period.
  repo.write({
    [`${E}reports.yaml`]: epicYaml({
      title: "Scheduled reports",
      milestone: "q2",
      status: "planned",
      health: "off-track",
      points: [3],
    }),
  });
  repo.commit("Reports are off track", { date: "2026-07-01T01:00:00+02:00" });

  // 02:00 UTC on the day after the period, written in UTC-3: too late to count.
  repo.write({
    [`${E}reports.yaml`]: epicYaml({
      title: "Scheduled reports",
      milestone: "q2",
      status: "done",
      points: [3],
    }),
  });
  repo.commit("Reports done, a little late", { date: "2026-06-30T23:00:00-03:00" });
  return repo;
}
