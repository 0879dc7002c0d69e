// Errors that end a command with a known exit code (README.md). Only cli.ts turns them into
// exit codes; nothing below the commands calls process.exit.

/** The tool could not do its job: bad flag, no road map, not a git repository (exit 2). */
export class UsageError extends Error {
  readonly exitCode = 2;
}
