#!/usr/bin/env bash
# The check step of action.yml (docs/action.md): `roadmap lint` (or `validate` with lint:
# false) in GitHub's annotation format, its exit code recorded as the step's output `code`
# rather than failing here, so the diff comment is still posted; a later step fails the job.
# Env: ACTION_PATH, ROADMAP_PATH, LINT, MAX_WARNINGS, GITHUB_OUTPUT.
set -euo pipefail
command=validate
args=(-C "$ROADMAP_PATH" --format github)
if [ "$LINT" = "true" ]; then
  command=lint
  if [ -n "$MAX_WARNINGS" ]; then args+=(--max-warnings "$MAX_WARNINGS"); fi
elif [ "$LINT" != "false" ]; then
  echo "::error::the lint input must be true or false (got \"$LINT\")"
  echo "code=2" >> "$GITHUB_OUTPUT"
  exit 0
fi
code=0
node "$ACTION_PATH/bin/roadmap.js" "$command" "${args[@]}" || code=$?
echo "code=$code" >> "$GITHUB_OUTPUT"
echo "roadmap $command exited $code"
