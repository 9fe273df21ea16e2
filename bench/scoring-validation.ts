import { addMonths } from "@clusterwerk/scoring";
import { type CliCommand, loadCommands, validateCommandInput } from "@clusterwerk/scoring/cli";
import type { Benchmark, Figure } from "./lib/figure";
import { generateNeedsWorld } from "./needs-data";
import { generateMatchingWorld, MATCHING_AS_OF } from "./matching-data";
import { generateBrokerageDay } from "./scheduling";
import { generateReference, generateValues } from "./scoring";
import { cpuMs, percentile, seededRandom, timeMs } from "./lib/timing";

/** Issue 10, item 8: the command's input validation within twice its computation (total / compute ≤ 2). */
const RATIO_TARGET = 2;
/**
 * Where the computation reads only part of the input (`label` looks at the latest benchmarkings and awards),
 * no validation of the whole input can stay within twice it; there the bound is reading the input at all:
 * validation within the `JSON.parse` of the text the command receives. At 12 benchmarkings (a real history)
 * both take about 10 µs and their ratio swings between 1.5 and 3.9 from run to run, so it is printed, not held.
 */
const READING_TARGET = 1;
const AS_OF = "2026-06-30";

interface Case {
  command: string;
  label: string;
  input: unknown;
  runs: number;
  /** Calls per sample, for inputs too small to time one call on its own. */
  repeat: number;
  /** What the validation is held to: the computation (total / compute ≤ 2) or reading the input (see READING_TARGET). */
  bound: "compute" | "reading";
}

/** One cluster with `count` benchmarkings a month apart, improvements on each, and an award every second year. */
function largeLabelInput(count: number): unknown {
  const random = seededRandom(11);
  const dates = Array.from({ length: count }, (_, index) => addMonths(AS_OF, -index));
  return {
    asOf: AS_OF,
    benchmarkings: dates.map((date) => ({ date, values: generateValues(random), validatedImprovements: ["S6", "V2", "I1"] })),
    awards: dates
      .filter((_, index) => index % 24 === 0)
      .map((date) => ({ level: "bronze", validFrom: date, validUntil: addMonths(date, 24) })),
    assessors: ["assessor-1", "assessor-2"],
  };
}

function cases(): Case[] {
  const reference = generateReference();
  const random = seededRandom(7);
  const world = generateMatchingWorld(300, 3_000);
  const requester = world.profiles.find((profile) => profile.validUntil >= MATCHING_AS_OF)?.id ?? "";
  return [
    {
      command: "peers",
      label: `peers against 1300 reference clusters (${reference.length} entries)`,
      input: {
        asOf: AS_OF,
        cluster: { id: "si", country: "DE", sector: "Production and engineering", values: generateValues(random) },
        reference,
      },
      runs: 30,
      repeat: 1,
      bound: "compute",
    },
    {
      command: "score",
      label: "score of one benchmarking",
      input: { values: generateValues(random) },
      runs: 30,
      repeat: 200,
      bound: "compute",
    },
    { command: "label", label: "label with 12 benchmarkings", input: largeLabelInput(12), runs: 30, repeat: 200, bound: "reading" },
    { command: "label", label: "label with 600 benchmarkings", input: largeLabelInput(600), runs: 20, repeat: 1, bound: "reading" },
    {
      command: "match",
      label: `match among ${world.profiles.length} profiles of ${world.clusters.length} clusters`,
      input: { asOf: MATCHING_AS_OF, for: requester, ...world },
      runs: 5,
      repeat: 1,
      bound: "compute",
    },
    {
      command: "schedule",
      label: "schedule of 5000 meetings, 1000 participants",
      input: generateBrokerageDay(),
      runs: 3,
      repeat: 1,
      bound: "compute",
    },
    {
      command: "plan",
      label: "plan of 2000 services, 20000 needs",
      input: generateNeedsWorld(20_000, 2_000).candidates,
      runs: 3,
      repeat: 1,
      bound: "compute",
    },
  ];
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const info = (name: string, value: number, unit = "ms"): Figure => ({ name, value: round(value), unit, target: null, ok: null });

/** Median milliseconds per call of validation, computation, and zod alone (the path before the fast checks). */
function measure(command: CliCommand, one: Case) {
  const text = JSON.stringify(one.input);
  const json = JSON.parse(text) as unknown;
  const parsed = validateCommandInput(command, json);
  if (!parsed.success) throw new Error(`${one.command}: the generated input is invalid: ${parsed.error.message}`);
  const times = (fn: () => unknown) => timeMs(() => Array.from({ length: one.repeat }, fn)) / one.repeat;
  const validate = () => validateCommandInput(command, json);
  const compute = () => command.run(parsed.data);
  const zod = () => command.schema.safeParse(json);
  const read = () => JSON.parse(text) as unknown;
  for (let warm = 0; warm < 3; warm++) [validate, compute, zod, read].forEach((fn) => fn()); // let the JIT compile first
  const samples = Array.from({ length: one.runs }, () => ({ validation: times(validate), compute: times(compute) }));
  // CPU time of `repeat` calls apart: the wall-clock ratio swings with the machine's load.
  const cpu = (fn: () => unknown) => cpuMs(() => Array.from({ length: one.repeat }, fn)) / one.repeat;
  const cpuSamples = Array.from({ length: one.runs }, () => ({ validation: cpu(validate), compute: cpu(compute) }));
  // zod apart: the garbage its runs leave would be collected during the others' samples.
  const zodSamples = Array.from({ length: one.runs }, () => times(zod));
  const readingSamples = Array.from({ length: one.runs }, () => times(read));
  type Sample = (typeof samples)[number];
  const median = (pick: (sample: Sample) => number, from: readonly Sample[] = samples) => percentile(from.map(pick), 50);
  return {
    validation: median((s) => s.validation),
    compute: median((s) => s.compute),
    reading: percentile(readingSamples, 50),
    total: median((s) => s.validation + s.compute),
    zod: percentile(zodSamples, 50),
    cpuRatio: median((s) => s.validation + s.compute, cpuSamples) / median((s) => s.compute, cpuSamples),
  };
}

/**
 * Every command on a large input: the computation (`run` on validated input, including the command's
 * own cross-field checks) against the input validation the command performs first.
 */
export const scoringValidationBenchmark: Benchmark = {
  name: "scoring-validation",
  run: async () => {
    const commands = await loadCommands();
    const figures: Figure[] = [];
    for (const one of cases()) {
      const command = commands[one.command];
      if (!command) throw new Error(`no command ${one.command}`);
      const m = measure(command, one);
      const name = `scoring command ${one.label}`;
      const ratio = m.total / m.compute;
      const readingRatio = m.validation / m.reading;
      const byCompute = one.bound === "compute";
      figures.push(
        info(`${name}: compute median`, m.compute),
        info(`${name}: validation median`, m.validation),
        info(`${name}: reading the input (JSON.parse) median`, m.reading),
        info(`${name}: total median`, m.total),
        byCompute
          ? { name: `${name}: total / compute`, value: round(ratio), unit: "ratio", target: `≤ ${RATIO_TARGET}`, ok: ratio <= RATIO_TARGET }
          : info(`${name}: total / compute`, ratio, "ratio"),
        byCompute
          ? info(`${name}: validation / reading`, readingRatio, "ratio")
          : {
              name: `${name}: validation / reading`,
              value: round(readingRatio),
              unit: "ratio",
              target: `≤ ${READING_TARGET}`,
              ok: readingRatio <= READING_TARGET,
            },
        info(`${name}: total / compute in process CPU time`, m.cpuRatio, "ratio"),
        info(`${name}: zod schema alone median`, m.zod),
        info(`${name}: (zod alone + compute) / compute`, (m.zod + m.compute) / m.compute, "ratio"),
      );
    }
    return figures;
  },
};
