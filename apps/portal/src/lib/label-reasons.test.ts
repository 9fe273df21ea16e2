import { describe, expect, it } from "vitest";
import deMessages from "../../messages/de.json";
import { labelReasonMessage } from "./label-reasons";

/** Sentences exactly as the label rules write them (SCORING-CLI.md `label`, packages/scoring README). */
const sentences = [
  "no benchmarking on or before 2026-06-30",
  "eligibility criterion S1 not met: no value, at least 15 required",
  "knock-out M2 not met: 0.8 FTE, at least 1.0 required",
  "knock-out M7 not met: 4 years, at most 3 required",
  "no previous benchmarking before 2026-06-20",
  "benchmarking of 2026-05-04 is less than 18 months after the previous one of 2024-11-05 (earliest 2026-05-05)",
  "benchmarking of 2027-05-04 is more than 24 months after the previous one of 2024-11-05 (latest 2026-11-05)",
  "no validated improvement areas, 3 required",
  "only 1 validated improvement area, 3 required",
  "only 2 validated improvement areas, 3 required",
  "score 61.00 % below 80 % (91.5 of 150 points, 120 required)",
  "no assessors named, 2 different assessors required",
  "only 1 different assessor, 2 required",
];

describe("label reasons in the reader's language", () => {
  it("every sentence the label rules write has a message key of its own (none falls back to raw)", () => {
    for (const sentence of sentences) {
      const { key } = labelReasonMessage(sentence, "en");
      expect(key, sentence).not.toBe("raw");
      expect(Object.keys(deMessages.labels.reasons), sentence).toContain(key);
    }
  });

  it("German readers get German units and decimal commas; the bound follows the indicator's direction", () => {
    expect(labelReasonMessage("knock-out M2 not met: 0.8 FTE, at least 1.0 required", "de")).toEqual({
      key: "knockout",
      values: { id: "M2", value: "0,8 VZÄ", bound: "atLeast", threshold: "1,0" },
    });
    expect(labelReasonMessage("knock-out M7 not met: 4 years, at most 3 required", "de").values).toMatchObject({
      value: "4 Jahre",
      bound: "atMost",
    });
    expect(labelReasonMessage("eligibility criterion S2 not met: 1 of 9, at least 2 required", "de").values.value).toBe("1 von 9");
  });

  it("an unknown sentence is shown as it is", () => {
    expect(labelReasonMessage("something new", "de")).toEqual({ key: "raw", values: { text: "something new" } });
  });
});
