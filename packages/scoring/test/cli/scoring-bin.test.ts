import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCommands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { labelCases } from "../golden/label-cases";
import { peersCases } from "../golden/peers-cases";
import { scoreCases } from "../golden/score-cases";

const commands = await loadCommands();

const bin = fileURLToPath(new URL("../../bin/scoring.mjs", import.meta.url));
const built = fileURLToPath(new URL("../../dist/scoring.mjs", import.meta.url));
const source = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

/** The real command as staff run it: a Node process reading stdin. */
function spawnScoring(command: string, stdin: string, entry = bin) {
  const args = entry === source ? ["--import", "tsx", entry, command] : [entry, command];
  const result = spawnSync(process.execPath, args, { input: stdin, encoding: "utf8", timeout: 60_000 });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

const firstOf = <T>(cases: T[]): T => {
  const first = cases[0];
  if (first === undefined) throw new Error("empty golden table");
  return first;
};

describe("bin/scoring.mjs (spawned)", { timeout: 60_000 }, () => {
  it.each([
    ["score", firstOf(scoreCases).input],
    ["peers", firstOf(peersCases).input],
    ["label", firstOf(labelCases).input],
  ])("%s prints the same document as the in-process CLI", (command, input) => {
    const raw = JSON.stringify(input);
    const spawned = spawnScoring(command, raw);
    expect(spawned).toEqual({ ...runCli(commands, command, raw), exitCode: 0 });
  });

  it("invalid input: exit 2, nothing on stdout, one line on stderr, no stack trace", () => {
    const spawned = spawnScoring("peers", '{"asOf":"2026-06-31"}');
    expect(spawned).toEqual({ exitCode: 2, stdout: "", stderr: "asOf: expected a date YYYY-MM-DD\n" });
  });

  it.each([
    ["the built entry point (dist/scoring.mjs)", built],
    ["the TypeScript source through tsx (the fallback without a build)", source],
  ])("%s answers like the in-process CLI", (_name, entry) => {
    const raw = JSON.stringify(firstOf(scoreCases).input);
    expect(spawnScoring("score", raw, entry)).toEqual({ ...runCli(commands, "score", raw), exitCode: 0 });
  });
});
