import { describe, expect, it } from "vitest";
import {
  buildMatchIndex,
  findMatchesExhaustive,
  findMatchesIndexed,
  matchInputSchema,
  matchProfiles,
  sharesSubject,
  sharesTechnologyTag,
  SUBJECT_TEXT_MIN,
} from "../../src/matching";
import { corpusOf, matchInput, profile } from "./fixtures";

/**
 * "near" shares no subject with the request (other tags, other words) but wins every preference
 * factor: o3 is a large company (actors 1 with the SME requester), same partnership type. "subject"
 * shares only the field of the tag (topic 0.2) and nothing else: o4 is far away in an open cluster, other partnership type.
 */
const input = matchInput(
  [
    profile({
      id: "near",
      org: "o3",
      title: "Lackieranlage für Kunststoffteile",
      tags: ["production/painting"],
      nace: ["C22"],
      partnerships: ["technical-cooperation"],
    }),
    profile({
      id: "subject",
      org: "o4",
      title: "Lizenz für ein Messverfahren",
      tags: ["digitalisation", "food/packaging", "food/hygiene"],
      partnerships: ["licence-agreement"],
    }),
  ],
  {
    clusters: [
      { id: "si", lat: 49.49, lon: 8.47, radiusKm: 70, openMatchmaking: true },
      { id: "bw", lat: 48.78, lon: 9.18 },
      { id: "far", lat: 53.55, lon: 9.99, openMatchmaking: true },
    ],
  },
);

describe("§5.3 ranking: a shared subject comes before preference factors", () => {
  it("a candidate sharing no subject never outranks one that does, even with the higher score", () => {
    const { matches } = matchProfiles(matchInputSchema.parse(input));
    const near = matches.find((entry) => entry.profile === "near");
    const subject = matches.find((entry) => entry.profile === "subject");
    expect(near && subject && near.score > subject.score).toBe(true);
    expect(near?.factors.topic).toBe(0);
    expect(matches.map((entry) => entry.profile)).toEqual(["subject", "near"]);
  });

  it("the indexed search ranks alike to the exhaustive one", () => {
    const corpus = corpusOf(input);
    const ids = (list: { candidate: { id: string } }[]) => list.map((entry) => entry.candidate.id);
    const settings = { asOf: "2026-06-30" };
    expect(ids(findMatchesIndexed(buildMatchIndex(corpus), "req", settings))).toEqual(ids(findMatchesExhaustive(corpus, "req", settings)));
  });

  it("a shared subject is a technology tag (also parent or child) or text at least SUBJECT_TEXT_MIN; a shared NACE code is not", () => {
    expect(sharesTechnologyTag(["digitalisation/iot-sensors"], ["digitalisation"])).toBe(true);
    expect(sharesTechnologyTag(["digitalisation/iot-sensors", "M72"], ["sustainability/hydrogen", "M72"])).toBe(false);
    const corpus = corpusOf(input);
    const [requester, near] = ["req", "near"].map((id) => corpus.profiles[corpus.profileIndex.get(id) ?? -1]);
    if (!requester || !near) throw new Error("fixture profiles missing");
    expect(sharesSubject(requester, near, SUBJECT_TEXT_MIN)).toBe(true);
    expect(sharesSubject(requester, near, SUBJECT_TEXT_MIN - 0.01)).toBe(false);
  });
});
