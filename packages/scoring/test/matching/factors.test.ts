import { describe, expect, it } from "vitest";
import {
  actorsFactor,
  explainPair,
  geographyFactor,
  haversineKm,
  matchInputSchema,
  matchProfiles,
  partnershipMask,
  partnershipOverlap,
  topicSimilarity,
  typeWeight,
} from "../../src/matching";
import { countTerms, fitTfIdf } from "../../src/matching/text/tfidf";
import { corpusOf, matchInput, profile } from "./fixtures";

const factorsOf = (input: ReturnType<typeof matchInput>, id: string) => {
  const explanation = explainPair("req", id, corpusOf(input), { asOf: "2026-06-30" });
  if (!explanation.eligible) throw new Error(`not eligible: ${explanation.reason}`);
  return explanation.factors;
};

describe("topic: hierarchical overlap of tags and NACE codes", () => {
  it("identical item sets score 1, disjoint ones 0, both empty 0", () => {
    expect(topicSimilarity(["a/b", "C28"], ["a/b", "C28"])).toBe(1);
    expect(topicSimilarity(["a/b"], ["x/y"])).toBe(0);
    expect(topicSimilarity([], [])).toBe(0);
  });

  it("a child tag matches its parent at 0.5 (from both sides)", () => {
    // c(a/b, {a}) = 0.5 and c(a, {a/b}) = 0.5 → (0.5 + 0.5) / 2
    expect(topicSimilarity(["a/b"], ["a"])).toBe(0.5);
  });

  it("a NACE division matches its section at 0.5; siblings do not match", () => {
    expect(topicSimilarity(["C28"], ["C"])).toBe(0.5);
    expect(topicSimilarity(["C28"], ["C27"])).toBe(0);
    expect(topicSimilarity(["a/b"], ["a/c"])).toBe(0);
  });

  it("follows T = (Σ c(a, B) + Σ c(b, A)) / (|A| + |B|) over tags ∪ NACE", () => {
    // A = {a/b, C28}, B = {a/b, a, J62}: c(a/b,B)=1, c(C28,B)=0, c(a/b,A)=1, c(a,A)=0.5, c(J62,A)=0 → 2.5 / 5
    const input = matchInput([profile({ id: "c", tags: ["a/b", "a"], nace: ["J62"] })]);
    input.profiles = input.profiles.map((entry) => (entry.id === "req" ? { ...entry, tags: ["a/b"], nace: ["C28"] } : entry));
    expect(factorsOf(input, "c").topic).toBe(0.5);
  });
});

describe("text: TF-IDF cosine after language detection, stop words and stemming", () => {
  it("a German and an English profile on the same subject share terms through the bilingual term list", () => {
    const input = matchInput([
      profile({ id: "en", title: "Predictive maintenance with sensor data analytics", summary: "Vibration sensors for pumps." }),
      profile({ id: "other", title: "Chemical recycling of plastic waste", summary: "Solvent based process." }),
    ]);
    input.profiles = input.profiles.map((entry) =>
      entry.id === "req"
        ? { ...entry, title: "Vorausschauende Wartung durch Sensordatenanalyse", summary: "Schwingungssensoren an Pumpen." }
        : entry,
    );
    const corpus = corpusOf(input);
    const en = explainPair("req", "en", corpus, { asOf: "2026-06-30" });
    const other = explainPair("req", "other", corpus, { asOf: "2026-06-30" });
    if (!en.eligible || !other.eligible) throw new Error("both should be eligible");
    expect(en.factors.text).toBeGreaterThan(0.5);
    expect(other.factors.text).toBe(0);
    expect(en.sharedTerms).toEqual(expect.arrayContaining(["Vorausschauende Wartung", "Pumpen"]));
  });

  it("weighs (1 + ln tf) × (ln((1 + N) / (1 + df)) + 1), drops terms of a single text, and counts each text once", () => {
    const text = (...terms: string[]) => countTerms(terms.map((term) => ({ term, surface: term.toUpperCase() })));
    const a = text("s:x", "s:y", "s:x");
    expect(a).toEqual({ terms: ["s:x", "s:y"], counts: Int32Array.from([2, 1]), surfaces: ["S:X", "S:Y"] });
    const { vectors, terms } = fitTfIdf([a, text("s:x", "s:z"), text("s:w", "s:y")]);
    expect(terms).toEqual(["s:x", "s:y", "s:z", "s:w"]);
    const idf = Math.log(4 / 3) + 1;
    const [x, y] = [(1 + Math.log(2)) * idf, idf];
    expect([...(vectors[0]?.termIds ?? [])]).toEqual([0, 1]);
    const [wx, wy] = vectors[0]?.weights ?? [];
    expect(wx).toBeCloseTo(x / Math.hypot(x, y), 12);
    expect(wy).toBeCloseTo(y / Math.hypot(x, y), 12);
    expect([...(vectors[1]?.termIds ?? [])]).toEqual([0]);
    expect([...(vectors[1]?.weights ?? [])]).toEqual([1]);
  });

  it("texts without a shared term have text similarity 0", () => {
    const input = matchInput([profile({ id: "c", title: "Kühlkette", description: "Lebensmittel" })]);
    expect(factorsOf(input, "c").text).toBe(0);
  });
});

describe("partnership: Jaccard of the partnership types sought", () => {
  it("is |A ∩ B| / |A ∪ B| and 0 when either side is empty", () => {
    const a = partnershipMask(["technical-cooperation", "licence-agreement"]);
    const b = partnershipMask(["technical-cooperation", "distribution", "joint-venture"]);
    expect(partnershipOverlap(a, b)).toBe(1 / 4);
    expect(partnershipOverlap(a, 0)).toBe(0);
    expect(partnershipOverlap(a, a)).toBe(1);
  });
});

describe("geography: haversine distance against the requester cluster's radius", () => {
  it("uses R = 6371 km (Mannheim–Stuttgart offices about 94.3 km apart)", () => {
    expect(haversineKm(49.49, 8.47, 48.78, 9.18)).toBeCloseTo(94.3, 1);
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo((6371 * Math.PI) / 180, 9);
  });

  it("is 1 within the radius (boundary included) and r / d beyond it", () => {
    expect(geographyFactor(70, 70)).toBe(1);
    expect(geographyFactor(140, 70)).toBe(0.5);
  });

  it("measures from the requester's cluster office to the candidate's organisation", () => {
    // si office (49.49, 8.47), radius 70; o4 in Hamburg ≈ 459 km away.
    const input = matchInput([profile({ id: "c", org: "o4" })]);
    input.clusters = input.clusters.map((cluster) => (cluster.id === "si" ? { ...cluster, openMatchmaking: true } : cluster));
    const distance = haversineKm(49.49, 8.47, 53.55, 10.0);
    expect(factorsOf(input, "c").geography).toBe(Math.round((70 / distance) * 100) / 100);
  });

  it("radiusKm defaults to 150", () => {
    const parsed = matchInputSchema.parse(matchInput([]));
    expect(parsed.clusters.find((cluster) => cluster.id === "bw")?.radiusKm).toBe(150);
  });
});

describe("actors: the complementarity matrix", () => {
  it("scores 1 for a company with a research or education actor, 1 for SME with large, 0.5 otherwise", () => {
    expect(actorsFactor("sme", "rd")).toBe(1);
    expect(actorsFactor("university", "large")).toBe(1);
    expect(actorsFactor("training", "sme")).toBe(1);
    expect(actorsFactor("sme", "large")).toBe(1);
    expect(actorsFactor("sme", "sme")).toBe(0.5);
    expect(actorsFactor("rd", "university")).toBe(0.5);
    expect(actorsFactor("consultant", "sme")).toBe(0.5);
  });
});

describe("type weight", () => {
  it("is 1 for BO↔BR, TO↔TR, RD↔RD, 0.5 for TO↔RD and TR↔RD, 0 otherwise", () => {
    expect([typeWeight("BO", "BR"), typeWeight("TR", "TO"), typeWeight("RD", "RD")]).toEqual([1, 1, 1]);
    expect([typeWeight("RD", "TO"), typeWeight("TR", "RD")]).toEqual([0.5, 0.5]);
    expect([typeWeight("BO", "TO"), typeWeight("BR", "RD"), typeWeight("TO", "TO")]).toEqual([0, 0, 0]);
  });
});

describe("reciprocity", () => {
  it("is 1 when another pair of the two organisations' profiles is eligible both ways", () => {
    // o1 also has a BR; o2 has a BO visible to si → (bo, br) is another mutual pair.
    const input = matchInput([
      profile({ id: "to", org: "o2" }),
      profile({ id: "bo", org: "o2", type: "BO" }),
      profile({ id: "br", org: "o1", type: "BR" }),
    ]);
    expect(factorsOf(input, "to").reciprocity).toBe(1);
  });

  it("is 0 when the only mutual pair is the pair itself", () => {
    expect(factorsOf(matchInput([profile({ id: "to", org: "o2" })]), "to").reciprocity).toBe(0);
  });

  it("is 0 when the other pair is eligible in one direction only (reach)", () => {
    // o3 (bw) has a BO with reach my-cluster: si cannot see it, so (bo, br) is not mutual.
    const input = matchInput([
      profile({ id: "to", org: "o3" }),
      profile({ id: "bo", org: "o3", type: "BO", reach: "my-cluster" }),
      profile({ id: "br", org: "o1", type: "BR" }),
    ]);
    expect(factorsOf(input, "to").reciprocity).toBe(0);
  });
});

describe("score", () => {
  it("is 100 × typeWeight × Σ weight × factor, rounded to 1 decimal, factors to 2", () => {
    const output = matchProfiles(
      matchInputSchema.parse(matchInput([profile({ id: "rd", type: "RD", partnerships: ["technical-cooperation"] })])),
    );
    const [match] = output.matches;
    // Same cluster, within 70 km? o2 is 51 km from the si office → geography 1; sme–rd actors 1; partnership 1.
    expect(match?.typeWeight).toBe(0.5);
    const { factors } = match ?? { factors: { topic: 0, text: 0, partnership: 0, geography: 0, actors: 0, reciprocity: 0 } };
    expect(factors).toMatchObject({ topic: 0, text: 0, partnership: 1, geography: 1, actors: 1, reciprocity: 0 });
    expect(match?.score).toBe(Math.round(100 * 0.5 * (0.1 + 0.1 + 0.05) * 10) / 10);
  });
});
