// `npm run package`: the tarball teams install (README, "Install"), packed from the built dist/.
// Everything the CLI runs is bundled into dist/, so the package's manifest lists no dependencies
// and no scripts: installing it fetches nothing, runs nothing and works offline. The manifest in
// the repository keeps `prepare` (a clone or a git install builds dist/ with the dev tools);
// here it is left out, as npm counts it an install script for tarball and git sources.
//
//   node scripts/package.mjs [destination]     after a build; writes roadmap-cli-<version>.tgz
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const destination = resolve(process.argv[2] ?? root);

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
if (!existsSync(join(root, "dist", "cli.js"))) {
  console.error("package: dist/ is not built; run npm run build first");
  process.exit(2);
}

const { scripts: _scripts, devDependencies: _devDependencies, ...published } = manifest;
// What goes in: the files npm itself would pack here (package.json's "files", README, ...).
const [{ files }] = npm(["pack", "--dry-run", "--json", "--ignore-scripts"], root);
const stage = mkdtempSync(join(tmpdir(), "roadmap-package-"));
try {
  for (const { path } of files) {
    if (path === "package.json") continue;
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(join(root, path), join(stage, path));
  }
  writeFileSync(join(stage, "package.json"), `${JSON.stringify(published, null, 2)}\n`);
  const [{ filename, size, unpackedSize, entryCount }] = npm(
    ["pack", "--json", "--pack-destination", destination],
    stage,
  );
  console.log(
    `${join(destination, filename)}: ${entryCount} files, ${(size / 1024).toFixed(0)} kB packed, ${(unpackedSize / 1024).toFixed(0)} kB unpacked`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}

function npm(args, cwd) {
  const output = execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(output);
}
