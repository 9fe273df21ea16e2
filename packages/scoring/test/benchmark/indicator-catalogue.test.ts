import { describe, expect, it } from "vitest";
import {
  catalogueForVersion,
  INDICATOR_CATALOGUE_VERSION,
  indicatorCatalogue,
  indicatorIds,
  knockoutIndicators,
  scoredIndicators,
} from "../../src/benchmark";

const byId = (id: string) => indicatorCatalogue.indicators.find((indicator) => indicator.id === id);

describe("indicator catalogue (§6.1)", () => {
  it("§6.1 36 indicators in catalogue order S1 … R4", () => {
    expect(indicatorCatalogue.indicators.map((indicator) => indicator.id)).toEqual([...indicatorIds]);
    expect(indicatorIds).toHaveLength(36);
    expect(indicatorIds[0]).toBe("S1");
    expect(indicatorIds[35]).toBe("R4");
  });

  it("§6.1 31 scored indicators, 26 of 5 points and 5 of 4, maximum 150 points", () => {
    const scored = scoredIndicators();
    expect(scored).toHaveLength(31);
    expect(scored.filter((indicator) => indicator.scoring?.points === 5)).toHaveLength(26);
    expect(scored.filter((indicator) => indicator.scoring?.points === 4).map((i) => i.id)).toEqual(["S8", "M5", "V5", "I4", "R4"]);
    expect(indicatorCatalogue.maxPoints).toBe(150);
  });

  it("§6.1 the unscored indicators are F1, F3, I2, I6, R3, compared higher-is-better", () => {
    const unscored = indicatorCatalogue.indicators.filter((indicator) => indicator.scoring === null);
    expect(unscored.map((indicator) => indicator.id)).toEqual(["F1", "F3", "I2", "I6", "R3"]);
    expect(unscored.every((indicator) => indicator.direction === "higher")).toBe(true);
  });

  it("§6.3 the seven knock-outs are S1 ≥ 15, S2 ≥ 2, S3 ≥ 50, M1 ≥ 2, M2 ≥ 1.0, M7 ≤ 3, F4 ≥ 1", () => {
    const knockouts = knockoutIndicators().map((indicator) => [indicator.id, indicator.direction, indicator.scoring?.baseline]);
    expect(knockouts).toEqual([
      ["S1", "higher", 15],
      ["S2", "higher", 2],
      ["S3", "higher", 50],
      ["M1", "higher", 2],
      ["M2", "higher", 1],
      ["M7", "lower", 3],
      ["F4", "higher", 1],
    ]);
  });

  it("§6.1 lower-is-better indicators are M7, F2 and V4, with gold below baseline", () => {
    const lower = indicatorCatalogue.indicators.filter((indicator) => indicator.direction === "lower");
    expect(lower.map((indicator) => indicator.id)).toEqual(["M7", "F2", "V4"]);
    for (const indicator of lower) expect(indicator.scoring?.gold).toBeLessThan(indicator.scoring?.baseline ?? 0);
  });

  it("§6.1 gold is never easier than baseline in the indicator's direction", () => {
    for (const indicator of scoredIndicators()) {
      const { baseline, gold } = indicator.scoring ?? { baseline: 0, gold: 0 };
      if (indicator.direction === "higher") expect(gold).toBeGreaterThanOrEqual(baseline);
      else expect(gold).toBeLessThanOrEqual(baseline);
    }
  });

  it("§6.1 the thresholds of the table", () => {
    const thresholds = Object.fromEntries(
      scoredIndicators().map((indicator) => [indicator.id, [indicator.scoring?.baseline, indicator.scoring?.gold]]),
    );
    expect(thresholds).toEqual({
      S1: [15, 50],
      S2: [2, 4],
      S3: [50, 60],
      S4: [50, 70],
      S5: [5, 10],
      S6: [50, 75],
      S7: [0, 10],
      S8: [5, 15],
      M1: [2, 5],
      M2: [1, 3],
      M3: [1, 2.5],
      M4: [3, 5],
      M5: [2, 5],
      M6: [2, 3],
      M7: [3, 2],
      M8: [1, 1],
      F2: [80, 50],
      F4: [1, 3],
      V1: [4, 8],
      V2: [40, 70],
      V3: [3.5, 4.2],
      V4: [24, 12],
      V5: [1, 4],
      V6: [1, 2],
      I1: [3, 10],
      I3: [40, 70],
      I4: [0.2, 1],
      I5: [1, 3],
      R1: [3, 6],
      R2: [2, 6],
      R4: [1, 3],
    });
  });

  it("SCORING-CLI ranges: shares 0–100, S7 ≥ −100, count-of-N 0–N, M6 0–4, V3 1–5, M8 yes/no", () => {
    const kinds = Object.fromEntries(indicatorCatalogue.indicators.map((indicator) => [indicator.id, indicator.kind]));
    for (const id of ["S3", "S4", "S5", "S6", "S8", "F2", "F3", "V2", "I3"]) expect(kinds[id]).toEqual({ type: "share", min: 0, max: 100 });
    expect(kinds.S7).toEqual({ type: "number", min: -100, max: null });
    expect(kinds.S2).toEqual({ type: "count-of", of: 9, min: 0, max: 9 });
    expect(kinds.V1).toEqual({ type: "count-of", of: 13, min: 0, max: 13 });
    expect(kinds.V6).toEqual({ type: "count-of", of: 2, min: 0, max: 2 });
    expect(kinds.I6).toEqual({ type: "count-of", of: 5, min: 0, max: 5 });
    expect(kinds.M6).toEqual({ type: "number", min: 0, max: 4 });
    expect(kinds.V3).toEqual({ type: "number", min: 1, max: 5 });
    expect(kinds.M8).toEqual({ type: "boolean" });
    expect(kinds.S1).toEqual({ type: "number", min: 0, max: null });
  });

  it("§6.1 sources: M1, M2, M7 reported; S-indicators derived", () => {
    expect(["M1", "M2", "M7"].map((id) => byId(id)?.source)).toEqual(["reported", "reported", "reported"]);
    expect(indicatorCatalogue.indicators.filter((i) => i.area === "structure").every((i) => i.source === "derived")).toBe(true);
  });

  it("§6.2 a recommendation text per indicator, with German and English names", () => {
    for (const indicator of indicatorCatalogue.indicators) {
      for (const text of [indicator.name.de, indicator.name.en, indicator.recommendation.de, indicator.recommendation.en]) {
        expect(text.length).toBeGreaterThan(3);
      }
    }
  });

  it("a catalogue is found by its version, so an old benchmarking keeps its catalogue", () => {
    expect(catalogueForVersion(INDICATOR_CATALOGUE_VERSION)).toBe(indicatorCatalogue);
    expect(catalogueForVersion("no-such-version")).toBeUndefined();
  });
});
