import { cleanup, render } from "ink-testing-library";
import { afterEach, expect, test } from "vitest";
import { rawControlIn } from "../../../test/raw-controls.js";
import { fixture } from "../../../test/run-cli.js";
import { FolderSource } from "../../load/folder-source.js";
import { validateSources } from "../../validate/validate-roadmap.js";
import { RoadmapBrowser } from "./roadmap-browser.js";

const { roadmap } = validateSources(new FolderSource(fixture("show/acme-like")).read());
const KEY = {
  up: "\u001b[A",
  down: "\u001b[B",
  right: "\u001b[C",
  left: "\u001b[D",
  enter: "\r",
  tab: "\t",
  escape: "\u001b",
};

afterEach(cleanup);

function start(width = 100) {
  return render(
    <RoadmapBrowser roadmap={roadmap} today="2026-11-25" fiscalYearStart={1} width={width} height={24} />,
  );
}

/** Ink reads input asynchronously: write, then let it render. */
async function press(app: ReturnType<typeof start>, ...keys: string[]): Promise<string> {
  for (const key of keys) {
    app.stdin.write(key);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return app.lastFrame() ?? "";
}

test("opens on the tree with themes expanded and the first theme's details", () => {
  const frame = start().lastFrame() ?? "";
  expect(frame).toContain("▾ Acquire new customers");
  expect(frame).toContain("▸ Summer launch");
  expect(frame).toContain("Theme growth: Acquire new customers");
  expect(frame).toContain("Goal: weekly sign-ups 320 → 500");
  expect(frame).toMatchSnapshot();
});

test("arrows move, Enter expands, and the detail pane follows the selection", async () => {
  const app = start();
  let frame = await press(app, KEY.down, KEY.enter);
  expect(frame).toContain("▾ Summer launch");
  expect(frame).toContain("Milestone 2026-q3: Summer launch");
  frame = await press(app, KEY.down, KEY.down);
  expect(frame).toContain("Epic trial-signup: Self-serve trial sign-up");
  expect(frame).toContain("Requested by: sales, Initech (customer)");
  // Wrapped in the pane: the tree's rows sit to the left of the second line.
  expect(frame).toContain("Outcome: trial starts per week: target 200,");
  expect(frame).toContain("    actual 240");
  expect(frame).toContain("- The form has at most four fields");
  frame = await press(app, KEY.enter, KEY.down);
  expect(frame).toContain("Story trial-signup/form");
  expect(frame).toContain("Acceptance:");
  frame = await press(app, KEY.left, KEY.left);
  expect(frame).toContain("▸ ✓ Self-serve trial sign-up");
});

test("Enter on an expanded theme collapses it", async () => {
  const frame = await press(start(), KEY.enter);
  expect(frame).toContain("▸ Acquire new customers");
  expect(frame).not.toContain("Summer launch");
});

test("Tab cycles tree -> timeline -> now-next-later -> ideas -> tree", async () => {
  const app = start();
  let frame = await press(app, KEY.tab);
  expect(frame).toContain("▼ today 2026-11-25");
  expect(frame).toContain("2026-Q4");
  frame = await press(app, KEY.tab);
  expect(frame).toContain("NOW · 2026-Q4");
  expect(frame).toContain("NEXT · 2027-Q1");
  frame = await press(app, KEY.tab);
  expect(frame).toContain("no ideas yet (add one with roadmap new idea <id> title=...)");
  frame = await press(app, KEY.tab);
  expect(frame).toContain("▾ Acquire new customers");
});

test("the ideas view: the ranked intake, a promoted idea's epic, and the / filter", async () => {
  const example = validateSources(new FolderSource(fixture("../../examples/acme")).read()).roadmap;
  const app = render(
    <RoadmapBrowser roadmap={example} today="2026-11-25" fiscalYearStart={1} width={100} height={24} />,
  );
  let frame = await press(app, KEY.tab, KEY.tab, KEY.tab);
  expect(frame).toContain("score  req  cust   age  status    idea");
  expect(frame).toContain("  420    3     1   84d  triaged   spreadsheet-import  Import from spreadsheets");
  expect(frame).toContain("→ epic scim-provisioning  · proposed 0%");
  expect(frame).toContain("5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted");
  expect(frame).toMatchSnapshot();
  frame = await press(app, "/", "o", "k", "t", "a", KEY.enter);
  expect(frame).toContain("okta-provisioning");
  expect(frame).not.toContain("spreadsheet-import");
  expect(frame).toContain("1 idea: 1 promoted");
  frame = await press(app, "/", KEY.escape, "/", "z", "z", "z");
  expect(frame).toContain('no idea matches "zzz"');
});

test("/ filters by text; Esc clears the filter", async () => {
  const app = start();
  let frame = await press(app, "/", "a", "u", "d", "i", "t");
  expect(frame).toContain("/audit");
  expect(frame).toContain("Reliable platform");
  expect(frame).not.toContain("Acquire new customers");
  frame = await press(app, KEY.enter);
  expect(frame).toContain('filter "audit": 1 of 10 epics');
  frame = await press(app, "/", KEY.escape);
  expect(frame).toContain("Acquire new customers");
});

test("stacks the detail pane below the tree on a narrow terminal, within the width", async () => {
  const frame = await press(start(60), KEY.down);
  expect(frame).toContain("Milestone 2026-q3: Summer launch");
  for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
});

test("a resize lays the screen out again at the new size, keeping the selection", async () => {
  const app = start(100);
  await press(app, KEY.down);
  app.rerender(
    <RoadmapBrowser roadmap={roadmap} today="2026-11-25" fiscalYearStart={1} width={60} height={24} />,
  );
  await press(app);
  const frame = app.lastFrame() ?? "";
  expect(frame).toContain("Milestone 2026-q3: Summer launch");
  for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
});

test("d puts the focus in the detail pane; PgDn, End and Home scroll it; Esc goes back", async () => {
  const app = render(
    <RoadmapBrowser roadmap={roadmap} today="2026-11-25" fiscalYearStart={1} width={100} height={12} />,
  );
  // The trial-signup epic: more details than the pane's 9 lines.
  let frame = await press(app, KEY.down, KEY.enter, KEY.down, KEY.down);
  expect(frame).toContain("Epic trial-signup: Self-serve trial sign-up");
  expect(frame).toMatch(/↓ \d+ more \(d, then ↓\)/);
  frame = await press(app, "d", "\u001b[6~");
  expect(frame).toContain("Esc/d back to the tree");
  expect(frame).toMatch(/↑ \d+ more/);
  frame = await press(app, "\u001b[F");
  expect(frame).toContain("- Errors are shown next to the field");
  frame = await press(app, "\u001b[H");
  expect(frame).toContain("Epic trial-signup: Self-serve trial sign-up");
  frame = await press(app, KEY.escape);
  expect(frame).toContain("d details");
});

test("a filter opens the rows its matches are in, and keeps the whole road map's progress", async () => {
  const whole = (await press(start())).match(/Acquire new customers +(\d+%)/)?.[1];
  const app = start();
  // "welcome mail" is only in a story title, inside a closed milestone and epic.
  const frame = await press(app, "/", ..."welcome mail".split(""), KEY.enter);
  expect(frame).toContain("As a new user, I want a welcome mail");
  expect(frame).toContain('filter "welcome mail": 1 of 10 epics, % of the whole road map');
  expect(frame.match(/Acquire new customers +(\d+%)/)?.[1]).toBe(whole);
  // A new / starts from an empty filter.
  expect(await press(app, "/")).toContain("/█");
});

test("ui --rev names the revision in the header", () => {
  const app = render(
    <RoadmapBrowser
      roadmap={roadmap}
      today="2026-11-25"
      fiscalYearStart={1}
      width={120}
      height={24}
      revision="v1.0"
    />,
  );
  expect(app.lastFrame()).toContain("roadmap · Acme Cloud · at v1.0");
});

test("text from the road map reaches the terminal escaped, never as raw escape sequences", async () => {
  const encode = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
  const hostile = validateSources({
    hasMission: true,
    findings: [],
    files: [
      encode("mission.yaml", 'name: "Acme\\e]0;owned\\a"\nmission: "Ship \\e[2J"\n'),
      encode("themes/core.yaml", 'title: "Core\\x9b31m"\ndescription: "one\\ntwo \\e[5m"\n'),
      encode("milestones/m1.yaml", 'title: "M1\\e[2J"\nstart: 2026-10-01\nend: 2026-12-31\n'),
      encode(
        "epics/e1.yaml",
        'title: "Epic\\e]8;;https://evil.example\\e\\\\x"\ntheme: core\nmilestone: m1\nowner: "Eve\\a"\n' +
          'stories:\n  - id: s1\n    title: "Story\\r\\e[1A"\n    acceptance: ["ok\\e[2K"]\n',
      ),
    ],
  }).roadmap;
  const app = render(
    <RoadmapBrowser roadmap={hostile} today="2026-11-25" fiscalYearStart={1} width={100} height={30} />,
  );
  const frames = [app.lastFrame() ?? ""];
  frames.push(await press(app, KEY.down, KEY.enter, KEY.down, KEY.enter, KEY.down));
  frames.push(await press(app, KEY.down));
  frames.push(await press(app, KEY.tab), await press(app, KEY.tab), await press(app, KEY.tab, "/", "\u0007"));
  for (const frame of frames) expect(rawControlIn(frame, { allowSgr: true })).toBeUndefined();
  const all = frames.join("\n");
  expect(all).toContain("Acme\\e]0;owned\\x07");
  expect(all).toContain("Epic\\e]8;;https://evil.example\\e\\x");
  expect(all).toContain("Story\\r\\e[1A");
  expect(all).toContain("M1\\e[2J");
});
