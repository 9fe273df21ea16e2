import { describe, expect, it } from "vitest";
import { buildMatchIndex, buildMatchIndexSteps, prepareMatchCorpus, prepareMatchCorpusSteps, type Steps } from "../../src/matching";
import { syntheticWorld } from "./synthetic-world";

/** Runs `steps` to the end and counts its pauses. */
function pausesOf<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

// The portal builds its match index in slices between requests (packages/api run-sliced.ts); a slice can
// only end at a pause, so the work between two pauses must stay one profile's, never a whole pass.
describe("the match corpus and index are built in steps of one profile", () => {
  const world = syntheticWorld(4, 5, 200);
  const profiles = world.profiles.length;

  it("preparing the corpus pauses after each profile in each of its four passes and computes what prepareMatchCorpus does", () => {
    const { value, pauses } = pausesOf(prepareMatchCorpusSteps(world));
    // analysis, term counting, vectors, prepared profiles
    expect(pauses).toBe(4 * profiles);
    expect(value.profiles).toEqual(prepareMatchCorpus(world).profiles);
  });

  it("building the index pauses after each profile in both of its passes and computes what buildMatchIndex does", () => {
    const corpus = prepareMatchCorpus(world);
    const { value, pauses } = pausesOf(buildMatchIndexSteps(corpus));
    // postings and buckets, profile codes
    expect(pauses).toBe(2 * profiles);
    expect(value).toEqual(buildMatchIndex(corpus));
  });
});
