// Bundles the CLI with esbuild: one file per command chunk, so start-up loads only
// what the command needs (bundling cuts module loading by more than half: bench/README.md,
// "Figures behind the code").
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
rmSync("dist", { recursive: true, force: true });
const shared = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  // NO_MINIFY=1 keeps function names readable in CPU profiles (node --cpu-prof).
  minify: !process.env.NO_MINIFY,
  logLevel: "warning",
};
// Ink turns on its React DevTools bridge when DEV=true (a name many shells export for other
// reasons); bundled, that bridge needs react-devtools-core and Ink's own package.json, so `ui`
// died at start. roadmap does not offer React DevTools: Ink's switch (utils.js isDev) is built
// as always off, and the bridge it would load (devtools.js) as an empty module.
const inkDevModeOff = {
  name: "ink-dev-mode-off",
  setup(esbuild) {
    const replaced = {
      "utils.js": "export const isDev = () => false;",
      "devtools.js": "export {};",
    };
    esbuild.onLoad({ filter: /[\\/]ink[\\/]build[\\/](utils|devtools)\.js$/ }, (args) => ({
      contents: replaced[args.path.split(/[\\/]/).at(-1)],
      loader: "js",
    }));
  },
};
const requireShim =
  'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);';
const result = await build({
  ...shared,
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  splitting: true,
  // Dependencies are bundled too: one file loads far faster than hundreds.
  plugins: [inkDevModeOff],
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (commander) call require() for node built-ins.
  banner: { js: requireShim },
  define: { ROADMAP_VERSION: JSON.stringify(version) },
  // jsonc-parser's main entry is a UMD wrapper whose require() calls esbuild cannot follow; its
  // ES module build bundles like any other.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  // The module graph, for the test that keeps ink and react off the start-up path.
  metafile: true,
});
writeFileSync("dist/meta.json", JSON.stringify(result.metafile));
dropUnusedRequireShim(Object.keys(result.metafile.outputs));
// The parse worker, in dist/chunks/ beside the chunk that starts it (load/parse-in-parallel.ts
// finds it next to itself): one file with no chunks, as its start-up is time the main thread
// parses alone.
await build({ ...shared, entryPoints: ["src/load/parse-worker.ts"], outfile: "dist/chunks/parse-worker.js" });

/**
 * The banner gives every output file a `require` made with createRequire, but only the chunks
 * of CommonJS code call it; each module file a command loads otherwise pays for one more
 * createRequire at start-up. Kept wherever the word `require` appears after it (a string that
 * merely mentions it keeps it too, which costs nothing but the call).
 */
function dropUnusedRequireShim(outputs) {
  for (const file of outputs.filter((name) => name.endsWith(".js"))) {
    const code = readFileSync(file, "utf8");
    if (!code.startsWith(requireShim)) continue;
    const rest = code.slice(requireShim.length);
    // The banner's line stays, empty, so the source maps' line numbers still hold.
    if (!/\brequire\b/.test(rest)) writeFileSync(file, rest);
  }
}
