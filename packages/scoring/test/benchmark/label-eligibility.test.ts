import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessLabels, distanceToNextLabel, labelValidity, type BenchmarkingRecord, type LabelInput } from "../../src/benchmark";
import { allGold, knockoutsAtThreshold, specExample } from "../golden/score-cases";
import { valuesArbitrary } from "./arbitraries";

const specInput: LabelInput = {
  asOf: "2026-06-30",
  benchmarkings: [
    { date: "2024-11-05", values: { ...specExample, S6: 50, V2: 30, I1: 3 } },
    { date: "2026-06-20", values: specExample, validatedImprovements: ["S6", "V2", "I1"] },
  ],
  awards: [{ level: "bronze", validFrom: "2024-11-05", validUntil: "2026-11-05" }],
  assessors: ["assessor-1", "assessor-2"],
};

describe("labels (§6.3)", () => {
  it("§6.3 no label requires an earlier one: Gold and Silver without any award", () => {
    const result = assessLabels({
      asOf: "2026-06-30",
      benchmarkings: [
        { date: "2024-11-05", values: { ...allGold, S6: 50, V2: 40, I1: 3 } },
        { date: "2026-06-20", values: allGold, validatedImprovements: ["S6", "V2", "I1"] },
      ],
      awards: [],
      assessors: ["a", "b"],
    });
    expect(result.silver).toEqual({ eligible: true, reasons: [], validFrom: "2026-06-20", validUntil: "2028-06-20" });
    expect(result.gold).toEqual({ eligible: true, reasons: [], validFrom: "2026-06-20", validUntil: "2028-06-20" });
  });

  it("SCORING-CLI label: input order does not matter", () => {
    const reversed = { ...specInput, benchmarkings: [...specInput.benchmarkings].reverse() };
    expect(assessLabels(reversed)).toEqual(assessLabels(specInput));
  });

  it("§6.3 Silver's previous benchmarking is the latest before the assessed one", () => {
    const older: BenchmarkingRecord = { date: "2023-01-01", values: {} };
    expect(assessLabels({ ...specInput, benchmarkings: [...specInput.benchmarkings, older] })).toEqual(assessLabels(specInput));
  });

  it("§6.3 Gold is decided by two different assessors: repeated names count once", () => {
    const input: LabelInput = { asOf: "2026-06-30", benchmarkings: [{ date: "2026-06-30", values: allGold }], awards: [], assessors: [] };
    expect(assessLabels(input).gold.reasons).toEqual(["no assessors named, 2 different assessors required"]);
    expect(assessLabels({ ...input, assessors: ["x", "x"] }).gold.reasons).toEqual(["only 1 different assessor, 2 required"]);
    expect(assessLabels({ ...input, assessors: ["x", "y"] }).gold.eligible).toBe(true);
  });

  it("property: a label is eligible exactly when it has no reasons, and then has validity dates", () => {
    fc.assert(
      fc.property(
        valuesArbitrary,
        valuesArbitrary,
        fc.subarray(["S1", "S6", "M7", "F2", "M8", "I1", "F1"] as const),
        (before, after, ids) => {
          const result = assessLabels({
            asOf: "2026-06-30",
            benchmarkings: [
              { date: "2024-12-01", values: before },
              { date: "2026-06-30", values: after, validatedImprovements: ids },
            ],
            awards: [],
            assessors: ["a", "b"],
          });
          for (const decision of Object.values(result)) {
            expect(decision.eligible).toBe(decision.reasons.length === 0);
            if (decision.eligible) expect(decision.validUntil).toBe("2028-06-30");
          }
          // Silver and Gold both need all knock-outs, so they share the knock-out sentences.
          const knockouts = (reasons: string[]) => reasons.filter((reason) => reason.startsWith("knock-out"));
          expect(knockouts(result.silver.reasons)).toEqual(knockouts(result.gold.reasons));
        },
      ),
    );
  });
});

describe("labelValidity", () => {
  it("§6.3 Validity: 2 years, clamped; a renewal runs to expiry + 3 years", () => {
    expect(labelValidity("gold", "2028-02-29", [])).toEqual({ validFrom: "2028-02-29", validUntil: "2030-02-28" });
    const awards = [{ level: "gold" as const, validFrom: "2024-01-31", validUntil: "2026-01-31" }];
    expect(labelValidity("gold", "2025-12-01", awards).validUntil).toBe("2029-01-31");
    expect(labelValidity("silver", "2025-12-01", awards).validUntil).toBe("2027-12-01");
  });
});

describe("distanceToNextLabel", () => {
  it("summarises failed knock-outs, points missing to Gold and improvements missing for Silver", () => {
    expect(distanceToNextLabel(specInput)).toEqual({
      failedKnockouts: ["M2"],
      pointsMissingForGold: 28.5,
      improvementsMissingForSilver: 1,
    });
  });

  it("is all zero when Gold and Silver are within reach", () => {
    const input: LabelInput = {
      asOf: "2026-06-30",
      benchmarkings: [
        { date: "2024-11-05", values: { ...allGold, S6: 50, V2: 40, I1: 3 } },
        { date: "2026-06-20", values: allGold, validatedImprovements: ["S6", "V2", "I1"] },
      ],
      awards: [],
      assessors: [],
    };
    expect(distanceToNextLabel(input)).toEqual({ failedKnockouts: [], pointsMissingForGold: 0, improvementsMissingForSilver: 0 });
  });

  it("without an assessed benchmarking everything is missing", () => {
    expect(distanceToNextLabel({ asOf: "2026-06-30", benchmarkings: [], awards: [], assessors: [] })).toEqual({
      failedKnockouts: ["S1", "S2", "S3", "M1", "M2", "M7", "F4"],
      pointsMissingForGold: 120,
      improvementsMissingForSilver: 3,
    });
  });

  it("agrees with assessLabels on the knock-outs", () => {
    const input: LabelInput = {
      asOf: "2026-06-30",
      benchmarkings: [{ date: "2026-06-30", values: { ...knockoutsAtThreshold, F4: 0.5 } }],
      awards: [],
      assessors: [],
    };
    expect(distanceToNextLabel(input).failedKnockouts).toEqual(["F4"]);
    expect(assessLabels(input).gold.reasons[0]).toBe("knock-out F4 not met: 0.5 years, at least 1 required");
  });
});
