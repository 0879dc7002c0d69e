// One line of documentation per validation rule id (README.md), used by SARIF output and docs.
export const validationRules = {
  "yaml-syntax": "The file is not well-formed YAML (or not text, or too large).",
  "duplicate-key": "A mapping has the same key twice.",
  schema: "A value has the wrong type, a required key is missing, or a value is out of range.",
  "unknown-key": "A key the format does not know (typos must not pass silently).",
  "invalid-id": "An id (file name or story id) does not match ^[a-z0-9][a-z0-9-]*$ or is over 64 characters.",
  "id-mismatch": "An `id:` key differs from the file name.",
  "duplicate-id": "Two items of one kind (or two stories of one epic) share an id.",
  "unknown-reference": "A theme, milestone or epic named by another item does not exist.",
  "dependency-cycle": "Epics' depends_on form a cycle.",
  "date-order": "An item ends before it starts.",
  "missing-mission": "The road-map folder has no mission.yaml.",
  "unsafe-path": "A symbolic link leads outside the road-map folder (refused).",
  "stray-file":
    "A .yaml file in the root that is not mission.yaml or roadmap.config.yaml, or a .YAML (other case) file that is not read.",
  "too-many-problems":
    "One file has more problems than are listed (the first 100); says how many more, and the counts include them.",
} as const satisfies Readonly<Record<string, string>>;
