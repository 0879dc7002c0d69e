import { Chalk } from "chalk";
import type { Paint } from "../util/paint.js";
import { plainPaint } from "../util/paint.js";

/** Colour only on a TTY; NO_COLOR turns it off and FORCE_COLOR on, whatever the stream. */
function colorLevel(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === "0" || forced === "false") return 0;
    if (forced === "2" || forced === "3") return Number(forced) as 2 | 3;
    return 1;
  }
  return stream.isTTY ? 2 : 0;
}

export function createPaint(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  const level = colorLevel(stream, env);
  if (level === 0) return plainPaint;
  const chalk = new Chalk({ level });
  return {
    red: chalk.red,
    green: chalk.green,
    yellow: chalk.yellow,
    blue: chalk.blue,
    cyan: chalk.cyan,
    magenta: chalk.magenta,
    gray: chalk.gray,
    dim: chalk.dim,
    bold: chalk.bold,
    underline: chalk.underline,
    inverse: chalk.inverse,
    strikethrough: chalk.strikethrough,
  };
}
