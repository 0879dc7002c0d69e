import { expect, test } from "vitest";
import { makeRoadmap, makeStory } from "../../lint/test-roadmap.js";
import { filterByText } from "./browser-tree.js";

const roadmap = makeRoadmap({
  themes: { t: {} },
  epics: {
    async: { owner: ["Ana", "Cy"], stories: [makeStory("s", { owner: ["Dee", "Eli"] })] },
    lints: { owner: "Bo" },
  },
});
const ids = (text: string): string[] => filterByText(roadmap, text).epics.map((epic) => epic.id);

test.each([
  ["cy", ["async"]],
  ["ANA", ["async"]],
  ["eli", ["async"]],
  ["bo", ["lints"]],
  ["nobody", []],
])("the ui filter %s finds any owner of an epic or of its stories", (text, expected) => {
  expect(ids(text)).toEqual(expected);
});
