// Writes schemas/<kind>.schema.json from the zod schemas in src/model (and the lint rules'
// options for roadmap.config.yaml), so editors can check road-map files as they are typed
// (`# yaml-language-server: $schema=...`). The source is bundled in memory with esbuild:
// one source of truth, no hand-kept copy. `renderSchemas()` is also what the test compares
// the committed files with.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DRAFT = "https://json-schema.org/draft/2020-12/schema";

const FILES = {
  mission: {
    title: "roadmap mission.yaml",
    description: "The product's mission: one file, mission.yaml, at the root of the road-map folder.",
  },
  theme: {
    title: "roadmap theme",
    description: "A theme of the road map: themes/<id>.yaml; the file name is the id.",
  },
  milestone: {
    title: "roadmap milestone",
    description: "A time-boxed milestone: milestones/<id>.yaml; the file name is the id.",
  },
  epic: {
    title: "roadmap epic",
    description:
      "An epic and its user stories: epics/<id>.yaml (subfolders allowed); the file name is the id.",
  },
  idea: {
    title: "roadmap idea",
    description:
      "An idea or request in the intake, before it becomes an epic: ideas/<id>.yaml (subfolders allowed); the file name is the id.",
  },
  team: {
    title: "roadmap team",
    description: "A team and its capacity per milestone: teams/<id>.yaml; the file name is the id.",
  },
};
const CONFIG = {
  title: "roadmap roadmap.config.yaml",
  description: "Lint rule settings: each rule off, warn or error, or [severity, {options}].",
};

/** Hover text for editors, from docs/format.md (the zod schemas carry no descriptions). */
const DESCRIPTIONS = {
  team: {
    title: "The team's name.",
    description: "What the team does.",
    lead: "Who leads the team.",
    members: "Names of the team's members.",
    capacity:
      "Story points the team can deliver per milestone: {default?: points, <milestone-id>: points}; lint team-overcommitted.",
  },
  mission: {
    name: "Product name.",
    mission: "The reason for building the product.",
    vision: "Long-term vision.",
    owner: "Who owns the road map: a name or a list of names.",
    horizon_months: "How far ahead (months) milestones are expected to reach; default 6.",
    fiscal_year_start: "First month (1-12) of the fiscal year, for quarter math; default 1.",
    default_visibility:
      "public or internal: the visibility of themes, milestones and epics that set none; default internal.",
  },
  theme: {
    title: "A high-level component of the product.",
    description: "Longer description.",
    owner: "Who owns the theme: a name or a list of names.",
    status: "active (default), paused or retired.",
    visibility:
      "public or internal (default: mission.yaml's default_visibility, else internal); internal themes are left out of --audience public with everything in them.",
    goals: "What success looks like: {metric, target, baseline?, unit?}.",
    links: "Links: {url, title?}; url an http(s) URL or a path relative to the repository.",
  },
  milestone: {
    title: "A time-boxed group of epics (about a quarter of work).",
    start: "First day, inclusive (YYYY-MM-DD).",
    end: "Last day, inclusive (YYYY-MM-DD); not before start.",
    theme: "Theme id, for a milestone scoped to one theme; absent = cross-cutting.",
    visibility:
      "public or internal (default: mission.yaml's default_visibility, else internal); internal milestones are left out of --audience public with their epics.",
    capacity: "Story points the team can deliver in it.",
    goal: "What the milestone should achieve.",
    links: "Links: {url, title?}; url an http(s) URL or a path relative to the repository.",
  },
  epic: {
    title: "A collection of user stories, usually one feature.",
    theme: "Theme id (themes/<id>.yaml).",
    milestone: "Milestone id (milestones/<id>.yaml); absent = unscheduled.",
    status: "proposed (default), planned, in-progress, done or dropped.",
    health: "How the work is going: on-track, at-risk or off-track (roadmap review lists the last two).",
    visibility:
      "public or internal (default: mission.yaml's default_visibility, else internal); internal epics are left out of --audience public with their stories.",
    owner: "Who owns the epic: a name or a list of names (roadmap show --owner matches any).",
    teams: "Ids of the teams working on it (teams/<id>.yaml).",
    description: "Longer description.",
    start: "Own start date inside the milestone (YYYY-MM-DD).",
    end: "Own end date inside the milestone (YYYY-MM-DD).",
    depends_on: "Ids of epics that must land first; must not form a cycle.",
    continues:
      "Id of an earlier epic this one carries on (e.g. the unfinished part of last quarter's goal); no cycles.",
    requested_by: "Who asked for it: {source, name?}.",
    score: "RICE inputs: reach >= 0, impact > 0, confidence 0..1, effort > 0.",
    outcome: "Expected and measured impact: {metric, target, actual?}.",
    labels: "Free-form tags; roadmap show --label and rollup --by label group by them.",
    links: "Links: {url, title?}; url an http(s) URL or a path relative to the repository.",
    stories: "User stories: {id, title, kind?, points?, status?, owner?, team?, acceptance?, links?}.",
  },
  idea: {
    title: "What is asked for, in a line.",
    description: "Longer description: the problem behind the request.",
    status: "new (default), triaged, declined or promoted.",
    submitted: "When it came in (YYYY-MM-DD); `roadmap new idea` writes today.",
    submitted_by: "Who brought it in.",
    theme: "Theme id (themes/<id>.yaml) where it would fit.",
    requested_by: "Who asked for it, one entry per request: {source, name?, note?}.",
    evidence: "Links, quotes, data that support it.",
    score: "RICE inputs: reach >= 0, impact > 0, confidence 0..1, effort > 0.",
    promoted_to: "Epic id it became; required with status promoted, and only then.",
    decision: "Why it was declined or promoted.",
  },
  ideaRequest: {
    source: "customer, sales, support, engineering, marketing, investor, competitor, market or internal.",
    name: "Who: a customer's or a person's name.",
    note: "What was asked, in the requester's words.",
  },
  story: {
    title: 'The requirement, ideally "As a ..., I want ... so that ...".',
    points: "Story points (>= 0).",
    status: "todo (default), in-progress or done.",
    kind: "story (default) or task; tasks are exempt from lint story-format.",
    owner: "Who owns the story: a name or a list of names.",
    team: "Team id (teams/<id>.yaml); absent = the epic's team when it names exactly one.",
    acceptance: "Acceptance criteria.",
    links: "Links: {url, title?}; url an http(s) URL or a path relative to the repository.",
  },
};

/** Adds each key's description (keeps any the generator already set). */
function addDescriptions(objectSchema, descriptions) {
  for (const [key, description] of Object.entries(descriptions)) {
    const property = objectSchema?.properties?.[key];
    if (property) objectSchema.properties[key] = { description, ...property };
  }
}

/** Loads the zod schemas from the TypeScript source (bundled to a data: URL module). */
async function loadSource() {
  const withLint = existsSync(join(ROOT, "src/lint/registry.ts"));
  const contents = [
    'export * as z from "zod/mini";',
    'export { fileSchemas, isoDate, ID_PATTERN, ID_MAX_LENGTH } from "./src/model/schemas.ts";',
    withLint ? 'export { lintRules } from "./src/lint/registry.ts";' : "export const lintRules = undefined;",
  ].join("\n");
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts", sourcefile: "schemas-entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "warning",
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/** File name -> JSON text, for every schema. */
export async function renderSchemas() {
  const source = await loadSource();
  const toJson = (schema) =>
    source.z.toJSONSchema(schema, {
      target: "draft-2020-12",
      // What people write, so keys with defaults are optional.
      io: "input",
      override(ctx) {
        if (ctx.zodSchema === source.isoDate) {
          ctx.jsonSchema.format = "date";
          ctx.jsonSchema.pattern = "^\\d{4}-\\d{2}-\\d{2}$";
        }
      },
    });
  const idSchema = { type: "string", pattern: source.ID_PATTERN.source, maxLength: source.ID_MAX_LENGTH };
  const schemas = {};
  for (const [kind, about] of Object.entries(FILES)) {
    const { $schema: _draft, ...body } = toJson(source.fileSchemas[kind]);
    if (body.properties?.id) body.properties.id = { ...idSchema, description: "Must equal the file name." };
    const story = body.properties?.stories?.items;
    if (story?.properties?.id) story.properties.id = { ...idSchema, description: "Unique within the epic." };
    addDescriptions(body, DESCRIPTIONS[kind]);
    if (story) addDescriptions(story, DESCRIPTIONS.story);
    if (kind === "idea") addDescriptions(body.properties?.requested_by?.items, DESCRIPTIONS.ideaRequest);
    schemas[`${kind}.schema.json`] = describe(kind, about, body);
  }
  if (source.lintRules)
    schemas["config.schema.json"] = describe("config", CONFIG, configSchema(source, toJson));
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

function describe(kind, about, body) {
  return { $schema: DRAFT, $id: `urn:roadmap-cli:schema:${kind}`, ...about, ...body };
}

function configSchema(source, toJson) {
  const severity = { enum: ["off", "warn", "error"] };
  const rules = {};
  for (const rule of source.lintRules) {
    const { $schema: _draft, ...options } = toJson(rule.options);
    rules[rule.id] = {
      description: `${rule.description} (default: ${rule.defaultSeverity})`,
      anyOf: [
        severity,
        { type: "array", prefixItems: [severity, options], minItems: 1, maxItems: 2, items: false },
      ],
    };
  }
  return {
    type: "object",
    properties: {
      rules: {
        anyOf: [{ type: "object", properties: rules, additionalProperties: false }, { type: "null" }],
      },
    },
    additionalProperties: false,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(ROOT, "schemas");
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(await renderSchemas())) {
    writeFileSync(join(dir, name), text);
    console.log(`schemas/${name}`);
  }
}
