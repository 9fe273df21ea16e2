import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indicatorById, scoreBenchmarking, scoreIndicator, scorePercent } from "../../src/benchmark";
import { valuesArbitrary } from "./arbitraries";

describe("points and level per indicator (§6.1)", () => {
  const s1 = indicatorById("S1");
  const m7 = indicatorById("M7");
  const m8 = indicatorById("M8");

  it("§6.1 at or beyond the gold threshold = full points", () => {
    expect(scoreIndicator(s1, 50)).toMatchObject({ points: 5, max: 5, level: "gold" });
    expect(scoreIndicator(s1, 140)).toMatchObject({ points: 5, level: "gold" });
  });

  it("§6.1 at or beyond the baseline = half points", () => {
    expect(scoreIndicator(s1, 15)).toMatchObject({ points: 2.5, level: "baseline" });
    expect(scoreIndicator(s1, 49.99)).toMatchObject({ points: 2.5, level: "baseline" });
    expect(scoreIndicator(indicatorById("S8"), 5)).toMatchObject({ points: 2, max: 4, level: "baseline" });
  });

  it("§6.1 below the baseline = 0", () => {
    expect(scoreIndicator(s1, 14.99)).toMatchObject({ points: 0, level: "none" });
  });

  it("§6.1 lower-is-better (≤): M7 2 is gold, 3 baseline, just above 3 none", () => {
    expect(scoreIndicator(m7, 2)).toMatchObject({ points: 5, level: "gold" });
    expect(scoreIndicator(m7, 2.01)).toMatchObject({ points: 2.5, level: "baseline" });
    expect(scoreIndicator(m7, 3)).toMatchObject({ points: 2.5, level: "baseline" });
    expect(scoreIndicator(m7, 3.01)).toMatchObject({ points: 0, level: "none" });
    expect(scoreIndicator(m7, 0)).toMatchObject({ points: 5, level: "gold" });
  });

  it("§6.1 a yes/no indicator scores full points for yes; no or missing scores none", () => {
    expect(scoreIndicator(m8, true)).toEqual({ id: "M8", value: true, points: 5, max: 5, level: "gold" });
    expect(scoreIndicator(m8, false)).toEqual({ id: "M8", value: false, points: 0, max: 5, level: "none" });
    expect(scoreIndicator(m8, undefined)).toEqual({ id: "M8", value: null, points: 0, max: 5, level: "none" });
  });

  it("§6.1 a missing value scores 0", () => {
    expect(scoreIndicator(s1, null)).toEqual({ id: "S1", value: null, points: 0, max: 5, level: "none" });
  });

  it("§6.1 unscored indicators have max 0, points 0, level none", () => {
    expect(scoreIndicator(indicatorById("F1"), 1_000_000)).toEqual({ id: "F1", value: 1_000_000, points: 0, max: 0, level: "none" });
  });
});

describe("total and percent (SCORING-CLI score)", () => {
  it("percent = 100 × points / 150 half-up to 2 decimals", () => {
    expect(scorePercent(123.5, 150)).toBe(82.33);
    expect(scorePercent(91.5, 150)).toBe(61);
    expect(scorePercent(120, 150)).toBe(80);
    expect(scorePercent(119.5, 150)).toBe(79.67);
    expect(scorePercent(0.5, 150)).toBe(0.33);
    expect(scorePercent(1, 150)).toBe(0.67);
    expect(scorePercent(150, 150)).toBe(100);
  });

  it("an empty benchmarking scores 0 and fails all seven knock-outs", () => {
    const score = scoreBenchmarking({});
    expect(score.points).toBe(0);
    expect(score.percent).toBe(0);
    expect(score.indicators).toHaveLength(36);
    expect(score.knockouts.map((k) => [k.id, k.met])).toEqual([
      ["S1", false],
      ["S2", false],
      ["S3", false],
      ["M1", false],
      ["M2", false],
      ["M7", false],
      ["F4", false],
    ]);
    expect(score.knockoutsMet).toBe(false);
  });

  it("property: points within 0..150, a sum of the indicator points, percent consistent", () => {
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const score = scoreBenchmarking(values);
        expect(score.points).toBeGreaterThanOrEqual(0);
        expect(score.points).toBeLessThanOrEqual(150);
        expect(score.points).toBe(score.indicators.reduce((sum, indicator) => sum + indicator.points, 0));
        expect(Number.isInteger(score.points * 2)).toBe(true);
        expect(Math.abs(score.percent - (score.points / 150) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(score.knockoutsMet).toBe(score.knockouts.every((knockout) => knockout.met));
      }),
    );
  });

  it("property: raising one value in its direction never lowers the points", () => {
    fc.assert(
      fc.property(
        valuesArbitrary,
        fc.constantFrom("S1", "S7", "M3", "V3", "I4"),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (values, id, step) => {
          const value = values[id];
          if (typeof value !== "number") return;
          const raised = { ...values, [id]: value + step };
          expect(scoreBenchmarking(raised).points).toBeGreaterThanOrEqual(scoreBenchmarking(values).points);
        },
      ),
    );
  });
});
