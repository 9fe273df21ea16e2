import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { indicatorCatalogue, labelLevels } from "../../src/benchmark";
import type { CliCommand } from "../../src/cli/command";
import { loadCommands } from "../../src/cli/commands";
import { runCli } from "../../src/cli/run-cli";
import { valuesArbitrary } from "../benchmark/arbitraries";

const commands = await loadCommands();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const dateArbitrary = fc
  .date({ min: new Date("2019-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const awardArbitrary = fc
  .tuple(fc.constantFrom(...labelLevels), dateArbitrary, dateArbitrary)
  .map(([level, a, b]) => ({ level, validFrom: a < b ? a : b, validUntil: a < b ? b : a }));
const clusterId = fc.constantFrom("a", "b", "c", "d", "e", "si");
const country = fc.constantFrom("DE", "FR");
const sector = fc.constantFrom("ICT", "Health");

const peersArbitrary = fc.record({
  asOf: dateArbitrary,
  cluster: fc.record({ id: clusterId, country, sector, values: valuesArbitrary }),
  reference: fc.array(
    fc.record(
      {
        id: clusterId,
        country,
        sector,
        benchmarkDate: dateArbitrary,
        values: valuesArbitrary,
        labels: fc.array(awardArbitrary, { maxLength: 2 }),
      },
      { requiredKeys: ["id", "country", "sector", "benchmarkDate", "values"] },
    ),
    { maxLength: 12 },
  ),
});
const improvementId = fc.constantFrom(...indicatorCatalogue.indicators.map((indicator) => indicator.id), "X9");
const labelArbitrary = fc.record(
  {
    asOf: dateArbitrary,
    benchmarkings: fc.array(
      fc.record(
        { date: dateArbitrary, values: valuesArbitrary, validatedImprovements: fc.array(improvementId, { maxLength: 5 }) },
        { requiredKeys: ["date", "values"] },
      ),
      { maxLength: 4 },
    ),
    awards: fc.array(awardArbitrary, { maxLength: 3 }),
    assessors: fc.array(fc.constantFrom("assessor-1", "assessor-2", ""), { maxLength: 3 }),
  },
  { requiredKeys: ["asOf", "benchmarkings"] },
);
const scoreArbitrary = fc.record({ values: valuesArbitrary });
const needId = fc.constantFrom("n1", "n2", "n3", "n4");
const planArbitrary = fc.record({
  budget: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
  needs: fc.array(fc.record({ id: needId, importance: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }),
  services: fc.array(
    fc.record({
      id: fc.constantFrom("s1", "s2", "s3"),
      cost: fc.integer({ min: 0, max: 10_000 }),
      addresses: fc.array(needId, { maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
});
const slot = fc.constantFrom("09:00", "09:20", "09:40");
const participant = fc.constantFrom("u1", "u2", "u3");
const scheduleArbitrary = fc.record({
  slots: fc.uniqueArray(slot, { maxLength: 3 }),
  tables: fc.integer({ min: 1, max: 3 }),
  participants: fc.array(fc.record({ id: participant, available: fc.uniqueArray(slot, { maxLength: 3 }) }), { maxLength: 3 }),
  meetings: fc.array(
    fc.record(
      {
        id: fc.constantFrom("m1", "m2", "m3"),
        a: participant,
        b: participant,
        mutual: fc.boolean(),
        locked: fc.option(slot, { nil: null }),
      },
      { requiredKeys: ["id", "a", "b"] },
    ),
    { maxLength: 4 },
  ),
});

/** Every place in a document a mutation can hit: the document itself, each property and each element. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => paths(item, [...prefix, index]))
    : typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))
      : [];
  return [prefix, ...inner];
}

/** A value no schema expects somewhere, a key removed, an unknown key (`S9` in values) added, or an entry repeated. */
type Mutation = { set: Json } | "delete" | "add-key" | "duplicate";
const mutations: Mutation[] = [
  ...[null, -1, 101, 1e9, 0.5, "x", "", "2025-02-29", "2026-13-01", "gold", "platinum", true, [], {}].map((set: Json) => ({ set })),
  "delete",
  "add-key",
  "duplicate",
];

function mutate(document: Json, pathIndex: number, mutation: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  const all = paths(copy);
  const path = all[pathIndex % all.length] ?? [];
  if (path.length === 0) return typeof mutation === "object" ? mutation.set : copy;
  let parent: Json = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step] as Json;
  const key = path[path.length - 1] as string | number;
  const target = parent as Record<string | number, Json>;
  const current = target[key];
  if (typeof mutation === "object") target[key] = mutation.set;
  else if (mutation === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete target[key];
  } else if (mutation === "add-key") {
    if (typeof current === "object" && current !== null && !Array.isArray(current)) current.S9 = 1;
    else target[key] = { S9: 1 };
  } else if (Array.isArray(current) && current.length > 0) current.push(JSON.parse(JSON.stringify(current[0])) as Json);
  return copy;
}

/** The same command without its fast path: what the schema alone says. */
const schemaOnly = (command: CliCommand): CliCommand => ({ ...command, fastParse: undefined });

function expectAgreement(name: string, document: Json): void {
  const command = commands[name];
  if (!command?.fastParse) throw new Error(`${name} has no fast path`);
  const fast = command.fastParse(document);
  const full = command.schema.safeParse(document);
  // The fast path may step aside (then the schema decides); when it answers, the schema accepts the same.
  if (fast !== undefined) {
    expect(full.success).toBe(true);
    expect(fast).toEqual(full.data);
  }
  const raw = JSON.stringify(document);
  expect(runCli({ [name]: command }, name, raw)).toEqual(runCli({ [name]: schemaOnly(command) }, name, raw));
}

const cases = [
  { name: "peers", arbitrary: peersArbitrary },
  { name: "label", arbitrary: labelArbitrary },
  { name: "score", arbitrary: scoreArbitrary },
  { name: "plan", arbitrary: planArbitrary },
  { name: "schedule", arbitrary: scheduleArbitrary },
] as const;

describe("SCORING-CLI Conventions: the fast input check answers as the schema does (issue 10, item 8)", () => {
  for (const { name, arbitrary } of cases) {
    test(`${name}: a valid input takes the fast path and parses to the schema's output`, () => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const document = JSON.parse(JSON.stringify(input)) as Json;
          const full = commands[name]?.schema.safeParse(document);
          if (full?.success) expect(commands[name]?.fastParse?.(document)).toEqual(full.data);
          expectAgreement(name, document);
        }),
        { numRuns: 150 },
      );
    });

    test(`${name}: a mutated input gets the same output or the same error line with and without the fast path`, () => {
      fc.assert(
        fc.property(arbitrary, fc.nat(), fc.constantFrom(...mutations), (input, pathIndex, mutation) => {
          expectAgreement(name, mutate(JSON.parse(JSON.stringify(input)) as Json, pathIndex, mutation));
        }),
        { numRuns: 400 },
      );
    });
  }

  test("peers: values with null for a missing indicator drop it, as the schema does", () => {
    expectAgreement("peers", {
      asOf: "2026-06-30",
      cluster: { id: "si", country: "DE", sector: "ICT", values: { S1: null, S2: 3, M8: false } },
      reference: [{ id: "a", country: "DE", sector: "ICT", benchmarkDate: "2025-03-01", values: { S3: null }, extra: 1 }],
    });
  });
});
