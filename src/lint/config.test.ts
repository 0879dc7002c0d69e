import { expect, test } from "vitest";
import { resolveLintConfig } from "./config.js";
import { lintRules } from "./registry.js";

const resolve = (data: unknown) =>
  resolveLintConfig({ id: "config", file: "roadmap.config.yaml", data }, lintRules);

const brief = (data: unknown) =>
  resolve(data).findings.map((f) => ({ rule: f.rule, path: f.path?.join("."), message: f.message }));

test("no file, an empty file, or no rules: nothing set", () => {
  expect(resolveLintConfig(undefined, lintRules).rules.size).toBe(0);
  expect(resolve(null)).toEqual({ rules: new Map(), findings: [] });
  expect(resolve({ rules: null })).toEqual({ rules: new Map(), findings: [] });
});

test("a severity word or [severity, options]", () => {
  const config = resolve({
    rules: {
      "story-format": "off",
      overcommitted: ["warn"],
      "customer-concentration": ["error", { max_share: 0.5 }],
    },
  });
  expect(config.findings).toEqual([]);
  expect(Object.fromEntries(config.rules)).toEqual({
    "story-format": { severity: "off", options: undefined },
    overcommitted: { severity: "warn", options: undefined },
    "customer-concentration": { severity: "error", options: { max_share: 0.5 } },
  });
});

const invalid: { name: string; data: unknown; expected: { rule: string; path: string; message: RegExp } }[] =
  [
    {
      name: "an unknown rule id, with a hint",
      data: { rules: { "story-fromat": "warn" } },
      expected: {
        rule: "unknown-key",
        path: "rules.story-fromat",
        message: /unknown lint rule "story-fromat" \(did you mean "story-format"\?\)/,
      },
    },
    {
      name: "an unknown top-level key",
      data: { rule: {} },
      expected: {
        rule: "unknown-key",
        path: "rule",
        message: /unknown key "rule" \(did you mean "rules"\?\)/,
      },
    },
    {
      name: "rules not a mapping",
      data: { rules: ["story-format"] },
      expected: { rule: "schema", path: "rules", message: /must be a mapping/ },
    },
    {
      name: "a bad severity word, with a hint",
      data: { rules: { horizon: "eror" } },
      expected: {
        rule: "schema",
        path: "rules.horizon",
        message: /rule "horizon" must be set to off, warn or error.*\(did you mean "error"\?\)/,
      },
    },
    {
      name: "a bad severity in a list",
      data: { rules: { horizon: ["fatal", {}] } },
      expected: {
        rule: "schema",
        path: "rules.horizon.0",
        message: /rule "horizon" must be set to off, warn or error/,
      },
    },
    {
      name: "a list too long",
      data: { rules: { horizon: ["warn", {}, {}] } },
      expected: { rule: "schema", path: "rules.horizon", message: /must be set to/ },
    },
    {
      name: "an unknown option, with a hint",
      data: { rules: { "customer-concentration": ["warn", { max_shar: 0.5 }] } },
      expected: {
        rule: "unknown-key",
        path: "rules.customer-concentration.1.max_shar",
        message: /rule "customer-concentration" option unknown key "max_shar" \(did you mean "max_share"\?\)/,
      },
    },
    {
      name: "an option out of range",
      data: { rules: { "customer-concentration": ["warn", { max_share: 2 }] } },
      expected: {
        rule: "schema",
        path: "rules.customer-concentration.1.max_share",
        message: /"max_share" must be at most 1/,
      },
    },
    {
      name: "an option of the wrong type",
      data: { rules: { "milestone-timebox": ["warn", { max_weeks: "13" }] } },
      expected: {
        rule: "schema",
        path: "rules.milestone-timebox.1.max_weeks",
        message: /"max_weeks" must be a number/,
      },
    },
    {
      name: "options not a mapping",
      data: { rules: { "milestone-timebox": ["warn", 13] } },
      expected: { rule: "schema", path: "rules.milestone-timebox.1", message: /must be a mapping/ },
    },
  ];

test.each(invalid)("$name", ({ data, expected }) => {
  const [finding, ...rest] = brief(data);
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({ rule: expected.rule, path: expected.path });
  expect(finding?.message).toMatch(expected.message);
});

test("a rule with a broken setting is turned off; the others are set", () => {
  const config = resolve({ rules: { horizon: "warning", overdue: "error" } });
  expect(Object.fromEntries(config.rules)).toEqual({
    horizon: { severity: "off", options: undefined },
    overdue: { severity: "error", options: undefined },
  });
  expect(config.findings.every((f) => f.file === "roadmap.config.yaml" && f.severity === "error")).toBe(true);
});
