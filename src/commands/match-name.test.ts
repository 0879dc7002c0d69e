import { describe, expect, test } from "vitest";
import { matchName } from "./match-name.js";

const people = ["Lena Fischer", "Omar Haddad", "Maya", "maya-ops"].map((value) => ({ value }));
const milestones = [
  { value: "2026-q3", title: "Summer launch" },
  { value: "2026-q4", title: "Holiday hardening" },
  { value: "2027-q1-onboarding", title: "Onboarding that sells itself" },
];

describe("matchName", () => {
  test("the name as written, in any case, with no note", () => {
    expect(matchName("owner", "lena fischer", people, false)).toEqual({ values: ["Lena Fischer"] });
  });

  test("a word's start: every match, and a note saying which", () => {
    expect(matchName("owner", "lena", people, false)).toEqual({
      values: ["Lena Fischer"],
      note: '--owner "lena" matches "Lena Fischer"',
    });
    expect(matchName("owner", "ma", people, false).values).toEqual(["Maya", "maya-ops"]);
    expect(matchName("milestone", "summer", milestones, true).values).toEqual(["2026-q3"]);
    expect(matchName("milestone", "onboarding", milestones, true).values).toEqual(["2027-q1-onboarding"]);
  });

  test("inside a word is no match; nothing is a usage error with a hint", () => {
    expect(() => matchName("owner", "ena", people, false)).toThrow('unknown owner "ena"');
    expect(() => matchName("owner", "Lenna Fischer", people, false)).toThrow(
      '(did you mean "Lena Fischer"?)',
    );
  });

  test("a filter that names one item refuses several matches, listing them", () => {
    expect(() => matchName("milestone", "2026", milestones, true)).toThrow(
      '--milestone "2026" matches 2: 2026-q3, 2026-q4; name one of them',
    );
  });
});
