import { expect, test } from "vitest";
import { plainPaint } from "../util/paint.js";
import type { Diagnostic } from "./diagnostic.js";
import { type DiagnosticFormatContext, diagnosticFormats } from "./diagnostic-formats.js";
import { diagnosticFormatters } from "./formatters.js";

const diagnostics: Diagnostic[] = [
  {
    file: "epics/checkout.yaml",
    line: 3,
    column: 5,
    severity: "error",
    rule: "unknown-reference",
    message: "no such theme",
  },
];

const context: DiagnosticFormatContext = {
  paint: plainPaint,
  folder: "roadmap",
  folderInRepo: "plans/roadmap",
  rules: [
    {
      id: "unknown-reference",
      description: "A theme, milestone or epic named by another item does not exist.",
    },
  ],
  tool: { version: "1.2.3", uriBase: "file:///repo/plans/roadmap/" },
};

test("every format --format offers has a formatter, and only those", () => {
  expect(Object.keys(diagnosticFormatters).sort()).toEqual([...diagnosticFormats].sort());
});

test.each(diagnosticFormats)("%s reads what it needs from the one shared context", (format) => {
  const text = diagnosticFormatters[format](diagnostics, context);
  expect(text).toContain("unknown-reference");
  expect(text).toContain("no such theme");
  const where = {
    text: "roadmap/epics/checkout.yaml",
    json: "epics/checkout.yaml",
    github: "plans/roadmap/epics/checkout.yaml",
    sarif: "file:///repo/plans/roadmap/",
  };
  expect(text).toContain(where[format]);
});
