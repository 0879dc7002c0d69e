import { describe, expect, test } from "vitest";
import { epicSchema, fileSchemas, storySchema } from "../model/schemas.js";
import { parseAssignment } from "./assignment.js";
import { fieldsOf } from "./field-types.js";

const epic = fieldsOf(epicSchema);
const story = fieldsOf(storySchema);
const parse = (text: string, fields = epic) => parseAssignment(text, fields, "an epic");

describe("values typed as the schema wants", () => {
  test.each([
    ["milestone=2026", { op: "set", key: ["milestone"], value: "2026" }],
    ["title=Single sign-on: SAML", { op: "set", key: ["title"], value: "Single sign-on: SAML" }],
    ["status=in-progress", { op: "set", key: ["status"], value: "in-progress" }],
    ["score.reach=500", { op: "set", key: ["score", "reach"], value: 500 }],
    ["outcome.target=5", { op: "set", key: ["outcome", "target"], value: 5 }],
    ["outcome.target=+5%", { op: "set", key: ["outcome", "target"], value: "+5%" }],
    ["depends_on=a, b", { op: "set", key: ["depends_on"], value: ["a", "b"] }],
    ["depends_on=[2026, b]", { op: "set", key: ["depends_on"], value: ["2026", "b"] }],
    ["owner=Ana", { op: "set", key: ["owner"], value: "Ana" }],
    ["owner=[Ana, Bo]", { op: "set", key: ["owner"], value: ["Ana", "Bo"] }],
    [
      "score={reach: 1, impact: 2, confidence: 0.5, effort: 3}",
      { op: "set", key: ["score"], value: { reach: 1, impact: 2, confidence: 0.5, effort: 3 } },
    ],
    ["owner=", { op: "unset", key: ["owner"] }],
    ["labels+=growth", { op: "add", key: ["labels"], values: ["growth"] }],
    ["labels-=a, b", { op: "remove", key: ["labels"], values: ["a, b"] }],
    ["labels+=[a, b]", { op: "add", key: ["labels"], values: ["a", "b"] }],
    [
      "requested_by+={source: customer, name: Initech}",
      { op: "add", key: ["requested_by"], values: [{ source: "customer", name: "Initech" }] },
    ],
    ["owner+=Bo", { op: "add", key: ["owner"], values: ["Bo"] }],
  ])("%s", (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  test("story points are numbers; fractional allowed", () => {
    expect(parseAssignment("points=2.5", story, "a story")).toEqual({
      op: "set",
      key: ["points"],
      value: 2.5,
    });
  });

  test("a whole number where the schema wants one", () => {
    expect(() => parseAssignment("horizon_months=1.5", fieldsOf(fileSchemas.mission), "the mission")).toThrow(
      '"horizon_months" must be a whole number (got "1.5")',
    );
  });
});

describe("refused with a clear message (exit 2)", () => {
  test.each([
    ["milestne=q1", 'unknown key "milestne" for an epic (did you mean "milestone"?)'],
    ["score.rech=1", 'unknown key "rech" in score (did you mean "reach"?)'],
    ["title.x=1", '"title" holds no keys of its own; set it whole (title=...)'],
    [
      "status=doen",
      '"status" must be one of proposed, planned, in-progress, done, dropped (got "doen") (did you mean "done"?)',
    ],
    ["score.reach=lots", '"score.reach" must be a number (got "lots")'],
    ["title=", '"title" is required in an epic and cannot be removed'],
    ["title+=x", '"title" is not a list; use title=value'],
    ["id=x", 'cannot set "id": the id is the file name (or the story\'s id): rename with roadmap mv'],
    ["stories=[]", 'cannot set "stories": stories are edited one by one'],
    ["requested_by+={source: client}", '"requested_by.source" must be one of customer'],
    ["requested_by+={sorce: customer}", 'unknown key "sorce" in "requested_by" (did you mean "source"?)'],
    ["score=12", '"score" must be a mapping ({reach, impact, confidence, effort}) (got "12")'],
    ["labels", '"labels" is not key=value'],
    ["depends_on=[a", '"depends_on": cannot read "[a"'],
  ])("%s", (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });
});
