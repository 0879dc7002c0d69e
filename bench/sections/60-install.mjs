// Installing the package teams get (`npm run package`, README "Install"): the tarball's size, the
// time of `npm install` of it into an empty folder (offline, with an empty npm cache each time, so
// nothing can come from the network or a warm cache), what that install puts on disk, and the
// first command from it. The road map generated for the other sections is not used here.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export async function run(ctx) {
  const { version } = JSON.parse(readFileSync(join(ctx.root, "package.json"), "utf8"));
  execFileSync(process.execPath, [join(ctx.root, "scripts", "package.mjs"), ctx.scratch], {
    stdio: "ignore",
  });
  const tarball = join(ctx.scratch, `roadmap-cli-${version}.tgz`);
  ctx.report("package: tarball", statSync(tarball).size / 1024, "kB");

  // One fresh folder and one empty cache per run.
  const script = [
    "rm -rf app cache && mkdir app cache && cd app",
    `npm install --offline --cache ../cache --no-audit --no-fund --loglevel=error '${tarball}'`,
  ].join(" && ");
  const install = ctx.measureCommand("sh", ["-c", script], { cwd: ctx.scratch, runs: 3 });
  ctx.report("npm install of the tarball, offline (wall)", install.seconds, "s");
  ctx.report("npm install of the tarball, offline (CPU)", install.cpuSeconds, "s");
  ctx.target("npm install of the tarball, offline", install.seconds, 10, "s");

  const modules = join(ctx.scratch, "app", "node_modules");
  const packages = readdirSync(modules).filter((name) => !name.startsWith("."));
  ctx.target("packages installed (roadmap-cli itself only)", packages.length, 1);
  ctx.target("installed size", sizeOf(modules) / 1024 / 1024, 5, "MB");

  const bin = join(modules, ".bin", "roadmap");
  const [bare, first] = ctx.measureTogether([{ node: ["-e", ""] }, { node: [bin, "--version"] }]);
  ctx.report("installed roadmap --version (wall)", first.seconds, "s");
  ctx.target("installed roadmap --version / bare node", first.seconds / bare.seconds, 2, "x");
}

/** Bytes of the files below a folder (links not followed). */
function sizeOf(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined || !stats.isDirectory()) return stats?.size ?? 0;
  return readdirSync(path).reduce((total, name) => total + sizeOf(join(path, name)), 0);
}
