// `roadmap ui`: the interactive browser. Ink and React are imported here only, so no other
// command pays their ~0.5 s of start-up (PERF-NOTES).
import { UsageError } from "../errors.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import type { ReadOptions } from "./options.js";
import { resolveToday } from "./today.js";

export interface UiStreams {
  stdin: { isTTY?: boolean };
  stdout: { isTTY?: boolean; columns?: number; rows?: number };
}

export async function runUi(
  options: ReadOptions,
  io: Io,
  streams: UiStreams = { stdin: process.stdin, stdout: process.stdout },
): Promise<number> {
  if (!streams.stdout.isTTY || !streams.stdin.isTTY) {
    throw new UsageError(
      "roadmap ui needs an interactive terminal; use roadmap show (--view tree|timeline|now-next-later, or --json) instead",
    );
  }
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  // Ink reads CI / CONTINUOUS_INTEGRATION when it loads and then draws only the last frame, at
  // exit: with CI=true exported in a real terminal the browser would look hung. Both ends are a
  // TTY here (checked above), so the session is interactive whatever the environment says.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  // React is CommonJS: a dynamic import gives only its default export, so the element is made
  // by the (bundled, JSX) browser module rather than with createElement here.
  const [{ render }, { browserElement }] = await Promise.all([
    import("ink"),
    import("../views/tui/roadmap-browser.js"),
  ]);
  const app = render(
    browserElement({
      roadmap: opened.roadmap,
      today,
      fiscalYearStart: opened.roadmap.mission?.data.fiscal_year_start ?? 1,
      width: streams.stdout.columns ?? 80,
      height: streams.stdout.rows ?? 24,
    }),
  );
  await app.waitUntilExit();
  return 0;
}
