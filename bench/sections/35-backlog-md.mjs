// The nearest peer, measured here when it is installed: Backlog.md's `backlog task list --plain`
// on the bench road map's 5,000 epics written as Backlog.md tasks (front matter, description,
// every story and acceptance criterion as a criterion: about the same bytes), against
// `roadmap show --depth epic` on the road map itself. Backlog.md is not a dependency: install it
// anywhere (`npm install backlog.md` in a scratch folder) and point BACKLOG_MD_BIN at its
// `node_modules/.bin/backlog`. Without it the section says so and measures nothing.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { measureInterleaved } from "../measure.mjs";

const STATUS = {
  proposed: "To Do",
  planned: "To Do",
  "in-progress": "In Progress",
  done: "Done",
  dropped: "Done",
};

export async function run(ctx) {
  const backlog = process.env.BACKLOG_MD_BIN;
  if (!backlog) {
    ctx.report("Backlog.md: skipped (set BACKLOG_MD_BIN to its `backlog` binary)", "-");
    return;
  }
  const project = join(ctx.scratch, "backlog-project");
  const bytes = writeTasks(ctx.roadmapDir, project);
  ctx.report("Backlog.md tasks written from the epics", bytes / 1024 / 1024, "MiB");
  const [listed, shown] = measureInterleaved(
    [
      { command: backlog, args: ["task", "list", "--plain"] },
      {
        command: process.execPath,
        args: [
          ctx.bin,
          "show",
          "-C",
          ctx.roadmapDir,
          "--depth",
          "epic",
          "--today",
          "2026-11-25",
          "--width",
          "120",
        ],
      },
    ],
    { cwd: project, runs: Math.min(ctx.defaultRuns, 3), expectCodes: [0] },
  );
  const version = measureInterleaved([{ command: backlog, args: ["--version"] }], { runs: 1, warmup: 0 })[0];
  ctx.report(`Backlog.md ${version.stdout.trim()}: task list --plain, 5,000 tasks`, listed.seconds, "s");
  ctx.report("Backlog.md peak RSS", listed.maxRssMb, "MB");
  ctx.report("roadmap show --depth epic (same rounds)", shown.seconds, "s");
  ctx.target(
    "show --depth epic time / Backlog.md time, measured here",
    shown.seconds / listed.seconds,
    1 / 3,
    "x",
  );
}

/** One Backlog.md task file per epic; returns the bytes written. */
function writeTasks(roadmapDir, project) {
  const tasks = join(project, "backlog", "tasks");
  mkdirSync(tasks, { recursive: true });
  writeFileSync(
    join(project, "backlog", "config.yml"),
    'project_name: "bench"\ndefault_status: "To Do"\nstatuses: ["To Do", "In Progress", "Done"]\nlabels: []\n' +
      "date_format: yyyy-mm-dd\nauto_open_browser: false\nremote_operations: false\nauto_commit: false\n" +
      'check_active_branches: false\ntask_prefix: "task"\n',
  );
  let bytes = 0;
  listYaml(join(roadmapDir, "epics")).forEach((path, index) => {
    const epic = jsYaml.load(readFileSync(path, "utf8"), { schema: jsYaml.CORE_SCHEMA });
    const criteria = (epic.stories ?? []).flatMap((story) => [story.title, ...(story.acceptance ?? [])]);
    const id = index + 1;
    const text = [
      "---",
      `id: TASK-${id}`,
      `title: ${JSON.stringify(epic.title)}`,
      `status: ${STATUS[epic.status ?? "proposed"]}`,
      `assignee: [${JSON.stringify(epic.owner ?? "")}]`,
      "created_date: '2026-11-25 12:00'",
      `labels: [${(epic.labels ?? []).join(", ")}]`,
      "dependencies: []",
      `ordinal: ${id * 1000}`,
      "---",
      "",
      "## Description",
      "",
      "<!-- SECTION:DESCRIPTION:BEGIN -->",
      epic.description ?? "",
      "<!-- SECTION:DESCRIPTION:END -->",
      "",
      "## Acceptance Criteria",
      "<!-- AC:BEGIN -->",
      ...criteria.map((criterion, i) => `- [ ] #${i + 1} ${criterion}`),
      "<!-- AC:END -->",
      "",
    ].join("\n");
    bytes += Buffer.byteLength(text);
    writeFileSync(join(tasks, `task-${id} - ${epic.title.replace(/[^A-Za-z0-9]+/g, "-")}.md`), text);
  });
  return bytes;
}

function listYaml(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listYaml(join(dir, entry.name))
        : entry.name.endsWith(".yaml")
          ? [join(dir, entry.name)]
          : [],
    )
    .sort();
}
