import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { contentDigest, FileWriteError, writeFileAtomic, writeFilesAtomic } from "./write-file.js";

const isRoot = process.getuid?.() === 0;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "roadmap-write-"));
}

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof FileWriteError) return error.refusal;
    throw error;
  }
  return undefined;
}

/** A process id that ran and is gone (the writer's test for a stale temporary file). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid ?? 0;
}

describe("writeFileAtomic", () => {
  test("creates a new file and leaves no temporary file behind", () => {
    const dir = tempDir();
    writeFileAtomic(join(dir, "a.yaml"), "title: A\n");
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("title: A\n");
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
  });

  test.each([0o600, 0o644, 0o666, 0o755])("replaces a file and keeps its mode %o", (mode) => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    chmodSync(path, mode);
    writeFileAtomic(path, new TextEncoder().encode("new\n"));
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(statSync(path).mode & 0o7777).toBe(mode);
  });

  test.runIf(isRoot)("keeps the owner and group of a file it replaces (as root)", () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    chownSync(path, 1234, 2345);
    expect(writeFileAtomic(path, "new\n")).toEqual([]);
    expect(statSync(path)).toMatchObject({ uid: 1234, gid: 2345 });
  });

  test("refuses a read-only file, even as root, and leaves it as it is", () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    chmodSync(path, 0o444);
    expect(refusal(() => writeFileAtomic(path, "new\n"))).toBe("read-only");
    expect(readFileSync(path, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
  });

  test("says when it splits hard links: the other name keeps the old text", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "old\n");
    linkSync(join(dir, "a.yaml"), join(dir, "b.yaml"));
    const notes = writeFileAtomic(join(dir, "a.yaml"), "new\n");
    expect(notes.map((note) => note.kind)).toEqual(["hard-links-split"]);
    expect(notes[0]?.message).toMatch(/1 other hard link, which keeps the old text/);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("new\n");
    expect(readFileSync(join(dir, "b.yaml"), "utf8")).toBe("old\n");
  });

  test("refuses a folder, leaving nothing behind", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "folder", "inner"), { recursive: true });
    expect(refusal(() => writeFileAtomic(join(dir, "folder"), "new\n"))).toBe("not-regular");
    expect(readdirSync(dir)).toEqual(["folder"]);
  });

  test("writes through a symbolic link to a file: the link stays a link", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.yaml"), "old\n");
    symlinkSync("real.yaml", join(dir, "link.yaml"));
    writeFileAtomic(join(dir, "link.yaml"), "new\n");
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.yaml"))).toBe("real.yaml");
    expect(readFileSync(join(dir, "real.yaml"), "utf8")).toBe("new\n");
  });

  test("refuses a dangling symbolic link instead of replacing it", () => {
    const dir = tempDir();
    symlinkSync("nowhere.yaml", join(dir, "link.yaml"));
    expect(refusal(() => writeFileAtomic(join(dir, "link.yaml"), "new\n"))).toBe("not-regular");
    expect(readlinkSync(join(dir, "link.yaml"))).toBe("nowhere.yaml");
    expect(readdirSync(dir)).toEqual(["link.yaml"]);
  });

  test("writes through a character device (/dev/null) without replacing it", () => {
    writeFileAtomic("/dev/null", "text\n");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  test("writes through a FIFO to its reader", () => {
    const dir = tempDir();
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    writeFileAtomic(fifo, "through\n");
    const buffer = Buffer.alloc(64);
    const read = readSync(reader, buffer, 0, buffer.length, null);
    closeSync(reader);
    expect(buffer.subarray(0, read).toString()).toBe("through\n");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});

describe("what the caller read", () => {
  test("replaces the file when it still holds the bytes that were read", () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    writeFileAtomic(path, "new\n", { bytes: readFileSync(path) });
    expect(readFileSync(path, "utf8")).toBe("new\n");
  });

  test("refuses, leaving the edit, when the file changed since it was read", () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    const read = readFileSync(path);
    writeFileSync(path, "edited by someone else\n");
    expect(refusal(() => writeFileAtomic(path, "new\n", { bytes: read }))).toBe("changed");
    expect(readFileSync(path, "utf8")).toBe("edited by someone else\n");
    expect(readdirSync(dir)).toEqual(["a.yaml"]);
  });

  test("a SHA-256 of the bytes read works the same way", () => {
    const dir = tempDir();
    const path = join(dir, "a.yaml");
    writeFileSync(path, "old\n");
    const digest = contentDigest(readFileSync(path));
    writeFileSync(path, "odd\n");
    expect(refusal(() => writeFileAtomic(path, "new\n", { sha256: digest }))).toBe("changed");
    writeFileSync(path, "old\n");
    writeFileAtomic(path, "new\n", { sha256: digest });
    expect(readFileSync(path, "utf8")).toBe("new\n");
  });

  test("refuses when the file that was read is gone", () => {
    const dir = tempDir();
    expect(refusal(() => writeFileAtomic(join(dir, "a.yaml"), "new\n", { bytes: new Uint8Array() }))).toBe(
      "changed",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test("absent: never replaces a file, nor a dangling link", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "old\n");
    symlinkSync("nowhere.yaml", join(dir, "b.yaml"));
    expect(refusal(() => writeFileAtomic(join(dir, "a.yaml"), "new\n", { absent: true }))).toBe("exists");
    expect(refusal(() => writeFileAtomic(join(dir, "b.yaml"), "new\n", { absent: true }))).toBe("exists");
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
    writeFileAtomic(join(dir, "c.yaml"), "new\n", { absent: true });
    expect(readFileSync(join(dir, "c.yaml"), "utf8")).toBe("new\n");
  });
});

describe("writeFilesAtomic: all or none", () => {
  test("writes nothing when one file changed since it was read", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "a\n");
    writeFileSync(join(dir, "b.yaml"), "b\n");
    const readA = readFileSync(join(dir, "a.yaml"));
    const readB = readFileSync(join(dir, "b.yaml"));
    writeFileSync(join(dir, "b.yaml"), "b edited\n");
    const error = (() => {
      try {
        writeFilesAtomic([
          { path: join(dir, "a.yaml"), content: "A\n", readBefore: { bytes: readA } },
          { path: join(dir, "c.yaml"), content: "C\n", readBefore: { absent: true } },
          { path: join(dir, "b.yaml"), content: "B\n", readBefore: { bytes: readB } },
        ]);
      } catch (caught) {
        return caught as FileWriteError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FileWriteError);
    expect(error?.path).toBe(join(dir, "b.yaml"));
    expect(error?.refusal).toBe("changed");
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("a\n");
    expect(readFileSync(join(dir, "b.yaml"), "utf8")).toBe("b edited\n");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "b.yaml"]);
  });

  test("writes every file when all are as read", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "a\n");
    writeFilesAtomic([
      { path: join(dir, "a.yaml"), content: "A\n", readBefore: { bytes: readFileSync(join(dir, "a.yaml")) } },
      { path: join(dir, "c.yaml"), content: "C\n", readBefore: { absent: true } },
    ]);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("A\n");
    expect(readFileSync(join(dir, "c.yaml"), "utf8")).toBe("C\n");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "c.yaml"]);
  });
});

describe("writeFilesAtomic: files that go with the change (a moved file's old name)", () => {
  test("the new name is written and the old one removed, leaving no temporary file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "a\n");
    writeFilesAtomic([
      { path: join(dir, "b.yaml"), content: "a\n", readBefore: { absent: true } },
      { path: join(dir, "a.yaml"), remove: true, readBefore: { bytes: readFileSync(join(dir, "a.yaml")) } },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["b.yaml"]);
    expect(readFileSync(join(dir, "b.yaml"), "utf8")).toBe("a\n");
  });

  test("nothing happens when the file to remove changed since it was read", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "a\n");
    const read = readFileSync(join(dir, "a.yaml"));
    writeFileSync(join(dir, "a.yaml"), "a edited\n");
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "b.yaml"), content: "a\n", readBefore: { absent: true } },
        { path: join(dir, "a.yaml"), remove: true, readBefore: { bytes: read } },
      ]),
    ).toThrow(FileWriteError);
    expect(readdirSync(dir).sort()).toEqual(["a.yaml"]);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("a edited\n");
  });

  test("a failure after the first renames puts back every file, the removed one too", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "old.yaml"), "old\n");
    writeFileSync(join(dir, "a.yaml"), "a\n");
    const a = readFileSync(join(dir, "a.yaml"));
    // The second write of a.yaml finds it replaced (by the first) when its turn comes: a
    // failure in the middle of the renames, after old.yaml was set aside and a.yaml replaced.
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "new.yaml"), content: "old\n", readBefore: { absent: true } },
        {
          path: join(dir, "old.yaml"),
          remove: true,
          readBefore: { bytes: readFileSync(join(dir, "old.yaml")) },
        },
        { path: join(dir, "a.yaml"), content: "A\n", readBefore: { bytes: a } },
        { path: join(dir, "a.yaml"), content: "A again\n", readBefore: { bytes: a } },
      ]),
    ).toThrow("was replaced by another program");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml", "old.yaml"]);
    expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("a\n");
    expect(readFileSync(join(dir, "old.yaml"), "utf8")).toBe("old\n");
  });

  test("a read-only file is not removed, and nothing else is written", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), "a\n");
    chmodSync(join(dir, "a.yaml"), 0o444);
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, "b.yaml"), content: "a\n", readBefore: { absent: true } },
        { path: join(dir, "a.yaml"), remove: true },
      ]),
    ).toThrow("is read-only");
    expect(readdirSync(dir).sort()).toEqual(["a.yaml"]);
  });
});

describe("stale temporary files", () => {
  test("removes the ones a killed run left in the folder it writes to, keeps a running one's", () => {
    const dir = tempDir();
    const stale = `.a.yaml.${deadPid()}-0123abcd.tmp`;
    const running = `.b.yaml.${process.ppid}-0123abcd.tmp`;
    const lookalikeFolder = `.c.yaml.${deadPid()}-0123abcd.tmp`;
    writeFileSync(join(dir, stale), "half");
    writeFileSync(join(dir, running), "half");
    mkdirSync(join(dir, lookalikeFolder));
    writeFileAtomic(join(dir, "a.yaml"), "new\n");
    expect(readdirSync(dir).sort()).toEqual([running, lookalikeFolder, "a.yaml"].sort());
  });
});
