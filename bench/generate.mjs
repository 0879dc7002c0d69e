// Writes a large, realistic road map for the benchmarks: the shape PERF-NOTES measured
// (5,000 epics of 10 stories in ~50 subfolders of epics/, ~36 MiB). Deterministic: the same
// options give byte-identical files, so figures are comparable between runs and machines.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a tiny seeded PRNG; Math.random would make every run a different road map. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const AREAS = [
  "billing",
  "onboarding",
  "search",
  "reporting",
  "identity",
  "mobile",
  "integrations",
  "admin",
  "notifications",
  "permissions",
  "exports",
  "dashboards",
  "alerts",
  "audit",
  "pricing",
  "checkout",
  "sharing",
  "comments",
  "imports",
  "performance",
];
const NOUNS = [
  "invoice",
  "workspace",
  "report",
  "dashboard",
  "alert",
  "export",
  "user",
  "team",
  "project",
  "filter",
  "chart",
  "token",
  "webhook",
  "template",
  "schedule",
  "comment",
  "policy",
  "role",
  "plan",
  "record",
];
const VERBS = [
  "export",
  "share",
  "schedule",
  "filter",
  "archive",
  "review",
  "approve",
  "compare",
  "import",
  "tag",
  "search",
  "restore",
  "annotate",
  "subscribe to",
  "bulk edit",
  "preview",
  "duplicate",
  "pin",
];
const ROLES = [
  "workspace admin",
  "finance manager",
  "new user",
  "support agent",
  "team lead",
  "analyst",
  "account owner",
  "developer",
  "sales rep",
  "auditor",
];
const BENEFITS = [
  "I spend less time on manual work",
  "my team sees the same numbers",
  "I can answer questions without help",
  "mistakes are caught before customers see them",
  "I trust the data in every report",
  "I can hand work over without losing context",
  "nothing falls through the cracks",
  "I can plan the next quarter with confidence",
];
const PEOPLE = [
  "Ana Lima",
  "Ben Okafor",
  "Chen Wei",
  "Dana Reyes",
  "Eli Novak",
  "Fatima Zahra",
  "Gus Berg",
  "Hana Sato",
  "Ivan Petrov",
  "Jade Moreau",
  "Kofi Mensah",
  "Lena Fischer",
  "Marco Rossi",
  "Nora Walsh",
  "Omar Haddad",
  "Priya Natarajan",
  "Quinn Taylor",
  "Rosa Diaz",
  "Sam Carter",
  "Tomas Silva",
];
const CUSTOMERS = [
  "Northwind",
  "Globex",
  "Initech",
  "Umbrella",
  "Hooli",
  "Vandelay",
  "Stark Industries",
  "Wayne Enterprises",
  "Soylent",
  "Tyrell",
  "Cyberdyne",
  "Wonka",
  "Acme Corp",
  "Monarch",
  "Massive Dynamic",
];
const SOURCES = [
  "customer",
  "customer",
  "customer",
  "sales",
  "support",
  "engineering",
  "marketing",
  "market",
];
const LABELS = [
  "enterprise",
  "smb",
  "quick-win",
  "compliance",
  "ux",
  "api",
  "reliability",
  "growth",
  "retention",
];
const EPIC_STATUSES = ["proposed", "planned", "planned", "in-progress", "in-progress", "done", "dropped"];
const STORY_STATUSES = {
  proposed: ["todo"],
  planned: ["todo"],
  "in-progress": ["todo", "in-progress", "done"],
  done: ["done"],
  dropped: ["todo"],
};

/** Plain when YAML reads it back as the same string; otherwise double-quoted. */
function quote(text) {
  return /^[A-Za-z][A-Za-z0-9 ,.'()/-]*$/.test(text) && !/ $/.test(text) ? text : JSON.stringify(text);
}

function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function sentence(random, words) {
  const parts = [];
  for (let i = 0; i < words; i++) parts.push(random.pick(i % 3 === 0 ? NOUNS : i % 3 === 1 ? VERBS : AREAS));
  const text = parts.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function writeMission(dir) {
  writeFileSync(
    join(dir, "mission.yaml"),
    [
      "name: Bench Cloud",
      "mission: Help every team run its business from one trustworthy place.",
      "vision: The product a finance team and an engineering team both open first in the morning.",
      "owner: Dana Reyes",
      "horizon_months: 12",
      "",
    ].join("\n"),
  );
}

function writeThemes(dir, random, count) {
  const ids = [];
  mkdirSync(join(dir, "themes"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const area = AREAS[i % AREAS.length];
    const id = `${area}${i >= AREAS.length ? `-${Math.floor(i / AREAS.length) + 1}` : ""}`;
    ids.push(id);
    const baseline = random.int(10, 200);
    writeFileSync(
      join(dir, "themes", `${id}.yaml`),
      [
        `title: ${quote(`Make ${area} effortless`)}`,
        `description: ${quote(sentence(random, 14))}`,
        `owner: ${random.pick(PEOPLE)}`,
        `status: ${i % 10 === 9 ? "paused" : "active"}`,
        "goals:",
        `  - metric: ${quote(`weekly active ${area} users`)}`,
        `    baseline: ${baseline}`,
        `    target: ${baseline * 2}`,
        "  - metric: support tickets",
        `    target: "-${random.int(10, 40)}%"`,
        "",
      ].join("\n"),
    );
  }
  return ids;
}

/** Milestones of ~10 weeks from 2025 on, two running side by side; every other one theme-scoped. */
function writeMilestones(dir, random, count, themeIds) {
  const milestones = [];
  mkdirSync(join(dir, "milestones"), { recursive: true });
  for (let i = 0; i < count; i++) {
    const start = addDays("2025-01-06", Math.floor(i / 2) * 91);
    const end = addDays(start, 69 + random.int(0, 14));
    const id = `m${String(i + 1).padStart(3, "0")}-${start.slice(0, 7)}`;
    const theme = i % 2 === 1 ? themeIds[i % themeIds.length] : undefined;
    milestones.push({ id, theme });
    const lines = [`title: ${quote(`Release ${i + 1}`)}`, `start: ${start}`, `end: ${end}`];
    if (theme) lines.push(`theme: ${theme}`);
    lines.push(`capacity: ${random.int(400, 1500)}`, `goal: ${quote(sentence(random, 10))}`, "");
    writeFileSync(join(dir, "milestones", `${id}.yaml`), lines.join("\n"));
  }
  return milestones;
}

function storyLines(random, epicStatus, index) {
  const role = random.pick(ROLES);
  const verb = random.pick(VERBS);
  const noun = random.pick(NOUNS);
  const lines = [
    `  - id: s${index + 1}`,
    `    title: ${quote(`As a ${role}, I want to ${verb} each ${noun} from the ${random.pick(AREAS)} screen so that ${random.pick(BENEFITS)}`)}`,
    `    points: ${random.pick([1, 2, 3, 5, 8, 13])}`,
    `    status: ${random.pick(STORY_STATUSES[epicStatus])}`,
    `    owner: ${random.pick(PEOPLE)}`,
    "    acceptance:",
  ];
  const criteria = random.int(2, 4);
  for (let c = 0; c < criteria; c++) {
    lines.push(
      `      - ${quote(`Given a ${random.pick(NOUNS)} in the ${random.pick(AREAS)} area, when the ${role} chooses to ${random.pick(VERBS)} it, then ${sentence(random, 9).toLowerCase()}`)}`,
    );
  }
  return lines;
}

function epicText(random, index, ids, themeIds, milestones, storiesPerEpic) {
  const theme = random.pick(themeIds);
  const fitting = milestones.filter((m) => m.theme === undefined || m.theme === theme);
  const status = random.pick(EPIC_STATUSES);
  const lines = [
    `title: ${quote(`${random.pick(VERBS)} ${random.pick(NOUNS)}s in ${random.pick(AREAS)}`.replace(/^./, (c) => c.toUpperCase()))}`,
    `theme: ${theme}`,
  ];
  if (!random.chance(0.08)) lines.push(`milestone: ${random.pick(fitting).id}`);
  lines.push(
    `status: ${status}`,
    `owner: ${random.pick(PEOPLE)}`,
    `description: ${quote(`${sentence(random, 18)} ${sentence(random, 12)}`)}`,
  );
  // Only earlier epics: the dependency graph stays acyclic by construction.
  if (index > 0 && random.chance(0.4)) {
    const deps = new Set();
    for (let d = random.int(1, 3); d > 0; d--) deps.add(ids[random.int(Math.max(0, index - 300), index - 1)]);
    lines.push("depends_on:", ...[...deps].sort().map((dep) => `  - ${dep}`));
  }
  lines.push("requested_by:");
  for (let r = random.int(1, 3); r > 0; r--) {
    const source = random.pick(SOURCES);
    lines.push(`  - source: ${source}`);
    if (source === "customer") lines.push(`    name: ${quote(random.pick(CUSTOMERS))}`);
  }
  lines.push(
    "score:",
    `  reach: ${random.int(50, 5000)}`,
    `  impact: ${random.pick([0.25, 0.5, 1, 2, 3])}`,
    `  confidence: ${random.pick([0.5, 0.8, 1])}`,
    `  effort: ${random.int(1, 20)}`,
    "outcome:",
    `  metric: ${quote(`${random.pick(NOUNS)}s per week`)}`,
    `  target: ${random.int(100, 1000)}`,
  );
  if (status === "done") lines.push(`  actual: ${random.int(50, 1200)}`);
  lines.push(
    `labels: [${[random.pick(LABELS), random.pick(LABELS)].filter((l, i, a) => a.indexOf(l) === i).join(", ")}]`,
  );
  lines.push("stories:");
  for (let s = 0; s < storiesPerEpic; s++) lines.push(...storyLines(random, status, s));
  lines.push("");
  return lines.join("\n");
}

/**
 * Writes the road map into `dir` (created if missing) and returns what it wrote.
 * @param {string} dir
 * @param {{ epics?: number, storiesPerEpic?: number, themes?: number, milestones?: number, seed?: number }} [options]
 */
export function generateRoadmap(dir, options = {}) {
  const { epics = 5000, storiesPerEpic = 10, themes = 20, milestones = 40, seed = 20261125 } = options;
  const random = createRandom(seed);
  mkdirSync(dir, { recursive: true });
  writeMission(dir);
  const themeIds = writeThemes(dir, random, themes);
  const milestoneList = writeMilestones(dir, random, milestones, themeIds);
  const folders = Math.max(1, Math.min(50, Math.ceil(epics / 100)));
  const ids = Array.from({ length: epics }, (_, i) => `epic-${String(i + 1).padStart(5, "0")}`);
  const epicPaths = [];
  let bytes = 0;
  for (let i = 0; i < epics; i++) {
    const folder = `group-${String((i % folders) + 1).padStart(2, "0")}`;
    const path = join("epics", folder, `${ids[i]}.yaml`);
    const text = epicText(random, i, ids, themeIds, milestoneList, storiesPerEpic);
    mkdirSync(join(dir, "epics", folder), { recursive: true });
    writeFileSync(join(dir, path), text);
    epicPaths.push(path);
    bytes += Buffer.byteLength(text);
  }
  return {
    dir,
    themes: themeIds,
    milestones: milestoneList.map((m) => m.id),
    epics: ids,
    epicPaths,
    epicBytes: bytes,
  };
}
