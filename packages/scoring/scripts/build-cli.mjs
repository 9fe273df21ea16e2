// Builds the command's entry point once (at `pnpm install` via `prepare`, and in `pnpm build`), so that
// `scoring <command>` starts in a fraction of the time that compiling TypeScript at every start takes
// (batch users call it thousands of times). bin/scoring.mjs runs dist/scoring.mjs when it is current.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// Chunk names carry a hash: clear the old ones so dist/ holds one build.
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { scoring: "src/cli/main.ts" },
  outdir: "dist",
  // One chunk per subcommand (commands.ts imports them dynamically), so a start loads only what it runs.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["highs"],
  minify: true,
  logLevel: "warning",
});
