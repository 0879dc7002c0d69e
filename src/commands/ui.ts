// `roadmap ui`: the interactive browser. Ink and React are imported here only, so no other
// command pays their start-up, which is more than all the other libraries' together
// (bench/README.md, "Figures behind the code").
import { UsageError } from "../errors.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import type { ReadOptions } from "./options.js";
import { resolveToday } from "./today.js";

export interface UiStreams {
  stdin: { isTTY?: boolean };
  stdout: {
    isTTY?: boolean;
    columns?: number;
    rows?: number;
    on?(event: "resize", listener: () => void): unknown;
    off?(event: "resize", listener: () => void): unknown;
  };
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
  const element = (size: { columns?: number; rows?: number }) =>
    browserElement({
      roadmap: opened.roadmap,
      today,
      fiscalYearStart: opened.roadmap.mission?.data.fiscal_year_start ?? 1,
      width: size.columns ?? 80,
      height: size.rows ?? 24,
      ...(options.rev === undefined ? {} : { revision: options.rev }),
    });
  const app = render(element(streams.stdout));
  // A resized terminal gets the screen laid out again at its new size (the browser keeps its
  // state: same component, new props); Ink clears what it drew when the width shrinks.
  const relayout = (): void => app.rerender(element(streams.stdout));
  streams.stdout.on?.("resize", relayout);
  try {
    await app.waitUntilExit();
  } finally {
    streams.stdout.off?.("resize", relayout);
  }
  return 0;
}
