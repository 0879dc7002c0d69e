// Runs the built CLI as a user would: a separate process, colour off, fixed environment.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";

// ROADMAP_TEST_BIN runs a build kept elsewhere: in a shared working tree, another engineer's
// build may be rewriting dist/ while these tests run.
export const BIN =
  process.env.ROADMAP_TEST_BIN || fileURLToPath(new URL("../bin/roadmap.js", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const CORPUS = findCorpus();

/**
 * `../shared/corpus/` (read-only, never copied into the repository): beside this checkout, or, in
 * a fresh clone made elsewhere (`git clone . $(mktemp -d)`), beside the checkout it was cloned
 * from. ROADMAP_CORPUS names another place. A corpus found nowhere fails the tests that need it.
 */
function findCorpus(): string {
  if (process.env.ROADMAP_CORPUS) return join(process.env.ROADMAP_CORPUS, "/");
  const root = fileURLToPath(new URL("../", import.meta.url));
  const beside = join(root, "../shared/corpus/");
  if (existsSync(beside)) return beside;
  const origin = originCheckout(root);
  const besideOrigin = origin === undefined ? undefined : join(origin, "../shared/corpus/");
  return besideOrigin !== undefined && existsSync(besideOrigin) ? besideOrigin : beside;
}

/** The local checkout this one was cloned from, if any. */
function originCheckout(root: string): string | undefined {
  try {
    const url = execFileSync("git", ["-C", root, "config", "--get", "remote.origin.url"], {
      encoding: "utf8",
    }).trim();
    return isAbsolute(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    input?: string;
    /** Milliseconds before the process is killed (a hang then shows as code -1). */
    timeout?: number;
    /** Run as this user and group (the tests run as root in some containers). */
    user?: { uid: number; gid: number };
    /** A file descriptor to take stdout (e.g. /dev/full); stdout then reads as "". */
    stdoutFd?: number;
  } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined };
  delete env.ROADMAP_DIR;
  delete env.ROADMAP_TODAY;
  Object.assign(env, options.env);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const bin = options.user === undefined ? BIN : binForOtherUsers();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    input: options.input,
    timeout: options.timeout,
    maxBuffer: 256 * 1024 * 1024,
    ...options.user,
    ...(options.stdoutFd === undefined ? {} : { stdio: ["pipe", options.stdoutFd, "pipe"] }),
  });
  return { code: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr };
}

let otherUsersBin: string | undefined;

/**
 * The built CLI copied where any user may read it: a checkout may sit in a folder only its owner
 * can enter (a clean clone in `mktemp -d`), and the bundle needs nothing beside bin/, dist/ and
 * package.json (which makes bin/ an ES module). Removed when the test process exits.
 */
function binForOtherUsers(): string {
  if (otherUsersBin === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-bin-"));
    chmodSync(dir, 0o755);
    const root = dirname(dirname(BIN));
    for (const part of ["bin", "dist", "package.json"])
      cpSync(join(root, part), join(dir, part), { recursive: true });
    process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
    otherUsersBin = join(dir, "bin", "roadmap.js");
  }
  return otherUsersBin;
}

/**
 * Someone who is not root, to run the CLI as when the tests run as root (permissions mean
 * nothing to root); undefined when the tests already run as an ordinary user.
 */
export const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** A path inside test/fixtures. */
export function fixture(name: string): string {
  return `${FIXTURES}${name}`;
}
