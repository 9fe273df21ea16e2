import { describe, expect, it } from "vitest";
import {
  assessLabels,
  computePeerReport,
  labelInputSchema,
  peersInputSchema,
  scoreBenchmarking,
  scoreInputSchema,
  type BenchmarkScore,
  type LabelAssessment,
  type PeerReport,
} from "../../src/benchmark";
import { loadCommands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { invalidCases } from "./invalid-cases";
import { labelCases } from "./label-cases";
import { peersCases } from "./peers-cases";
import { scoreCases } from "./score-cases";
import { labelView, peersView, scoreView } from "./views";

const commands = await loadCommands();

/** Runs a command through the CLI frame exactly as `main.ts` does, and parses its stdout. */
function viaCli(command: string, input: unknown): unknown {
  const result = runCli(commands, command, JSON.stringify(input));
  expect(result.stderr).toBe("");
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

describe("golden cases: score", () => {
  describe.each(scoreCases)("$name", ({ rule, input, expected }) => {
    it(`${rule}: pure function`, () => {
      expect(scoreView(scoreBenchmarking(scoreInputSchema.parse(input).values))).toMatchObject(expected);
    });
    it(`${rule}: CLI`, () => {
      expect(scoreView(viaCli("score", input) as BenchmarkScore)).toMatchObject(expected);
    });
  });
});

describe("golden cases: peers", () => {
  describe.each(peersCases)("$name", ({ rule, input, expected }) => {
    it(`${rule}: pure function`, () => {
      expect(peersView(computePeerReport(peersInputSchema.parse(input)))).toMatchObject(expected);
    });
    it(`${rule}: CLI`, () => {
      const output = viaCli("peers", input) as PeerReport;
      expect(peersView(output)).toMatchObject(expected);
      expect(output).toEqual(JSON.parse(JSON.stringify(computePeerReport(peersInputSchema.parse(input)))));
    });
  });
});

describe("golden cases: label", () => {
  describe.each(labelCases)("$name", ({ rule, input, expected }) => {
    it(`${rule}: pure function`, () => {
      expect(labelView(assessLabels(labelInputSchema.parse(input)), expected)).toEqual(expected);
    });
    it(`${rule}: CLI`, () => {
      expect(labelView(viaCli("label", input) as LabelAssessment, expected)).toEqual(expected);
    });
  });

  it("§6.3 Silver: ids in validatedImprovements outside the catalogue are ignored, like unscored ones", () => {
    const [withUnknown] = labelCases.filter((entry) => entry.name === "three validated improvements count");
    if (!withUnknown) throw new Error('golden case "three validated improvements count" missing');
    const benchmarkings = withUnknown.input.benchmarkings.map((entry) =>
      entry.validatedImprovements ? { ...entry, validatedImprovements: [...entry.validatedImprovements, "X9", "F1"] } : entry,
    );
    const output = viaCli("label", { ...withUnknown.input, benchmarkings }) as LabelAssessment;
    expect(labelView(output, withUnknown.expected)).toEqual(withUnknown.expected);
  });
});

describe("golden cases: invalid input (SCORING-CLI Conventions)", () => {
  it.each(invalidCases)("$command: $name", ({ command, raw, stderr }) => {
    expect(runCli(commands, command, raw)).toEqual({ exitCode: 2, stdout: "", stderr: `${stderr}\n` });
  });

  it("malformed JSON is one line, exit 2", () => {
    const result = runCli(commands, "label", "{ not json");
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^input: malformed JSON \([^\n]*\)\n$/);
  });

  it("malformed JSON spanning several lines is still one line", () => {
    const result = runCli(commands, "score", '{\n  "values": {\n    "S1": x\n  }\n}\n');
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^input: malformed JSON \([^\n]*\)\n$/);
  });

  it("unknown extra fields are ignored", () => {
    const plain = runCli(commands, "score", JSON.stringify({ values: { S1: 52 } }));
    const extra = runCli(commands, "score", JSON.stringify({ values: { S1: 52 }, comment: "x", meta: { a: 1 } }));
    expect(extra).toEqual(plain);
    expect(extra.exitCode).toBe(0);
  });
});
