import { describe, expect, test } from "vitest";
import { commitLogArgs, parseCommitLog } from "./commit-log.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const ZERO = "0".repeat(40);
const BLOB = "1".repeat(40);

/** One commit as `git log -z --raw` prints it in commitLogArgs' format. */
function record(hash: string, parents: string, subject: string, raw: string[], author = "Ann"): string {
  const header = [hash, parents, "2026-01-02T03:04:05+00:00", author, subject].join("\0");
  return `${header}\0${raw.map((token) => `${token}\0`).join("")}`;
}

describe("parseCommitLog", () => {
  test("headers and the files changed under the folder, with their new blob ids", () => {
    const output =
      record(B, A, "Edit auth", [
        `\n:100644 100644 ${BLOB} ${BLOB.replace(/1/g, "2")} M`,
        "roadmap/epics/auth.yaml",
        `:100644 000000 ${BLOB} ${ZERO} D`,
        "roadmap/epics/old.yaml",
        `:000000 100644 ${ZERO} ${BLOB} A`,
        "elsewhere/readme.yaml",
      ]) + record(A, "", "Root, subject with\ttab", []);
    expect(parseCommitLog(output, "roadmap")).toEqual([
      {
        hash: B,
        parents: [A],
        date: "2026-01-02T03:04:05+00:00",
        author: "Ann",
        subject: "Edit auth",
        files: [
          { path: "epics/auth.yaml", status: "M", blob: "2".repeat(40), mode: "100644" },
          { path: "epics/old.yaml", status: "D", blob: ZERO, mode: "000000" },
        ],
      },
      {
        hash: A,
        parents: [],
        date: "2026-01-02T03:04:05+00:00",
        author: "Ann",
        subject: "Root, subject with\ttab",
        files: [],
      },
    ]);
  });

  test("no byte a message or a name may hold changes the layout (0x1E, newlines, colons, a hash)", () => {
    const hostile = `hide\x1e${B}\n:100644 100644 x y M`;
    const output =
      record(B, A, hostile, [`\n:100644 100644 ${BLOB} ${BLOB} M`, "roadmap/epics/auth.yaml"], `:${A}`) +
      record(A, "", "", [`\n:000000 100644 ${ZERO} ${BLOB} A`, "roadmap/epics/auth.yaml"]);
    const commits = parseCommitLog(output, "roadmap");
    expect(commits.map((commit) => [commit.hash, commit.subject, commit.author])).toEqual([
      [B, hostile, `:${A}`],
      [A, "", "Ann"],
    ]);
    expect(commits.map((commit) => commit.files.map((file) => file.status))).toEqual([["M"], ["A"]]);
  });

  test("output that does not start with a commit is an error, not a short log", () => {
    expect(() => parseCommitLog("not a hash\0", "roadmap")).toThrow(/unexpected/);
  });

  test("a road map at the top of the repository keeps every path", () => {
    const output = record(A, "", "Root", [`\n:000000 100644 ${ZERO} ${BLOB} A`, "mission.yaml"]);
    expect(parseCommitLog(output, "")[0]!.files).toEqual([
      { path: "mission.yaml", status: "A", blob: BLOB, mode: "100644" },
    ]);
  });
});

describe("commitLogArgs", () => {
  test("first-parent, raw, limited to the folder from the top of the repository", () => {
    const args = commitLogArgs({ start: B, folder: "plans/roadmap", maxCount: 5, since: "2026-01-01" });
    expect(args).toContain("--first-parent");
    expect(args).toContain("--max-count=5");
    expect(args).toContain("--since=2026-01-01");
    expect(args.slice(-3)).toEqual([B, "--", ":(top,literal)plans/roadmap/"]);
  });

  test("paths narrow the log to files of the folder", () => {
    const args = commitLogArgs({ start: B, folder: "roadmap", paths: ["epics/a.yaml", "mission.yaml"] });
    expect(args.slice(-3)).toEqual([
      "--",
      ":(top,literal)roadmap/epics/a.yaml",
      ":(top,literal)roadmap/mission.yaml",
    ]);
  });
});
