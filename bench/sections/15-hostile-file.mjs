// One hostile file in a small road map (issue 13, items 4 and 16): validate with 20,000, 80,000
// and 120,000 unknown keys in one epic, and `roadmap log` over a history holding a 96 MB blob
// (over the 10 MiB file limit, so refused unread) or a 9 MB one (read and parsed). Time must grow
// in proportion to the input: the targets are a ratio (6x the keys may cost at most 12x the time;
// linear is 6x, the old quadratic lookup was ~36x) and peak memory, not seconds, so they hold on
// any machine. The tests check behaviour (test/e2e/hostile-input.test.ts, log-hardening.test.ts).
import { execFileSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEYS = [20_000, 80_000, 120_000];

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 3);
  const seconds = new Map();
  for (const keys of KEYS) {
    const dir = join(ctx.scratch, `keys-${keys}`);
    cpSync(join(ctx.root, "examples", "acme"), dir, { recursive: true });
    const lines = Array.from({ length: keys }, (_, i) => `key${i}: ${i}\n`).join("");
    writeFileSync(join(dir, "epics", "hostile.yaml"), `title: Hostile\ntheme: grow-self-serve\n${lines}`);
    const result = ctx.measure(["validate", "-C", dir], { runs, expectCodes: [1] });
    seconds.set(keys, result.seconds);
    ctx.report(`validate, one file with ${keys} unknown keys`, result.seconds, "s");
    ctx.report(`validate, one file with ${keys} unknown keys: peak RSS`, result.maxRssMb, "MB");
  }
  ctx.target(
    "120,000 keys / 20,000 keys (6x the input), wall",
    seconds.get(120_000) / seconds.get(20_000),
    12,
    "x",
  );

  for (const megabytes of [96, 9]) {
    const repo = buildHistoryWithBlob(ctx, join(ctx.scratch, `blob-${megabytes}`), megabytes);
    const log = ctx.measure(["log", "-C", join(repo, "roadmap")], { runs });
    const label = `log over a ${megabytes} MB blob (3 commits)`;
    ctx.report(label, log.seconds, "s");
    // Over the 10 MiB file limit, the blob is refused by its size and never held.
    if (megabytes > 10) ctx.target(`${label}: peak RSS`, log.maxRssMb, 150, "MB");
    else ctx.report(`${label}: peak RSS`, log.maxRssMb, "MB");
  }
}

/** The example road map, then an epic whose description grows to `megabytes`, then back. */
function buildHistoryWithBlob(ctx, repo, megabytes) {
  const git = (...args) => execFileSync("git", args, { cwd: repo, env: { ...process.env, ...identity() } });
  cpSync(join(ctx.root, "examples", "acme"), join(repo, "roadmap"), { recursive: true });
  git("init", "-q", "-b", "main");
  const commit = (message) => {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  };
  commit("Example road map");
  const epic = join(repo, "roadmap", "epics", "big.yaml");
  const bytes = megabytes * 1000 * 1000;
  const description = "lorem ipsum ".repeat(Math.ceil(bytes / 12)).slice(0, bytes);
  writeFileSync(epic, `title: Big\ntheme: grow-self-serve\ndescription: ${description}\n`);
  commit(`A ${megabytes} MB description`);
  writeFileSync(epic, "title: Big\ntheme: grow-self-serve\ndescription: short\n");
  commit("Back to a short description");
  return repo;
}

function identity() {
  return {
    GIT_AUTHOR_NAME: "Bench",
    GIT_AUTHOR_EMAIL: "bench@example.com",
    GIT_COMMITTER_NAME: "Bench",
    GIT_COMMITTER_EMAIL: "bench@example.com",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
  };
}
