#!/usr/bin/env bash
# The comment step of action.yml (docs/action.md): on a pull request, `roadmap diff --format
# markdown` between the pull request's base and what merging it would give, posted as one
# comment that later pushes update (found again by a hidden marker). Any failure here is the
# caller's warning, never the job's failure: the check step is the gate.
# Env: ACTION_PATH, ROADMAP_PATH, COMMENT, GH_TOKEN, PR_NUMBER, BASE_SHA, GITHUB_EVENT_NAME,
# GITHUB_REPOSITORY, RUNNER_TEMP.
set -euo pipefail
if [ "${GITHUB_EVENT_NAME:-}" != "pull_request" ] || [ -z "${PR_NUMBER:-}" ]; then
  echo "Not a pull_request event: no comment."
  exit 0
fi
if [ "$COMMENT" != "true" ]; then
  echo "The comment input is not true: no comment."
  exit 0
fi
roadmap() { node "$ACTION_PATH/bin/roadmap.js" "$@"; }

# actions/checkout checks out GitHub's merge of the pull request into its base: its first parent
# is the base, so the diff between the two is what merging would change. A checkout of the pull
# request's own head is compared from its merge base with the base instead.
if [ "$(git rev-parse --is-shallow-repository)" = "true" ]; then
  git fetch --no-tags --quiet --depth=2 origin "$(git rev-parse HEAD)"
fi
if [ "$(git rev-list --parents -n 1 HEAD | wc -w)" -eq 3 ]; then
  range=("$(git rev-parse HEAD^1)" "$(git rev-parse HEAD)")
else
  if [ "$(git rev-parse --is-shallow-repository)" = "true" ]; then git fetch --no-tags --quiet --unshallow origin; fi
  git fetch --no-tags --quiet origin "$BASE_SHA"
  range=("$BASE_SHA...HEAD")
fi

# The hidden marker names this action's comment, one per road-map folder.
marker="<!-- roadmap-action:diff $(printf '%s' "$ROADMAP_PATH" | tr -c 'A-Za-z0-9._/-' '_') -->"
body="${RUNNER_TEMP:-/tmp}/roadmap-diff-comment-$$.md"
{
  echo "$marker"
  roadmap diff "${range[@]}" -C "$ROADMAP_PATH" --format markdown
} > "$body"
changes=$(roadmap diff "${range[@]}" -C "$ROADMAP_PATH" --json |
  node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).changes.length))')

comments="repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
existing=$(gh api --paginate "$comments" --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$existing" -F "body=@$body" > /dev/null
  echo "Updated the road-map comment ($changes changes)."
elif [ "$changes" -gt 0 ]; then
  gh api --method POST "$comments" -F "body=@$body" > /dev/null
  echo "Posted the road-map comment ($changes changes)."
else
  echo "The pull request does not change the road map: no comment."
fi
rm -f "$body"
