import { describe, expect, test } from "vitest";
import { formatCompletion, joinBashWords } from "./shells.js";

describe("joinBashWords", () => {
  test.each([
    [
      ["show", "--view", "=", "ti"],
      ["show", "--view=ti"],
    ],
    [
      ["show", "--view", "="],
      ["show", "--view="],
    ],
    [
      ["show", "--view", "tree", ""],
      ["show", "--view", "tree", ""],
    ],
    [
      ["fmt", "=", "x"],
      ["fmt", "=", "x"],
    ],
  ])("%j -> %j", (words, joined) => {
    expect(joinBashWords(words)).toEqual(joined);
  });
});

describe("formatCompletion", () => {
  const completion = {
    kind: "values" as const,
    candidates: [{ value: "a:b", description: "one\ttwo\nthree" }, { value: "plain" }],
  };

  test("bash: values only", () => {
    expect(formatCompletion("bash", completion, "")).toBe("values\na:b\nplain\n");
  });

  test("bash: after --flag= only the value, which is what readline replaces", () => {
    const values = { kind: "values" as const, candidates: [{ value: "--view=tree" }] };
    expect(formatCompletion("bash", values, "--view=t")).toBe("values\ntree\n");
  });

  test("zsh: value:description with colons escaped; fish: value<TAB>description, one line each", () => {
    expect(formatCompletion("zsh", completion, "")).toBe("values\na\\:b:one two\nplain\n");
    expect(formatCompletion("fish", completion, "")).toBe("values\na:b\tone two\nplain\n");
  });

  test("paths are left to the shell", () => {
    expect(formatCompletion("zsh", { kind: "dirs" }, "")).toBe("dirs\n");
  });
});
