// Where `export -o` writes (docs/export.md) and what happens when the output cannot be
// written (item 15): never replacing a device, FIFO or link, keeping the owner and mode of a
// file it replaces, `-o -` and `-o /dev/stdout` as standard output, one line and exit 2.
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BIN, fixture, runCli } from "../run-cli.js";

const ACME = fixture("export/acme");
const isRoot = process.getuid?.() === 0;
const exportJson = (...args: string[]) => runCli(["export", "--format", "json", "-C", ACME, ...args]);
const expected = exportJson().stdout;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "roadmap-targets-"));
}

describe("export -o (item 6)", () => {
  test.each(["-", "/dev/stdout"])("-o %s prints to standard output", (name) => {
    const result = exportJson("-o", name);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected);
  });

  test("-o /dev/stdout appends to the file standard output is, instead of replacing it", () => {
    const dir = scratch();
    const out = join(dir, "log.txt");
    writeFileSync(out, "before\n");
    const fd = openSync(out, "a");
    const result = runCli(["export", "--format", "json", "-C", ACME, "-o", "/dev/stdout"], { stdoutFd: fd });
    closeSync(fd);
    expect(result.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(`before\n${expected}`);
  });

  test("-o /dev/null writes through the device and leaves it a device", () => {
    const result = exportJson("-o", "/dev/null");
    expect(result.code).toBe(0);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  test("-o /dev/full fails with one line and exit 2, leaving the device as it is", () => {
    const result = exportJson("-o", "/dev/full");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("roadmap: cannot write /dev/full: ENOSPC: no space left on device, write\n");
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });

  test("-o a FIFO writes through it to the reader and leaves it a FIFO", async () => {
    const dir = scratch();
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk) => {
      read += chunk;
    });
    const closed = new Promise((resolve) => reader.on("close", resolve));
    const writer = spawn(process.execPath, [BIN, "export", "--format", "json", "-C", ACME, "-o", fifo]);
    const code = await new Promise((resolve) => writer.on("close", resolve));
    await closed;
    expect(code).toBe(0);
    expect(read).toBe(expected);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test("-o a symbolic link writes the file it names; the link stays a link", () => {
    const dir = scratch();
    writeFileSync(join(dir, "real.json"), "old");
    symlinkSync("real.json", join(dir, "link.json"));
    expect(exportJson("-o", join(dir, "link.json")).code).toBe(0);
    expect(readlinkSync(join(dir, "link.json"))).toBe("real.json");
    expect(readFileSync(join(dir, "real.json"), "utf8")).toBe(expected);
  });

  test("-o a dangling symbolic link is refused (exit 2), the link left as it is", () => {
    const dir = scratch();
    symlinkSync("nowhere.json", join(dir, "link.json"));
    const result = exportJson("-o", join(dir, "link.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is a symbolic link to nothing");
    expect(readdirSync(dir)).toEqual(["link.json"]);
    expect(readlinkSync(join(dir, "link.json"))).toBe("nowhere.json");
  });
});

describe("export -o over an existing file (item 7)", () => {
  test("keeps its mode", () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.json"), "old");
    chmodSync(join(dir, "out.json"), 0o640);
    expect(exportJson("-o", join(dir, "out.json")).code).toBe(0);
    expect(statSync(join(dir, "out.json")).mode & 0o777).toBe(0o640);
  });

  test.runIf(isRoot)("run as root, keeps its owner and group", () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.json"), "old");
    chownSync(join(dir, "out.json"), 1234, 2345);
    expect(exportJson("-o", join(dir, "out.json")).code).toBe(0);
    expect(statSync(join(dir, "out.json"))).toMatchObject({ uid: 1234, gid: 2345 });
  });

  test("refuses a read-only file (exit 2), even for root", () => {
    const dir = scratch();
    writeFileSync(join(dir, "out.json"), "old");
    chmodSync(join(dir, "out.json"), 0o444);
    const result = exportJson("-o", join(dir, "out.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("it is read-only (mode 0444); left as it is");
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("old");
  });
});

describe("output that cannot be written (item 15)", () => {
  test.each([["validate"], ["show"], ["export", "--format", "json"]])(
    "roadmap %s > /dev/full: one line, exit 2",
    (...args) => {
      const full = openSync("/dev/full", "w");
      const result = runCli([...args, "-C", ACME], { stdoutFd: full });
      closeSync(full);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        "roadmap: cannot write the output: ENOSPC: no space left on device, write\n",
      );
    },
  );
});

describe("-o into a folder that does not exist", () => {
  test.each([
    ["export", "--format", "csv"],
    ["review", "--today", "2026-02-01"],
  ])("roadmap %s -o missing/deeper/out: names the folder, not a temporary file", (...args) => {
    const dir = scratch();
    const repo = join(dir, "repo");
    runCli(["init", repo, "--today", "2026-02-01"]);
    spawnSync("git", ["init", "-q"], { cwd: repo });
    spawnSync("git", ["add", "-A"], { cwd: repo });
    spawnSync("git", ["-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-qm", "init"], {
      cwd: repo,
      env: {
        ...process.env,
        GIT_COMMITTER_DATE: "2026-01-10T12:00:00Z",
        GIT_AUTHOR_DATE: "2026-01-10T12:00:00Z",
      },
    });
    const result = runCli([...args, "-o", "missing/deeper/out"], { cwd: repo });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: "roadmap: cannot write missing/deeper/out: the folder missing/deeper does not exist\n",
    });
  });
});
