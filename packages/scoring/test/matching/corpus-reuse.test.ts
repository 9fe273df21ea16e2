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
  it("a corpus prepared with the previous corpus's analysed texts equals one prepared from scratch", () => {
    const world = syntheticWorld(3, 4, 300);
    const before = prepareMatchCorpus(world);
    const next = edited(world);
    expect(comparable(prepareMatchCorpus(next, before.analysedTexts))).toEqual(comparable(prepareMatchCorpus(next)));
  });

  it("keeps only the texts of the profiles it was prepared from", () => {
    const world = syntheticWorld(5, 3, 120);
    const before = prepareMatchCorpus(world);
    const next = edited(world);
    const after = prepareMatchCorpus(next, before.analysedTexts);
    const texts = new Set(next.profiles.map((profile) => `${profile.title}\n${profile.summary}\n${profile.description}`));
    expect(new Set(after.analysedTexts.keys())).toEqual(texts);
  });
});
