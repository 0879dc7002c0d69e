// The CI recipes in README.md and docs/ must work today (docs/action.md): the package is not on
// the npm registry, so no recipe may install it from there. A workflow that runs `roadmap`
// installs it from the tarball committed in the team's repository or uses this repository's
// GitHub Action; a hook runs the repository's own install (`npx --no` never fetches).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DOCUMENTS = ["README.md", ...readdirSync(join(ROOT, "docs")).map((name) => `docs/${name}`)].filter(
  (path) => path.endsWith(".md"),
);

interface Block {
  where: string;
  text: string;
}

function codeBlocks(path: string): Block[] {
  const text = readFileSync(join(ROOT, path), "utf8");
  return [...text.matchAll(/^ *```(\w*)\n([\s\S]*?)^ *```$/gm)].map((match) => ({
    where: `${path}:${text.slice(0, match.index).split("\n").length}`,
    text: match[2] as string,
  }));
}

const blocks = DOCUMENTS.flatMap(codeBlocks);
const workflows = blocks.filter((block) => /^\s*(- )?(run|uses):/m.test(block.text));

/** Installs from the registry: the package name alone, not a path to a tarball. */
const FROM_REGISTRY =
  /npx (--yes |-y )?roadmap-cli\b|npm (install|i)( (-g|--global|-D|--save-dev))* roadmap-cli\b/;

describe("CI recipes", () => {
  test("there are workflows to check (the README's CI usage, diff, export and action sections)", () => {
    expect(workflows.length).toBeGreaterThanOrEqual(4);
  });

  test.each(blocks.map((block) => [block.where, block.text] as const))(
    "%s installs nothing from the npm registry",
    (_where, text) => {
      expect(text).not.toMatch(FROM_REGISTRY);
      // `npx roadmap` outside this checkout would fetch an unrelated package named `roadmap`.
      const commands = text.split("\n").map((line) => line.replace(/\s#.*$/, ""));
      for (const line of commands.filter((line) => /npx roadmap\b/.test(line))) {
        expect(line).toMatch(/npx --no roadmap\b|^npx roadmap show -C examples\/acme/);
      }
    },
  );

  test.each(workflows.map((block) => [block.where, block.text] as const))(
    "%s gets roadmap from the committed tarball or the action before running it",
    (_where, text) => {
      const lines = text.split("\n");
      const firstRun = lines.findIndex((line) => /(run:|\|\||&&|^\s+)\s*roadmap /.test(line));
      if (firstRun === -1) return;
      const before = lines.slice(0, firstRun + 1).join("\n");
      const installed =
        /npm install --global \.\/tools\/roadmap-cli-[\d.]+\.tgz/.test(before) ||
        /uses: your-org\/roadmap-cli@/.test(text) ||
        /after the install step of (the README's )?"CI usage"/.test(before);
      expect(installed, text).toBe(true);
    },
  );
});
