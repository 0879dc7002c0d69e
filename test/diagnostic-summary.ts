// The summary line validate and lint end with (README.md), counted here from expected diagnostic
// lines, independently of the code under test: `2 errors: 1 a, 1 b; 1 warning: 1 c`.
export function summaryOf(lines: readonly string[]): string {
  const errors = lines.filter((line) => line.includes("  error  "));
  const warnings = lines.filter((line) => !line.includes("  error  "));
  const part = (found: string[], noun: string): string[] => {
    if (found.length === 0) return [];
    const counts = new Map<string, number>();
    for (const line of found) {
      const rule = line.split("  ").at(-1) ?? "";
      counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
    const perRule = [...counts]
      .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
      .map(([rule, n]) => `${n} ${rule}`);
    return [`${found.length} ${noun}${found.length === 1 ? "" : "s"}: ${perRule.join(", ")}`];
  };
  const parts = [...part(errors, "error"), ...part(warnings, "warning")];
  return parts.length === 0 ? "no problems found" : parts.join("; ");
}
