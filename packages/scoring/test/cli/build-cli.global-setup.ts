import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Builds dist/scoring.mjs from the current source, so the spawned tests run the built entry point. */
export default function buildCli(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-cli.mjs", import.meta.url))], { stdio: "inherit" });
}
