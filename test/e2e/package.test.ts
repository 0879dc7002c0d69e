// The package teams install (README, "Install"): `npm run package`'s tarball installs into an
// empty folder offline, with an empty npm cache, adds no package but itself, runs no script, and
// every command works from it — `roadmap ui` too, whose ink and react load from the bundle.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hasTmux, startTmux } from "../tmux.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const temp = mkdtempSync(join(tmpdir(), "roadmap-package-test-"));
const app = join(temp, "app");
const bin = join(app, "node_modules", ".bin", "roadmap");
let tarball = "";
let install = { status: 0 as number | null, output: "" };

beforeAll(() => {
  // From the dist/ the test run built (scripts/package.mjs does not build).
  execFileSync(process.execPath, [join(ROOT, "scripts", "package.mjs"), temp], { encoding: "utf8" });
  tarball = join(temp, `roadmap-cli-${version}.tgz`);
  mkdirSync(app);
  const result = spawnSync(
    "npm",
    ["install", "--offline", "--cache", join(temp, "empty-cache"), "--no-audit", "--no-fund", tarball],
    { cwd: app, encoding: "utf8" },
  );
  install = { status: result.status, output: result.stdout + result.stderr };
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const roadmap = (args: string[], cwd = app) =>
  spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("the tarball", () => {
  test("its manifest has no dependencies and no scripts; the bundle has no source maps", () => {
    const manifest = JSON.parse(
      execFileSync("tar", ["xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: "roadmap-cli", version, bin: { roadmap: "bin/roadmap.js" } });
    for (const key of [
      "dependencies",
      "optionalDependencies",
      "peerDependencies",
      "scripts",
      "devDependencies",
    ]) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
    expect(files).toEqual(
      expect.arrayContaining(["package/dist/cli.js", "package/schemas/epic.schema.json"]),
    );
    expect(files.filter((file) => file.endsWith(".map") || file.endsWith("meta.json"))).toEqual([]);
  });

  test("installs offline with an empty cache, adding itself only and running nothing", () => {
    expect(install.status, install.output).toBe(0);
    expect(install.output).toMatch(/added 1 package/);
    expect(install.output).not.toMatch(/install-scripts|prepare/);
    expect(readdirSync(join(app, "node_modules")).filter((name) => !name.startsWith("."))).toEqual([
      "roadmap-cli",
    ]);
  });
});

describe("the installed CLI", () => {
  test("--version, init --example, validate, lint, show, export, completion", () => {
    expect(roadmap(["--version"]).stdout).toBe(`${version}\n`);
    expect(roadmap(["init", "--example", "plans"]).status).toBe(0);
    const plans = join(app, "plans");
    expect(roadmap(["validate"], plans).stdout).toBe("no problems found\n");
    expect(roadmap(["lint", "--today", "2026-09-01"], plans).status).toBe(0);
    expect(roadmap(["show", "--view", "timeline", "--today", "2026-09-01"], plans).stdout).toContain(
      "2026-Q3",
    );
    expect(JSON.parse(roadmap(["export", "--format", "json"], plans).stdout)).toHaveProperty("themes");
    expect(roadmap(["completion", "bash"]).stdout).toContain("complete -F _roadmap_completion roadmap");
  });

  test.skipIf(!hasTmux)("roadmap ui draws in a terminal (tmux) and quits with q", async () => {
    const plans = join(app, "plans");
    if (!existsSync(plans)) roadmap(["init", "--example", "plans"]);
    const terminal = startTmux(
      `cd '${plans}' && NO_COLOR=1 '${bin}' ui --today 2026-09-01; echo "exit=$?"; sleep 30`,
      {
        columns: 100,
        rows: 30,
      },
    );
    try {
      expect(await terminal.waitFor("Theme grow-self-serve")).toContain("roadmap · Acme Analytics");
      terminal.keys("q");
      expect(await terminal.waitFor("exit=")).toContain("exit=0");
    } finally {
      terminal.kill();
    }
  });
});
