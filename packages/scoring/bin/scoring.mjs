#!/usr/bin/env node
// Runs the entry point built at `pnpm install` (scripts/build-cli.mjs); compiling TypeScript at every
// start costs about a second, and batch users call the command thousands of times. Without a build, or
// when a source file changed after it, Node 20 runs the TypeScript source through tsx instead.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/scoring.mjs", import.meta.url);

/** Newest modification time of any file under `dir`, in ms. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  const builtPath = fileURLToPath(built);
  return existsSync(builtPath) && statSync(builtPath).mtimeMs >= newestMtime(fileURLToPath(new URL("../src", import.meta.url)));
}

if (builtIsCurrent()) {
  await import(built.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
