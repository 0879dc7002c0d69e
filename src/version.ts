// Injected by the build (scripts/build.mjs) so the CLI need not read package.json at start-up.
declare const ROADMAP_VERSION: string | undefined;

export const VERSION: string = typeof ROADMAP_VERSION === "string" ? ROADMAP_VERSION : "0.0.0-dev";
