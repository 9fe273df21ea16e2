import type { IndicatorValues } from "../../src/benchmark";
import type { ExpectedScore, GoldenCase } from "./golden-case";

/** Every knock-out met exactly at its threshold (S1 15, S2 2, S3 50, M1 2, M2 1.0, M7 3, F4 1). */
export const knockoutsAtThreshold: IndicatorValues = { S1: 15, S2: 2, S3: 50, M1: 2, M2: 1.0, M7: 3, F4: 1 };

/** Every scored indicator at its gold threshold: 150 points. */
export const allGold: IndicatorValues = {
  S1: 50,
  S2: 4,
  S3: 60,
  S4: 70,
  S5: 10,
  S6: 75,
  S7: 10,
  S8: 15,
  M1: 5,
  M2: 3,
  M3: 2.5,
  M4: 5,
  M5: 5,
  M6: 3,
  M7: 2,
  M8: true,
  F2: 50,
  F4: 3,
  V1: 8,
  V2: 70,
  V3: 4.2,
  V4: 12,
  V5: 4,
  V6: 2,
  I1: 10,
  I3: 70,
  I4: 1,
  I5: 3,
  R1: 6,
  R2: 6,
  R4: 3,
};

/** The assessed benchmarking of SCORING-CLI's `label` example: 91.5 points, M2 at 0.8 FTE. */
export const specExample: IndicatorValues = {
  ...allGold,
  ...knockoutsAtThreshold,
  M2: 0.8,
  S4: 50,
  V1: null,
  V2: null,
  V3: null,
  V4: null,
  V5: null,
  V6: null,
  R4: 1,
  R2: 2,
  I5: 1,
};

type ScoreCase = GoldenCase<{ values: IndicatorValues }, ExpectedScore>;

const single = (name: string, rule: string, values: IndicatorValues, expected: ExpectedScore): ScoreCase => ({
  name,
  rule,
  input: { values },
  expected,
});

export const scoreCases: ScoreCase[] = [
  single(
    "gold threshold met exactly",
    "§6.1 at or beyond the gold threshold = full points",
    { S1: 50 },
    {
      indicators: { S1: { points: 5, level: "gold" } },
    },
  ),
  single(
    "gold missed by the smallest step",
    "§6.1 at or beyond the baseline = half",
    { S1: 49.99 },
    {
      indicators: { S1: { points: 2.5, level: "baseline" } },
    },
  ),
  single(
    "baseline met exactly",
    "§6.1 at or beyond the baseline = half",
    { S1: 15, S8: 5 },
    {
      points: 4.5,
      indicators: { S1: { points: 2.5, level: "baseline" }, S8: { points: 2, level: "baseline" } },
    },
  ),
  single(
    "baseline missed by the smallest step",
    "§6.1 else 0",
    { S1: 14.99, S8: 4.99 },
    {
      points: 0,
      indicators: { S1: { points: 0, level: "none" }, S8: { points: 0, level: "none" } },
    },
  ),
  single(
    "values are not rounded before comparison",
    "SCORING-CLI thresholds count when met exactly, unrounded",
    { S3: 59.9999, I4: 0.19999 },
    {
      indicators: { S3: { points: 2.5, level: "baseline" }, I4: { points: 0, level: "none" } },
    },
  ),
  single(
    "lower-is-better M7: 2 gold, 3 baseline",
    "§6.1 ≤ marks lower-is-better",
    { M7: 2 },
    {
      indicators: { M7: { points: 5, level: "gold" } },
    },
  ),
  single(
    "lower-is-better M7 just above gold",
    "§6.1 ≤ marks lower-is-better",
    { M7: 2.01 },
    {
      indicators: { M7: { points: 2.5, level: "baseline" } },
    },
  ),
  single(
    "lower-is-better F2 and V4 at and beyond their thresholds",
    "§6.1 ≤ marks lower-is-better",
    { F2: 80.01, V4: 24 },
    {
      indicators: { F2: { points: 0, level: "none" }, V4: { points: 2.5, level: "baseline" } },
    },
  ),
  single(
    "yes/no indicator: yes scores full points",
    "§6.1 a yes/no indicator scores full points for yes",
    { M8: true },
    {
      points: 5,
      indicators: { M8: { points: 5, level: "gold" } },
    },
  ),
  single(
    "yes/no indicator: no scores none",
    "§6.1 a yes/no indicator scores full points for yes",
    { M8: false },
    {
      points: 0,
      indicators: { M8: { points: 0, level: "none" } },
    },
  ),
  single(
    "missing values score 0 and fail their knock-out",
    "§6.1 a missing value scores 0 and fails its knock-out",
    { S1: null, S2: 4 },
    {
      points: 5,
      knockoutsMet: false,
      indicators: { S1: { points: 0, level: "none" }, M8: { points: 0, level: "none" } },
      failedKnockouts: ["S1", "S3", "M1", "M2", "M7", "F4"],
    },
  ),
  single(
    "unscored indicators score nothing",
    "§6.1 — = reported and compared, not scored",
    { F1: 2_000_000, F3: 40, I2: 35, I6: 5, R3: 12 },
    {
      points: 0,
      indicators: { F1: { points: 0, level: "none" }, R3: { points: 0, level: "none" } },
    },
  ),
  single("every gold threshold: 150 points", "§6.1 maximum 150 points", allGold, { points: 150, percent: 100, knockoutsMet: true }),
  single(
    "the spec's 123.5 points are 82.33 %",
    "SCORING-CLI percent = 100 × points / 150 rounded half-up to 2 decimals",
    // One 5-point indicator at baseline (−2.5), four 5-point and one 4-point missing (−24).
    { ...allGold, S4: 50, V1: null, V2: null, V3: null, V6: null, R4: null },
    { points: 123.5, percent: 82.33 },
  ),
  single("91.5 points are 61.00 %", "SCORING-CLI percent = 100 × points / 150 rounded half-up to 2 decimals", specExample, {
    points: 91.5,
    percent: 61,
  }),
  single("all seven knock-outs met exactly", "§6.3 baseline minimum requirements (KO column)", knockoutsAtThreshold, {
    knockoutsMet: true,
    failedKnockouts: [],
  }),
  ...(
    [
      ["S1", 14],
      ["S2", 1],
      ["S3", 49.99],
      ["M1", 1.99],
      ["M2", 0.99],
      ["M7", 3.01],
      ["F4", 0.99],
    ] as const
  ).map(([id, value]) =>
    single(
      `knock-out ${id} missed by the smallest step`,
      "§6.3 baseline minimum requirements (KO column)",
      { ...knockoutsAtThreshold, [id]: value },
      {
        knockoutsMet: false,
        failedKnockouts: [id],
      },
    ),
  ),
];
