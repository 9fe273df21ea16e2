// Builds the command's entry point once (at `pnpm install` via `prepare`, and in `pnpm build`), so that
// `scoring <command>` starts in a fraction of the time that compiling TypeScript at every start takes
// (batch users call it thousands of times). bin/scoring.mjs runs dist/scoring.mjs when it is current.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/scoring.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["highs"],
  minify: true,
  logLevel: "warning",
});
