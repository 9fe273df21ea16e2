import { describe, expect, it } from "vitest";
import { type MatchCorpus, type MatchData, prepareMatchCorpus } from "../../src/matching";
import { syntheticWorld } from "./synthetic-world";

/** What matching reads from a corpus: the term list and each profile's vector, without the reuse map itself. */
const comparable = (corpus: MatchCorpus) => ({ terms: corpus.terms, profiles: corpus.profiles });

/** The world after one profile's text changed, one was removed and one was added. */
function edited(world: MatchData): MatchData {
  const [first, second, ...rest] = world.profiles;
  if (!first || !second) throw new Error("the synthetic world has profiles");
  const changed = { ...first, description: `${first.description} Wasserstoff-Elektrolyse und predictive maintenance.` };
  const added = { ...second, id: "added", title: "Digital twin for battery recycling lines" };
  return { ...world, profiles: [changed, ...rest, added] };
}

describe("the match corpus reuses analysed texts across rebuilds", () => {
  it("a corpus prepared with the previous corpus's analysed profiles equals one prepared from scratch", () => {
    const world = syntheticWorld(3, 4, 300);
    const before = prepareMatchCorpus(world);
    const next = edited(world);
    expect(comparable(prepareMatchCorpus(next, before.analysedProfiles))).toEqual(comparable(prepareMatchCorpus(next)));
  });

  it("reuses the analysis of every unchanged profile object, analyses the edited and the new, and keeps only the profiles it was prepared from", () => {
    const world = syntheticWorld(5, 3, 120);
    const before = prepareMatchCorpus(world);
    const next = edited(world);
    const after = prepareMatchCorpus(next, before.analysedProfiles);
    expect(new Set(after.analysedProfiles.keys())).toEqual(new Set(next.profiles));
    const [changed, ...unchanged] = next.profiles;
    const added = unchanged.pop();
    for (const profile of unchanged) expect(after.analysedProfiles.get(profile)).toBe(before.analysedProfiles.get(profile));
    for (const profile of [changed, added]) {
      if (!profile) throw new Error("edited() changes one profile and adds one");
      expect(before.analysedProfiles.has(profile)).toBe(false);
      expect(after.analysedProfiles.get(profile)?.terms.length).toBeGreaterThan(0);
    }
  });

  it("analyses a text shared by several new profiles once", () => {
    const world = syntheticWorld(6, 2, 40);
    const [first] = world.profiles;
    if (!first) throw new Error("the synthetic world has profiles");
    const twin = { ...first, id: "twin" };
    const corpus = prepareMatchCorpus({ ...world, profiles: [...world.profiles, twin] });
    expect(corpus.analysedProfiles.get(twin)).toBe(corpus.analysedProfiles.get(first));
  });
});
