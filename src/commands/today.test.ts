import { expect, test } from "vitest";
import { resolveToday } from "./today.js";

const now = new Date(2026, 10, 25, 23, 59);

test("--today wins over ROADMAP_TODAY, which wins over the local date", () => {
  expect(resolveToday("2026-01-02", { ROADMAP_TODAY: "2026-03-04" }, now)).toBe("2026-01-02");
  expect(resolveToday(undefined, { ROADMAP_TODAY: "2026-03-04" }, now)).toBe("2026-03-04");
  expect(resolveToday(undefined, {}, now)).toBe("2026-11-25");
});

test("a bad date names where it came from", () => {
  expect(() => resolveToday("tomorrow", {}, now)).toThrow(/^--today must be a date/);
  expect(() => resolveToday(undefined, { ROADMAP_TODAY: "2026-02-30" }, now)).toThrow(
    /^ROADMAP_TODAY must be a date/,
  );
});
