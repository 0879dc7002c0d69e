// A spread in a call (`list.push(...items)`, `Math.max(...values)`) passes each item as an
// argument, and engines cap arguments (V8: about 120,000): one file's 120,000 findings once
// crashed validate. Nothing in src/ spreads into a call; util/spread-free.ts has pushAll and
// maxOf for any number of items. (Spreads into array and object literals have no such limit.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, test } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function spreadsIntoCalls(path: string, text = readFileSync(path, "utf8")): string[] {
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(SRC, path)}:${line + 1}: ${node.parent.getText().split("\n")[0]}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test("no spread into a call anywhere in src/", () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  expect(files.flatMap((file) => spreadsIntoCalls(file))).toEqual([]);
});

test("the check finds what it looks for, and only that", () => {
  const text =
    "a.push(...b);\nMath.max(...c);\nnew Set(...e);\nconst d = [...b, ...c];\nconst o = { ...p };\n";
  expect(spreadsIntoCalls(join(SRC, "x.ts"), text)).toEqual([
    "x.ts:1: a.push(...b)",
    "x.ts:2: Math.max(...c)",
    "x.ts:3: new Set(...e)",
  ]);
});
