import type { IndicatorId, IndicatorValues, LabelAward, LabelCommandInput } from "../../src/benchmark";
import type { ExpectedLabels, GoldenCase } from "./golden-case";
import { allGold, knockoutsAtThreshold, specExample } from "./score-cases";

type LabelCase = GoldenCase<LabelCommandInput, ExpectedLabels>;

/** Bronze criteria and all knock-outs met, 30 points: Bronze only. */
const bronzeOnly: IndicatorValues = { ...knockoutsAtThreshold, S6: 50, V2: 40, I1: 3 };
/** The same one step better in S6, V2 and I1: three improvements against `bronzeOnly`. */
const improved: IndicatorValues = { ...bronzeOnly, S6: 60, V2: 45, I1: 4 };
const threeImprovements = ["S6", "V2", "I1"] as const;
const twoAssessors = ["assessor-1", "assessor-2"];

const eligible = (validFrom: string, validUntil: string) => ({ eligible: true as const, reasons: [] as [], validFrom, validUntil });
const not = (...reasons: string[]) => ({ eligible: false as const, reasons });

/** A Silver case: previous `bronzeOnly` on `previous`, assessed `improved` on `assessed`. */
function silverTiming(name: string, previous: string, assessed: string, silver: ExpectedLabels["silver"]): LabelCase {
  return {
    name,
    rule: "§6.3 Silver: a second benchmarking 18–24 months (inclusive) after the previous one",
    input: {
      asOf: assessed,
      benchmarkings: [
        { date: previous, values: bronzeOnly },
        { date: assessed, values: improved, validatedImprovements: [...threeImprovements] },
      ],
    },
    expected: { silver },
  };
}

/** A validity case: Bronze assessed on `assessed` with the given earlier awards. */
function validity(name: string, assessed: string, awards: LabelAward[], validUntil: string): LabelCase {
  return {
    name,
    rule: "§6.3 Validity: 2 years from the assessment; a renewal within 1 year after the previous expiry runs to expiry + 3 years",
    input: { asOf: assessed, benchmarkings: [{ date: assessed, values: { S1: 15, S2: 2, M2: 0.5 } }], awards },
    expected: { bronze: eligible(assessed, validUntil) },
  };
}

const bronze = (validFrom: string, validUntil: string): LabelAward => ({ level: "bronze", validFrom, validUntil });

/** An improvement case: the assessed benchmarking changes `values` and validates `ids`. */
function improvements(
  name: string,
  before: IndicatorValues,
  after: IndicatorValues,
  ids: IndicatorId[],
  silver: ExpectedLabels["silver"],
): LabelCase {
  return {
    name,
    rule: "§6.3 Silver: at least 3 improvement areas, validated and strictly better in the indicator's direction",
    input: {
      asOf: "2026-06-30",
      benchmarkings: [
        { date: "2024-11-05", values: { ...bronzeOnly, ...before } },
        { date: "2026-06-20", values: { ...bronzeOnly, ...after }, validatedImprovements: ids },
      ],
      assessors: twoAssessors,
    },
    expected: { bronze: eligible("2026-06-20", "2028-06-20"), silver },
  };
}

export const labelCases: LabelCase[] = [
  {
    name: "the spec's example: Bronze renewed before expiry, Silver and Gold blocked by M2",
    rule: "SCORING-CLI label: reasons name the indicator, its value and what is required",
    input: {
      asOf: "2026-06-30",
      benchmarkings: [
        { date: "2026-06-20", values: specExample, validatedImprovements: ["S6", "V2", "I1"] },
        // S6 and I1 improve; V2 is missing in the assessed benchmarking and does not count.
        { date: "2024-11-05", values: { ...specExample, S6: 50, V2: 30, I1: 3 } },
      ],
      awards: [{ level: "bronze", validFrom: "2024-11-05", validUntil: "2026-11-05" }],
      assessors: twoAssessors,
    },
    expected: {
      bronze: eligible("2026-06-20", "2029-11-05"),
      silver: not("only 2 validated improvement areas, 3 required", "knock-out M2 not met: 0.8 FTE, at least 1.0 required"),
      gold: not("knock-out M2 not met: 0.8 FTE, at least 1.0 required", "score 61.00 % below 80 % (91.5 of 150 points, 120 required)"),
    },
  },
  {
    name: "no benchmarking on or before the date",
    rule: "SCORING-CLI label: without an assessed benchmarking each label is not eligible with one reason",
    input: { asOf: "2026-06-30", benchmarkings: [{ date: "2026-07-01", values: allGold }] },
    expected: {
      bronze: not("no benchmarking on or before 2026-06-30"),
      silver: not("no benchmarking on or before 2026-06-30"),
      gold: not("no benchmarking on or before 2026-06-30"),
    },
  },
  {
    name: "a benchmarking after the date is ignored",
    rule: "SCORING-CLI label: the assessed benchmarking is the latest with date ≤ asOf",
    input: {
      asOf: "2026-06-30",
      benchmarkings: [
        { date: "2026-07-01", values: allGold },
        { date: "2026-06-30", values: { S1: 14, S2: 2, M2: 0.5 } },
      ],
      assessors: twoAssessors,
    },
    expected: {
      bronze: not("eligibility criterion S1 not met: 14, at least 15 required"),
      silver: not(
        "no previous benchmarking before 2026-06-30",
        "no validated improvement areas, 3 required",
        "knock-out S1 not met: 14, at least 15 required",
        "knock-out S3 not met: no value, at least 50 required",
        "knock-out M1 not met: no value, at least 2 required",
        "knock-out M2 not met: 0.5 FTE, at least 1.0 required",
        "knock-out M7 not met: no value, at most 3 required",
        "knock-out F4 not met: no value, at least 1 required",
      ),
      gold: not(
        "knock-out S1 not met: 14, at least 15 required",
        "knock-out S3 not met: no value, at least 50 required",
        "knock-out M1 not met: no value, at least 2 required",
        "knock-out M2 not met: 0.5 FTE, at least 1.0 required",
        "knock-out M7 not met: no value, at most 3 required",
        "knock-out F4 not met: no value, at least 1 required",
        "score 1.67 % below 80 % (2.5 of 150 points, 120 required)",
      ),
    },
  },
  {
    name: "Bronze at exactly 15 members, 2 categories, 0.5 FTE; knock-outs not required",
    rule: "§6.3 Bronze: ≥ 15 committed members, ≥ 2 member categories, ≥ 0.5 FTE; no performance threshold",
    input: { asOf: "2026-06-30", benchmarkings: [{ date: "2026-06-30", values: { S1: 15, S2: 2, M2: 0.5 } }] },
    expected: {
      bronze: eligible("2026-06-30", "2028-06-30"),
    },
  },
  {
    name: "Bronze missed by the smallest step and by a missing value",
    rule: "§6.3 Bronze eligibility criteria (missing fails)",
    input: { asOf: "2026-06-30", benchmarkings: [{ date: "2026-06-30", values: { S1: 15, S2: null, M2: 0.49 } }] },
    expected: {
      bronze: not(
        "eligibility criterion S2 not met: no value, at least 2 required",
        "eligibility criterion M2 not met: 0.49 FTE, at least 0.5 required",
      ),
    },
  },
  silverTiming("Silver at exactly 18 months", "2024-11-05", "2026-05-05", eligible("2026-05-05", "2028-05-05")),
  silverTiming(
    "Silver one day before 18 months",
    "2024-11-05",
    "2026-05-04",
    not("benchmarking of 2026-05-04 is less than 18 months after the previous one of 2024-11-05 (earliest 2026-05-05)"),
  ),
  silverTiming("Silver at exactly 24 months", "2024-11-05", "2026-11-05", eligible("2026-11-05", "2028-11-05")),
  silverTiming(
    "Silver one day after 24 months",
    "2024-11-05",
    "2026-11-06",
    not("benchmarking of 2026-11-06 is more than 24 months after the previous one of 2024-11-05 (latest 2026-11-05)"),
  ),
  silverTiming("Silver 18 months after 31 August is 29 February", "2026-08-31", "2028-02-29", eligible("2028-02-29", "2030-02-28")),
  silverTiming(
    "Silver one day before 31 August + 18 months",
    "2026-08-31",
    "2028-02-28",
    not("benchmarking of 2028-02-28 is less than 18 months after the previous one of 2026-08-31 (earliest 2028-02-29)"),
  ),
  improvements(
    "three validated improvements count",
    {},
    { S6: 60, V2: 45, I1: 4 },
    ["S6", "V2", "I1"],
    eligible("2026-06-20", "2028-06-20"),
  ),
  improvements(
    "improvements that did not improve: equal, worse, missing, unscored, not validated",
    { S7: 5, S5: 8, F1: 100 },
    { S6: 50, V2: 35, S7: null, I3: 50, F1: 200, S5: 9 },
    ["S6", "V2", "S7", "I3", "F1", "F1", "S6"],
    not("no validated improvement areas, 3 required"),
  ),
  improvements(
    "lower-is-better improvements count when the value falls; an id counts once",
    { M7: 3, F2: 60, V4: 24 },
    { M7: 2, F2: 70, V4: 20, S6: 51 },
    ["M7", "M7", "F2", "V4", "S6"],
    eligible("2026-06-20", "2028-06-20"),
  ),
  improvements(
    "a yes/no improvement counts from no to yes; two are not enough",
    { M8: false },
    { M8: true, S6: 51 },
    ["M8", "S6"],
    not("only 2 validated improvement areas, 3 required"),
  ),
  improvements(
    "one missing knock-out blocks Silver",
    {},
    { S6: 60, V2: 45, I1: 4, F4: null },
    ["S6", "V2", "I1"],
    not("knock-out F4 not met: no value, at least 1 required"),
  ),
  {
    name: "Gold at exactly 120 points with two assessors",
    rule: "§6.3 Gold: all knock-outs, at least 120 of 150 points, two different assessors",
    input: {
      asOf: "2026-06-30",
      benchmarkings: [{ date: "2026-06-30", values: { ...allGold, V1: null, V2: null, V3: null, V4: null, V5: null, S8: null, R4: 1 } }],
      assessors: ["assessor-1", "assessor-2", "assessor-1"],
    },
    expected: {
      bronze: eligible("2026-06-30", "2028-06-30"),
      silver: not("no previous benchmarking before 2026-06-30", "no validated improvement areas, 3 required"),
      gold: eligible("2026-06-30", "2028-06-30"),
    },
  },
  {
    name: "Gold missed by half a point (119.5) and by a single assessor",
    rule: "§6.3 Gold: all knock-outs, at least 120 of 150 points, two different assessors",
    input: {
      asOf: "2026-06-30",
      benchmarkings: [{ date: "2026-06-30", values: { ...allGold, V1: null, V2: null, V3: null, V4: null, V5: null, S8: null, I5: 1 } }],
      assessors: ["assessor-1", "assessor-1"],
    },
    expected: {
      bronze: eligible("2026-06-30", "2028-06-30"),
      silver: not("no previous benchmarking before 2026-06-30", "no validated improvement areas, 3 required"),
      gold: not("score 79.67 % below 80 % (119.5 of 150 points, 120 required)", "only 1 different assessor, 2 required"),
    },
  },
  validity("a first award is valid for 2 years", "2026-06-01", [], "2028-06-01"),
  validity("a first award assessed on 29 February ends on 28 February", "2028-02-29", [], "2030-02-28"),
  validity(
    "a renewal before expiry runs to the previous expiry + 3 years",
    "2026-03-01",
    [bronze("2024-06-01", "2026-06-01")],
    "2029-06-01",
  ),
  validity("a renewal exactly 1 year after expiry is still a renewal", "2027-06-01", [bronze("2024-06-01", "2026-06-01")], "2029-06-01"),
  validity("one day outside the renewal year counts as a first award", "2027-06-02", [bronze("2024-06-01", "2026-06-01")], "2029-06-02"),
  validity("a renewal of a 29 February expiry clamps to 28 February", "2028-10-01", [bronze("2026-02-28", "2028-02-29")], "2031-02-28"),
  validity(
    "the latest expiry of the earlier awards counts",
    "2027-03-01",
    [bronze("2020-01-01", "2022-01-01"), bronze("2024-06-01", "2026-06-01"), bronze("2022-01-01", "2024-01-01")],
    "2029-06-01",
  ),
  validity(
    "awards that start on or after the assessed date, and awards of another level, are not earlier awards",
    "2026-06-01",
    [bronze("2026-06-01", "2027-01-01"), { level: "silver", validFrom: "2025-01-01", validUntil: "2027-01-01" }],
    "2028-06-01",
  ),
];
