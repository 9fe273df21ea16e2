import { describe, expect, it } from "vitest";
import { evaluateJudgedSet, loadJudgedSet, partnerFitGrade } from "./judged-set";

const K = 10;
const set = loadJudgedSet();

describe("judged set (test/matching/judged, partner fit by judged/RUBRIC.md)", () => {
  it("has bilingual profiles in five clusters and at least 25 judged queries", () => {
    expect(set.data.clusters.length).toBe(5);
    expect(set.data.profiles.length).toBeGreaterThanOrEqual(75);
    expect(set.queries.length).toBeGreaterThanOrEqual(25);
  });

  it("rubric: disjoint partnership types lower the subject grade by 1, a far partner for subcontracting by 1 more", () => {
    // p14 (Stuttgart) seeks subcontracting; p13 (Eindhoven, ~430 km) offers subcontracting: same type, far.
    expect(partnerFitGrade(set.data, "p14", "p13", 3)).toBe(2);
    // p02 seeks technical cooperation; p06 offers research cooperation only.
    expect(partnerFitGrade(set.data, "p02", "p06", 2)).toBe(1);
    expect(partnerFitGrade(set.data, "p02", "p05", 3)).toBe(3);
    expect(partnerFitGrade(set.data, "p02", "p05", 0)).toBe(0);
  });

  it("gate: the engine with its default weights reaches at least 1.3 × the nDCG@10 of tag overlap", () => {
    const figures = evaluateJudgedSet(set, K);
    console.log(
      `nDCG@${K} over ${figures.queries} queries, default weights: engine ${figures.engine.toFixed(3)}, ` +
        `tag overlap ${figures.tagOverlap.toFixed(3)}, ratio ${figures.ratio.toFixed(2)} (gate 1.30)`,
    );
    expect(figures.engine).toBeGreaterThanOrEqual(1.3 * figures.tagOverlap);
  });
});
