// Every numeric flag of every command takes decimal whole numbers within its range; anything
// else is exit 2 with one line naming the flag (`-n 4294967296` once printed
// "no commits changed the road map" and `-n 4294967297` listed one commit: numbers wrapped).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { fixture, runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Initial road map", { day: 1 });
  repo.write({ "epics/growth/billing.yaml": "title: Billing\ntheme: growth\nmilestone: 2026-q1\n" });
  repo.commit("Pull billing into Q1", { day: 2 });
});

afterAll(() => repo.remove());

/** Each numeric flag: the command line it goes on, and its range. */
const FLAGS = [
  { args: ["log"], flag: "-n", min: 1, max: 2147483647, unit: "commits" },
  { args: ["log"], flag: "--max-count", min: 1, max: 2147483647, unit: "commits" },
  {
    args: ["lint", "--today", "2026-01-15"],
    flag: "--max-warnings",
    min: 0,
    max: 2147483647,
    unit: "warnings",
  },
  { args: ["show", "--today", "2026-01-15"], flag: "--width", min: 20, max: 1000, unit: "columns" },
];

/** Long values are cut in the message, their length said. */
const quoted = (value: string) =>
  value.length > 60 ? `"${value.slice(0, 60)}…" (${value.length} characters)` : JSON.stringify(value);

const NOT_WHOLE_NUMBERS = [
  "",
  " 5",
  "5 ",
  "+5",
  "-1",
  "5.0",
  "1.5",
  "1e3",
  "0x10",
  "0b1",
  "Infinity",
  "NaN",
  "ten",
  "٣",
];

describe.each(FLAGS)("$flag ($args.0)", ({ args, flag, min, max, unit }) => {
  const run = (value: string) => runCli([...args, flag, value], { cwd: repo.dir });

  test.each([
    ...NOT_WHOLE_NUMBERS,
    String(min - 1),
    String(max + 1),
    "4294967296",
    "4294967297",
    "18446744073709551617",
    "9".repeat(400),
  ])("%j is exit 2 with one line, nothing on stdout", (value) => {
    const result = run(value);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `roadmap: ${flag === "--max-count" ? "-n" : flag} must be a whole number of ${unit}, ${min} to ${max} (got ${quoted(value)})\n`,
    );
  });

  test("the range's ends are taken", () => {
    for (const value of [String(min), String(max)]) {
      expect(run(value).code, `${flag} ${value}`).not.toBe(2);
    }
  });

  test("the attached forms (-n5, --flag=5) are checked the same way", () => {
    const attached = flag.startsWith("--") ? `${flag}=4294967296` : `${flag}4294967296`;
    expect(runCli([...args, attached], { cwd: repo.dir }).code).toBe(2);
  });
});

test("-n near git's limit lists every commit; -n 1 lists one", () => {
  const subjects = (value: string) =>
    (
      JSON.parse(runCli(["log", "--json", "-n", value], { cwd: repo.dir }).stdout) as {
        commits: { subject: string }[];
      }
    ).commits.map((commit) => commit.subject);
  expect(subjects("2147483647")).toEqual(["Pull billing into Q1", "Initial road map"]);
  expect(subjects("1")).toEqual(["Pull billing into Q1"]);
});

test("leading zeros are still decimal whole numbers", () => {
  const today = ["--today", "2026-01-15"];
  expect(runCli(["lint", ...today, "--max-warnings", "00", "-C", fixture("lint/clean")]).code).toBe(0);
  const narrow = runCli(["show", ...today, "--width", "020", "-C", fixture("show/acme-like")]);
  expect(narrow.code).toBe(0);
  expect(narrow.stdout).toBe(
    runCli(["show", ...today, "--width", "20", "-C", fixture("show/acme-like")]).stdout,
  );
});
