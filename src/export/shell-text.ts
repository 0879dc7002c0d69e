// Quoting for the POSIX shell scripts an export writes (docs/export.md, "github-issues").

/**
 * One shell word holding exactly `text`: single quotes, inside which a POSIX shell expands and
 * executes nothing (`$(...)`, backticks, `$VAR`, `\`, line breaks are all literal), with each
 * single quote written as '\'' (close, an escaped quote, reopen). A NUL cannot be passed in an
 * argument at all, so it becomes U+FFFD.
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("\u0000", "\uFFFD").replaceAll("'", "'\\''")}'`;
}
