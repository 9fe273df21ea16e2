import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { labelCases } from "../golden/label-cases";
import { peersCases } from "../golden/peers-cases";
import { scoreCases } from "../golden/score-cases";

const bin = fileURLToPath(new URL("../../bin/scoring.mjs", import.meta.url));

/** The real command as staff run it: a Node process reading stdin. */
function spawnScoring(command: string, stdin: string) {
  const result = spawnSync(process.execPath, [bin, command], { input: stdin, encoding: "utf8", timeout: 60_000 });
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
});
