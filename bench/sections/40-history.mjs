// `roadmap log` over a long history against `roadmap validate` of its tip (target: 2x), on a
// generated history of 1,000 commits over the bench road map (1-3 epics edited per commit,
// written with one `git fast-import`) and on the KEP bundle; `git log -p` beside it for scale.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom } from "../generate.mjs";
import { measureInterleaved } from "../measure.mjs";

const COMMITS = Number(process.env.BENCH_COMMITS ?? 1000);

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 3);
  const started = performance.now();
  const repo = join(ctx.scratch, "history");
  const edited = buildHistory(ctx.roadmapDir, ctx.generated, repo, COMMITS);
  const seconds = (performance.now() - started) / 1000;
  ctx.report(`generated history: ${COMMITS} commits, ${edited} epic edits (fast-import)`, seconds, "s");
  compare(ctx, "bench", repo, "roadmap", runs);

  const kep = join(ctx.scratch, "kep");
  execFileSync("git", [
    "clone",
    "-q",
    join(ctx.root, "..", "shared", "corpus", "kubernetes-history.bundle"),
    kep,
  ]);
  compare(ctx, "KEP bundle", kep, "roadmap", runs);
}

function compare(ctx, name, repo, folder, runs) {
  const dir = join(repo, folder);
  const [log, validate, gitLogP] = measureInterleaved(
    [
      { command: process.execPath, args: [ctx.bin, "log", "-C", dir] },
      { command: process.execPath, args: [ctx.bin, "validate", "-C", dir] },
      { command: "git", args: ["-C", repo, "log", "-p", "--", folder] },
    ],
    { runs },
  );
  const commits = log.stdout.split("\n\n").length;
  ctx.report(`${name}: roadmap log (${commits} commits listed)`, log.seconds, "s");
  ctx.report(`${name}: roadmap validate of the tip`, validate.seconds, "s");
  ctx.report(`${name}: git log -p on the same folder (context)`, gitLogP.seconds, "s");
  ctx.report(`${name}: log / validate, CPU time`, log.cpuSeconds / validate.cpuSeconds, "x");
  ctx.report(`${name}: log peak RSS`, log.maxRssMb, "MB");
  ctx.target(`${name}: log / validate (wall)`, log.seconds / validate.seconds, 2, "x");
}

/**
 * A repository whose first commit is the bench road map under roadmap/ and whose next
 * commits each edit 1-3 epics (status, milestone, a story's status or points): one
 * `git fast-import` stream, so building it takes seconds, not a process per commit. Commits
 * are `secondsApart` apart from 2026-01-01 12:00 UTC (an hour: 1,000 commits in six weeks).
 */
export function buildHistory(roadmapDir, generated, repo, commits, secondsApart = 3600) {
  execFileSync("git", ["init", "-q", "-b", "main", repo]);
  const random = createRandom(5);
  const texts = new Map();
  const chunks = [];
  let mark = 0;
  let edits = 0;
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const commit = (message, files, day) => {
    const when = 1767268800 + day * secondsApart;
    chunks.push(
      `commit refs/heads/main\nmark :${++mark}\nauthor Bench <bench@example.com> ${when} +0000\n`,
      `committer Bench <bench@example.com> ${when} +0000\n${data(message)}`,
    );
    if (mark > 1) chunks.push(`from :${mark - 1}\n`);
    for (const [path, text] of files) chunks.push(`M 100644 inline roadmap/${path}\n${data(text)}`);
    chunks.push("\n");
  };

  const initial = [];
  for (const path of listFiles(roadmapDir)) {
    const text = readFileSync(join(roadmapDir, path), "utf8");
    texts.set(path, text);
    initial.push([path, text]);
  }
  commit("Bench road map", initial, 0);
  for (let i = 1; i < commits; i++) {
    const files = [];
    for (let n = random.int(1, 3); n > 0; n--) {
      const path = random.pick(generated.epicPaths);
      const text = editEpic(texts.get(path), random, generated.milestones);
      texts.set(path, text);
      files.push([path, text]);
      edits++;
    }
    commit(`Edit ${files.map(([path]) => path.slice(path.lastIndexOf("/") + 1, -5)).join(", ")}`, files, i);
  }
  const result = spawnSync("git", ["fast-import", "--quiet"], { cwd: repo, input: chunks.join("") });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  execFileSync("git", ["checkout", "-q", "-f", "main"], { cwd: repo });
  return edits;
}

const STATUSES = ["proposed", "planned", "in-progress", "done"];

/** One realistic edit: an epic's status or milestone, or one story's status or points. */
function editEpic(text, random, milestones) {
  switch (random.int(0, 3)) {
    case 0:
      return text.replace(/^status: .*$/m, `status: ${random.pick(STATUSES)}`);
    case 1:
      return text.replace(/^milestone: .*$/m, `milestone: ${random.pick(milestones)}`);
    case 2:
      return text.replace(
        /^( {4}status: )(todo|in-progress)$/m,
        (_line, key, status) => `${key}${status === "todo" ? "in-progress" : "done"}`,
      );
    default:
      return text.replace(
        /^( {4}points: )(\d+)$/m,
        (_line, key, points) => `${key}${(Number(points) % 13) + 1}`,
      );
  }
}

function listFiles(dir) {
  const output = execFileSync("find", [".", "-type", "f", "-name", "*.yaml"], { cwd: dir, encoding: "utf8" });
  return output
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.slice(2))
    .sort();
}
