import { describe, expect, test } from "vitest";
import type { Change } from "../../history/change.js";
import { plainPaint } from "../../util/paint.js";
import { describeChange, formatValue } from "./diff-describe.js";

describe("formatValue", () => {
  test.each([
    { value: undefined, text: "(none)" },
    { value: "planned", text: "planned" },
    { value: 3, text: "3" },
    { value: ["a", "b"], text: "[a, b]" },
    { value: [{ source: "customer", name: "Acme" }], text: "[{source: customer, name: Acme}]" },
    {
      value: [{ name: "Initech, Inc.", note: "asked: 2x" }],
      text: '[{name: "Initech, Inc.", note: "asked: 2x"}]',
    },
    { value: ["a, b", "c"], text: '["a, b", c]' },
    { value: "top level, as written", text: "top level, as written" },
    { value: "line one\n  line two", text: "line one line two" },
    { value: "x".repeat(80), text: `${"x".repeat(59)}…` },
  ])("$text", ({ value, text }) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe("describeChange", () => {
  const base: Change = {
    kind: "changed",
    type: "epic",
    id: "auth",
    title: "Authentication",
    field: "status",
  };
  test.each([
    { change: { ...base, kind: "added" as const, field: undefined }, line: "+ epic auth Authentication" },
    { change: { ...base, kind: "removed" as const, field: undefined }, line: "- epic auth Authentication" },
    {
      change: { ...base, kind: "renamed" as const, id: "login", field: undefined, from: "auth", to: "login" },
      line: "> epic auth -> login Authentication",
    },
    {
      change: { ...base, from: "planned", to: "done" },
      line: "~ epic auth Authentication: status planned -> done",
    },
    {
      change: {
        ...base,
        field: "milestone",
        from: "q1",
        to: "q2",
        slipped: true as const,
        ends: { from: "2026-03-31", to: "2026-06-30" },
      },
      line: "! epic auth Authentication: milestone q1 -> q2 (ends 2026-03-31 -> 2026-06-30)  slipped",
    },
    {
      change: { ...base, id: "q1", type: "milestone" as const, title: "q1", field: "goal", to: "Ship" },
      line: "~ milestone q1: goal (none) -> Ship",
    },
  ])("$line", ({ change, line }) => {
    expect(describeChange(change, plainPaint)).toBe(line);
  });
});
