// The one CSV cell writer (docs/guarantees.md, "Output"): RFC 4180 quoting (a cell holding a
// comma, a quote or a line break is quoted, quotes doubled) and, by default, the OWASP defence
// against formula injection: a spreadsheet runs a cell that starts with =, +, -, @ (or a tab, a
// carriage return or NUL) as a formula, e.g. `=HYPERLINK("https://evil.example", "click")`,
// so such a cell gets a leading apostrophe, which spreadsheets read as "this is text".

/** The characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\t", "\r", "\u0000"]);

export interface CsvCellOptions {
  /**
   * Prefix cells that a spreadsheet would run as a formula with `'` (default true). Turn it off
   * only for a reader that is not a spreadsheet and would keep the apostrophe as text.
   */
  guardFormulas?: boolean;
}

export function csvCell(text: string, options: CsvCellOptions = {}): string {
  const guarded = options.guardFormulas !== false && FORMULA_STARTS.has(text.charAt(0)) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record: cells joined by commas, ended by CRLF (RFC 4180). */
export function csvRow(cells: readonly string[], options: CsvCellOptions = {}): string {
  return `${cells.map((cell) => csvCell(cell, options)).join(",")}\r\n`;
}
