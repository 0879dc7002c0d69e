import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFileAtomic } from "./write-file.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "roadmap-write-"));
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

  test("removes the temporary file when the final rename fails", () => {
    const dir = tempDir();
    const target = join(dir, "folder");
    // A file cannot be renamed over a non-empty folder: the failure comes after the write.
    mkdirSync(join(target, "inner"), { recursive: true });
    expect(() => writeFileAtomic(target, "new\n")).toThrow();
    expect(readdirSync(dir)).toEqual(["folder"]);
  });
});
