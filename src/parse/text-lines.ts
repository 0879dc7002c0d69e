// Offsets in a text -> lines and columns, from the text itself: `yaml`'s LineCounter only
// knows the lines its lexer reached, and both parsers stop counting early on some input (a
// NUL byte). Lines end at "\n" (a "\r" before it is part of the line break, not a column).

export type Position = { line: number; column: number };

export interface TextLines {
  /** 1-based line and column of an offset. */
  position(offset: number): Position;
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
}

/** Lines are indexed once, on first use, so texts that never need a position cost nothing. */
export function indexTextLines(text: string): TextLines {
  let starts: number[] | undefined;
  const lineStarts = (): number[] => {
    starts ??= indexLineStarts(text);
    return starts;
  };
  return {
    position(offset) {
      const all = lineStarts();
      let low = 0;
      let high = all.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (all[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - all[low]! + 1 };
    },
    lineText(line) {
      const all = lineStarts();
      const start = all[line - 1];
      if (start === undefined) return "";
      const next = all[line];
      return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, "");
    },
  };
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
