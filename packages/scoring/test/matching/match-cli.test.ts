import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCommands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { matchInput, profile } from "./fixtures";

const commands = await loadCommands();

const valid = matchInput([
  profile({
    id: "to",
    org: "o3",
    title: "Predictive maintenance with vibration sensors",
    tags: ["digitalisation/iot-sensors"],
    nace: ["C26"],
    partnerships: ["technical-cooperation"],
  }),
  profile({ id: "bo", org: "o3", type: "BO" }),
]);
const run = (input: unknown) => runCli(commands, "match", typeof input === "string" ? input : JSON.stringify(input));
const errorLine = (input: unknown): string => {
  const result = run(input);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  return result.stderr.trim();
};

describe("match command (SCORING-CLI.md)", () => {
  it("outputs matches with score, typeWeight, factors, matchedTags, sharedTerms and the excluded list", () => {
    const result = run(valid);
    expect(result.exitCode).toBe(0);
    const output = JSON.parse(result.stdout) as { matches: Record<string, unknown>[]; excluded: unknown[] };
    expect(output.matches).toHaveLength(1);
    expect(output.matches[0]).toMatchObject({ profile: "to", typeWeight: 1, matchedTags: ["digitalisation/iot-sensors"] });
    expect(Object.keys(output.matches[0] ?? {})).toEqual(["profile", "score", "typeWeight", "factors", "matchedTags", "sharedTerms"]);
    expect(output.excluded).toEqual([{ profile: "bo", reason: "type" }]);
  });

  it("ignores unknown extra fields", () => {
    expect(run({ ...valid, note: "x", clusters: valid.clusters.map((cluster) => ({ ...cluster, name: "n" })) }).exitCode).toBe(0);
  });

  it("respects limit and merges partial weights with the defaults", () => {
    const output = JSON.parse(run({ ...valid, limit: 1, weights: { topic: 0.3, text: 0.35 } }).stdout) as { matches: unknown[] };
    expect(output.matches).toHaveLength(1);
  });

  it("rejects an unknown `for` profile", () => {
    expect(errorLine({ ...valid, for: "nope" })).toBe('for: unknown profile "nope"');
  });

  it("rejects a profile of an unknown organisation", () => {
    expect(errorLine({ ...valid, profiles: [...valid.profiles, profile({ id: "x", org: "ghost" })] })).toBe(
      'profiles.3.org: unknown organisation "ghost"',
    );
  });

  it("rejects an organisation of an unknown cluster and a partnership with an unknown cluster", () => {
    const organisations = [...valid.organisations, { id: "o9", cluster: "mars", category: "sme" as const, lat: 0, lon: 0 }];
    expect(errorLine({ ...valid, organisations })).toBe('organisations.4.cluster: unknown cluster "mars"');
    expect(errorLine({ ...valid, partnerships: [["si", "mars"]] })).toBe('partnerships.0.1: unknown cluster "mars"');
  });

  it("rejects a weight outside 0–1", () => {
    expect(errorLine({ ...valid, weights: { topic: 1.5 } })).toBe("weights.topic: expected a number between 0 and 1");
  });

  it("rejects weights that do not sum to 1 after merging with the defaults", () => {
    expect(errorLine({ ...valid, weights: { topic: 0.5 } })).toMatch(
      /^weights: expected weights that sum to 1 \(± 0\.001\) after merging with the defaults, got 1\.15$/,
    );
  });

  it("accepts weights summing to 1 within ± 0.001", () => {
    expect(run({ ...valid, weights: { topic: 0.3505 } }).exitCode).toBe(0);
  });

  it("names the dotted path of a wrong type, a bad vocabulary value, a bad date and a missing field", () => {
    expect(errorLine({ ...valid, limit: "ten" })).toMatch(/^limit: /);
    expect(errorLine({ ...valid, profiles: [{ ...valid.profiles[0], type: "XX" }] })).toMatch(/^profiles\.0\.type: /);
    expect(errorLine({ ...valid, asOf: "2026-02-30" })).toBe("asOf: expected a real calendar date YYYY-MM-DD");
    expect(errorLine({ ...valid, profiles: [{ ...valid.profiles[0], validUntil: undefined }] })).toMatch(/^profiles\.0\.validUntil: /);
    expect(errorLine({ ...valid, profiles: [{ ...valid.profiles[0], nace: [""] }] })).toMatch(
      /^profiles\.0\.nace\.0: expected a NACE code/,
    );
  });

  it("rejects malformed and empty input", () => {
    expect(errorLine("{")).toMatch(/^input: malformed JSON/);
    expect(errorLine("")).toMatch(/^input: empty input/);
  });

  it("runs as a process: node bin/scoring.mjs match, exit 0 with JSON, exit 2 with one line", () => {
    const bin = fileURLToPath(new URL("../../bin/scoring.mjs", import.meta.url));
    const ok = spawnSync(process.execPath, [bin, "match"], { input: JSON.stringify(valid), encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { matches: { profile: string }[] }).matches.map((match) => match.profile)).toEqual(["to"]);
    const bad = spawnSync(process.execPath, [bin, "match"], { input: JSON.stringify({ ...valid, for: "nope" }), encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe('for: unknown profile "nope"\n');
  });
});
