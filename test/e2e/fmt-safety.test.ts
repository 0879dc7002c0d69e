// `roadmap fmt` never loses what others wrote (docs/guarantees.md, "Writes"): edits made while it
// runs, read-only files, owners, hard links, values it cannot spell again, temporaries a killed
// run left, files too large to read, folders it may not write.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import { writeFiles } from "../git-repo.js";
import { BIN, runCli, UNPRIVILEGED } from "../run-cli.js";

const isRoot = process.getuid?.() === 0;

/** An epic whose keys are out of canonical order: fmt moves `title` above `theme`. */
const unformatted = (n: number): string => `theme: core\ntitle: Epic ${n}\n`;
const formatted = (n: number): string => `title: Epic ${n}\ntheme: core\n`;

function roadmapWith(epics: number): { dir: string; names: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-fmt-safety-"));
  const names = Array.from({ length: epics }, (_, i) => `epics/e${String(i).padStart(5, "0")}.yaml`);
  writeFiles(dir, {
    "mission.yaml": "name: Safety\nmission: Lose nothing.\n",
    "themes/core.yaml": "title: Core\n",
  });
  mkdirSync(join(dir, "epics"));
  names.forEach((name, i) => {
    writeFileSync(join(dir, name), unformatted(i));
  });
  return { dir, names };
}

function temporaries(dir: string): string[] {
  return ["", "epics", "themes"].flatMap((folder) =>
    readdirSync(join(dir, folder)).filter((name) => name.endsWith(".tmp")),
  );
}

/** fmt in its own process, for tests that act while it runs. */
function startFmt(dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, "fmt", "-C", dir], { env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("edits made while fmt runs (issue 13, item 5)", () => {
  test("are never lost: a file edited after fmt read it is reported and left as edited", async () => {
    const { dir, names } = roadmapWith(500);
    const run = startFmt(dir);
    // fmt reads every file first, then writes them in order: once the first one is written,
    // the last ones have been read and not yet written. Edit those, in place and by rename.
    const first = join(dir, names[0]!);
    while (readFileSync(first, "utf8") !== formatted(0)) await sleep(2);
    const edited = names.slice(-50);
    edited.forEach((name, i) => {
      const path = join(dir, name);
      const text = `${readFileSync(path, "utf8")}# edit ${i}\n`;
      if (i % 2 === 0) writeFileSync(path, text);
      else {
        writeFileSync(`${path}.new`, text);
        renameSync(`${path}.new`, path);
      }
    });
    const result = await run;
    for (const [i, name] of edited.entries()) {
      expect(readFileSync(join(dir, name), "utf8")).toContain(`# edit ${i}\n`);
    }
    // fmt got to the edited files after the edits: each one reported, none in the list of changed.
    expect(result.code).toBe(2);
    for (const name of edited) {
      expect(result.stderr).toContain(
        `roadmap: ${name} was changed by another program since roadmap read it`,
      );
      expect(result.stdout).not.toContain(name);
    }
    expect(readFileSync(join(dir, names[250]!), "utf8")).toBe(formatted(250));
    expect(temporaries(dir)).toEqual([]);
  });
});

describe("files fmt may not or cannot rewrite as they were (item 7)", () => {
  test("a read-only file is left as it is and named (exit 2), even for root", () => {
    const { dir, names } = roadmapWith(2);
    chmodSync(join(dir, names[0]!), 0o444);
    const result = runCli(["fmt", "-C", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`roadmap: ${names[0]} is read-only (mode 0444); left as it is`);
    expect(readFileSync(join(dir, names[0]!), "utf8")).toBe(unformatted(0));
    expect(result.stdout).toBe(`${names[1]}\n`);
    expect(readFileSync(join(dir, names[1]!), "utf8")).toBe(formatted(1));
  });

  test.runIf(isRoot)("run as root, a file keeps its owner and group", () => {
    const { dir, names } = roadmapWith(1);
    chownSync(join(dir, names[0]!), 1234, 2345);
    expect(runCli(["fmt", "-C", dir]).code).toBe(0);
    expect(statSync(join(dir, names[0]!))).toMatchObject({ uid: 1234, gid: 2345 });
    expect(readFileSync(join(dir, names[0]!), "utf8")).toBe(formatted(0));
  });

  test("a file with another hard link: formatted, and fmt says the other name keeps the old text", () => {
    const { dir, names } = roadmapWith(1);
    linkSync(join(dir, names[0]!), join(dir, "copy.yaml.bak"));
    const result = runCli(["fmt", "-C", dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`note: ${names[0]} had 1 other hard link, which keeps the old text`);
    expect(readFileSync(join(dir, "copy.yaml.bak"), "utf8")).toBe(unformatted(0));
  });
});

describe("values fmt cannot print again from a number (item 8)", () => {
  test("integers beyond 2^53, hex, octal, 1e400 and the like are kept exactly as written", () => {
    const { dir } = roadmapWith(0);
    const values = [
      "9007199254740993",
      "0x1F",
      "0o17",
      "017",
      "1e400",
      "1e3",
      "1.0",
      "0.10000000000000000555",
      "~",
    ];
    const lines = values.map((value, i) => `    k${i}: ${value}\n`).join("");
    writeFileSync(join(dir, "epics/numbers.yaml"), `theme: core\ntitle: Numbers\nsomething:\n${lines}`);
    const result = runCli(["fmt", "-C", dir]);
    expect(result.stdout).toBe("epics/numbers.yaml\n");
    expect(readFileSync(join(dir, "epics/numbers.yaml"), "utf8")).toBe(
      `title: Numbers\ntheme: core\nsomething:\n${lines.replaceAll("    ", "  ")}`,
    );
  });
});

describe("temporary files an interrupted run left (item 10)", () => {
  test("the next fmt removes them and says so; --check leaves them", () => {
    const { dir, names } = roadmapWith(1);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = `.${names[0]!.slice("epics/".length)}.${gone}-0123abcd.tmp`;
    writeFileSync(join(dir, "epics", stale), "half a fi");
    expect(runCli(["fmt", "--check", "-C", dir]).code).toBe(1);
    expect(temporaries(dir)).toEqual([stale]);
    const result = runCli(["fmt", "-C", dir]);
    expect(result.stderr).toContain(
      `note: removed epics/${stale}, a temporary file an interrupted run left behind`,
    );
    expect(temporaries(dir)).toEqual([]);
  });

  test("after fmt is killed mid-run, every file is whole and the next run leaves no temporary file", async () => {
    const { dir, names } = roadmapWith(500);
    const child = spawn(process.execPath, [BIN, "fmt", "-C", dir]);
    const first = join(dir, names[0]!);
    while (readFileSync(first, "utf8") !== formatted(0)) await sleep(1);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));
    names.forEach((name, i) => {
      expect([unformatted(i), formatted(i)]).toContain(readFileSync(join(dir, name), "utf8"));
    });
    expect(runCli(["fmt", "-C", dir]).code).toBe(0);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe("files fmt cannot read, folders it cannot write (item 11)", () => {
  test("a file over 10 MiB is reported (exit 1), with and without --check", () => {
    const { dir } = roadmapWith(1);
    writeFileSync(
      join(dir, "epics/huge.yaml"),
      `title: Huge\ndescription: "${"x".repeat(10.5 * 1024 * 1024)}"\n`,
    );
    for (const args of [["fmt"], ["fmt", "--check"]]) {
      const result = runCli(args, { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^epics\/huge\.yaml:0:0 {2}error {2}file is 10\.5 MiB; road-map files are limited to 10 MiB/m,
      );
    }
  });

  test("stopping at a folder it may not write, it lists the files it already rewrote", () => {
    const { dir, names } = roadmapWith(3);
    writeFileSync(join(dir, "themes/core.yaml"), "description: The core.\ntitle: Core\n");
    if (UNPRIVILEGED !== undefined) {
      spawnSync("chown", ["-R", `${UNPRIVILEGED.uid}:${UNPRIVILEGED.gid}`, dir]);
    }
    chmodSync(join(dir, "themes"), 0o555);
    const result = runCli(["fmt", "-C", dir], UNPRIVILEGED === undefined ? {} : { user: UNPRIVILEGED });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`${names.join("\n")}\n`);
    expect(result.stderr).toMatch(/^roadmap: cannot write themes\/core\.yaml: EACCES/m);
    expect(result.stderr).toContain("roadmap: stopped there; the 3 files listed on stdout were rewritten");
    expect(readFileSync(join(dir, "themes/core.yaml"), "utf8")).toBe("description: The core.\ntitle: Core\n");
  });
});
