// The tests' own oracle for terminal safety (independent of src/util/terminal-text.ts): the
// first character a terminal would obey rather than show, other than the line breaks output is
// made of. C0 controls (ESC, BEL, CR, tab...), DEL, C1 controls, and the Unicode controls that
// reorder or break lines.
const SGR = /\[[0-9;]*m/y;

export function rawControlIn(text: string, options: { allowSgr?: boolean } = {}): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Ink colours its own text with SGR sequences (ESC [ ... m): a test of the TUI allows them.
    if (code === 0x1b && options.allowSgr) {
      SGR.lastIndex = i + 1;
      if (SGR.test(text)) {
        i = SGR.lastIndex - 1;
        continue;
      }
    }
    const raw =
      (code < 0x20 && code !== 0x0a) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0x2028 ||
      code === 0x2029;
    if (raw) return `raw U+${code.toString(16).padStart(4, "0")} at ${i} in ${JSON.stringify(text)}`;
  }
  return undefined;
}
