import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareCompositeScores,
  compositeScores,
  computePeerReport,
  countEqualledOrBeaten,
  indicatorCatalogue,
  quantileType7,
  roundedPercentileRank,
  summarise,
  toNumberVector,
  type Direction,
  type PoolMember,
} from "../../src/benchmark";
import { valuesArbitrary } from "./arbitraries";

const ascending = (values: number[]) => Float64Array.from(values).sort();
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom<Direction>("higher", "lower");

describe("quantiles (§6.2, R type 7)", () => {
  it("§6.2 quantiles by linear interpolation between order statistics, as R's type 7", () => {
    // R: quantile(c(1, 2, 4, 8, 16), type = 7) → 1, 2, 4, 8, 16 at 0, .25, .5, .75, 1.
    expect(summarise(ascending([16, 1, 8, 2, 4]))).toMatchObject({ n: 5, min: 1, q1: 2, median: 4, q3: 8, max: 16, mean: 6.2 });
    // quantile(c(3, 7, 8, 20), type = 7) → q1 = 6, median = 7.5, q3 = 11.
    expect(summarise(ascending([3, 7, 8, 20]))).toMatchObject({ q1: 6, median: 7.5, q3: 11 });
    expect(summarise(ascending([42]))).toEqual({ n: 1, min: 42, q1: 42, median: 42, q3: 42, max: 42, mean: 42 });
    expect(summarise(ascending([]))).toEqual({ n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null });
  });

  it("property: min ≤ q1 ≤ median ≤ q3 ≤ max", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 60 }), (values) => {
        const { min, q1, median, q3, max } = summarise(ascending(values));
        const ordered = [min, q1, median, q3, max].map((value) => value ?? Number.NaN);
        for (let index = 1; index < ordered.length; index++) expect(ordered[index]).toBeGreaterThanOrEqual(ordered[index - 1] ?? 0);
      }),
    );
  });

  it("property: every quantile lies between two neighbouring order statistics", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const sorted = ascending(values);
        const h = (sorted.length - 1) * p;
        const q = quantileType7(sorted, p);
        expect(q).toBeGreaterThanOrEqual(sorted[Math.floor(h)] ?? 0);
        expect(q).toBeLessThanOrEqual(sorted[Math.ceil(h)] ?? 0);
      }),
    );
  });
});

describe("percentile rank (§6.2)", () => {
  it("§6.2 share of peers the own value equals or beats, respecting the direction", () => {
    const sorted = ascending([1, 2, 2, 3]);
    expect(countEqualledOrBeaten(sorted, 2, "higher")).toBe(3);
    expect(countEqualledOrBeaten(sorted, 2, "lower")).toBe(3);
    expect(roundedPercentileRank(sorted, 0, "higher")).toBe(0);
    expect(roundedPercentileRank(sorted, 0, "lower")).toBe(100);
    expect(roundedPercentileRank(ascending([]), 1, "higher")).toBeNull();
  });

  it("property: percentile within 0–100", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1 }), finite, direction, (values, own, dir) => {
        const percentile = roundedPercentileRank(ascending(values), own, dir) ?? Number.NaN;
        expect(percentile).toBeGreaterThanOrEqual(0);
        expect(percentile).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("property: percentile is monotone in the own value, in the indicator's direction", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1 }), finite, finite, direction, (values, a, b, dir) => {
        const sorted = ascending(values);
        const [worse, better] = (dir === "higher" ? a <= b : a >= b) ? [a, b] : [b, a];
        expect(roundedPercentileRank(sorted, better, dir) ?? 0).toBeGreaterThanOrEqual(roundedPercentileRank(sorted, worse, dir) ?? 0);
      }),
    );
  });

  it("property: equals a direct count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1 }),
        fc.integer({ min: 0, max: 20 }),
        direction,
        (values, own, dir) => {
          const direct = values.filter((value) => (dir === "higher" ? own >= value : own <= value)).length;
          expect(countEqualledOrBeaten(ascending(values), own, dir)).toBe(direct);
        },
      ),
    );
  });
});

/** The composite score exactly as the spec words it, O(n² × indicators), to check the fast one. */
function naiveComposite(pool: PoolMember[], candidate: PoolMember): number | null {
  const ranks: number[] = [];
  indicatorCatalogue.indicators.forEach((indicator, index) => {
    const own = candidate.numbers[index] ?? Number.NaN;
    if (indicator.scoring === null || Number.isNaN(own)) return;
    const others = pool
      .filter((member) => member.id !== candidate.id)
      .map((member) => member.numbers[index] ?? Number.NaN)
      .filter((v) => !Number.isNaN(v));
    if (others.length === 0) return;
    const beaten = others.filter((value) => (indicator.direction === "higher" ? own >= value : own <= value)).length;
    ranks.push((100 * beaten) / others.length);
  });
  return ranks.length === 0 ? null : ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
}

describe("composite score (§6.2 best-in-class)", () => {
  it("property: equals the mean percentile rank against the other pool members, computed naively", () => {
    fc.assert(
      fc.property(fc.array(valuesArbitrary, { minLength: 1, maxLength: 25 }), (valueSets) => {
        const pool: PoolMember[] = valueSets.map((values, index) => ({
          id: `c${index}`,
          country: "DE",
          sector: "ICT",
          numbers: toNumberVector(values, indicatorCatalogue),
          holdsGold: false,
        }));
        const scores = compositeScores(pool, pool, indicatorCatalogue);
        for (const member of pool) {
          const expected = naiveComposite(pool, member);
          const actual = scores.get(member.id)?.mean ?? null;
          if (expected === null) expect(actual).toBeNull();
          else expect(actual).toBeCloseTo(expected, 9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("composite score order", () => {
  const others = Int32Array.from([11, 11, 11]);
  const score = (beaten: number[]) => {
    const ranked = beaten.filter((count) => count >= 0);
    return {
      mean: ranked.reduce((sum, count) => sum + (100 * count) / 11, 0) / ranked.length,
      beaten: Int32Array.from(beaten),
      others,
    };
  };

  it("§6.2 equal means compare equal although their float sums differ in the last bit", () => {
    const a = score([8, 9, 10]);
    const b = score([10, 8, 9]);
    expect(a.mean).not.toBe(b.mean);
    expect(compareCompositeScores(a, b)).toBe(0);
  });

  it("§6.2 different means keep their order", () => {
    expect(compareCompositeScores(score([8, 9, 10]), score([8, 9, 11]))).toBe(-1);
    // 1 of 11 on one indicator (9.09) against 0 and 3 of 11 on two (13.64): unranked ones are left out.
    expect(compareCompositeScores(score([1, -1, -1]), score([0, 3, -1]))).toBe(-1);
    expect(compareCompositeScores(score([2, -1, -1]), score([1, 3, -1]))).toBe(0);
  });
});

describe("peer report", () => {
  it("property: members sorted and unique, groups in order, statistics only for shown groups", () => {
    const reference = fc.array(
      fc.record({
        id: fc.constantFrom(...Array.from({ length: 30 }, (_, index) => `c${index}`)),
        country: fc.constantFrom("DE", "AT"),
        sector: fc.constantFrom("ICT", "Other"),
        benchmarkDate: fc.constantFrom("2022-01-01", "2023-07-01", "2024-05-05", "2025-01-01", "2026-06-30", "2026-08-01"),
        values: valuesArbitrary,
        labels: fc.constant([]),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(reference, valuesArbitrary, (entries, values) => {
        const unique = [...new Map(entries.map((entry) => [`${entry.id} ${entry.benchmarkDate}`, entry])).values()];
        const report = computePeerReport({
          asOf: "2026-06-30",
          cluster: { id: "c0", country: "DE", sector: "ICT", values },
          reference: unique,
        });
        expect(report.groups.map((group) => group.kind)).toEqual(["sector", "country", "best-in-class"]);
        for (const group of report.groups) {
          expect([...group.members].sort()).toEqual(group.members);
          expect(new Set(group.members).size).toBe(group.n);
          expect(group.members).not.toContain("c0");
          expect("indicators" in group).toBe(group.shown);
          expect(group.shown).toBe(group.n >= 10);
        }
        const sector = report.groups[0];
        if (!sector?.shown) expect([report.strengths, report.developmentAreas]).toEqual([[], []]);
      }),
      { numRuns: 60 },
    );
  });
});
