import { type CooperationProfile, type MatchData, matchDataSchema, type MatchInput, prepareMatchCorpus } from "../../src/matching";

/**
 * A small world for rule tests: cluster "si" (Mannheim, 70 km) partnered with "bw" (Stuttgart), and
 * "far" (Hamburg, open matchmaking) without partners. Organisations: o1 SME in si (the requester's),
 * o2 research institute in si, o3 large company in bw, o4 SME in far.
 */
export const baseWorld = {
  clusters: [
    { id: "si", lat: 49.49, lon: 8.47, radiusKm: 70 },
    { id: "bw", lat: 48.78, lon: 9.18 },
    { id: "far", lat: 53.55, lon: 9.99, openMatchmaking: true },
  ],
  partnerships: [["si", "bw"]] as [string, string][],
  organisations: [
    { id: "o1", cluster: "si", category: "sme" as const, lat: 49.41, lon: 8.69 },
    { id: "o2", cluster: "si", category: "rd" as const, lat: 49.44, lon: 7.77 },
    { id: "o3", cluster: "bw", category: "large" as const, lat: 48.8, lon: 9.2 },
    { id: "o4", cluster: "far", category: "sme" as const, lat: 53.55, lon: 10.0 },
  ],
};

type ProfileInput = Partial<Omit<CooperationProfile, "id">> & { id: string };

/** A profile with harmless defaults: a technology offer of o2, visible to all clusters, valid in 2027. */
export function profile(fields: ProfileInput): MatchInput["profiles"][number] {
  return { org: "o2", type: "TO", reach: "all-clusters", validUntil: "2027-12-31", ...fields };
}

/** The requester used by most tests: a technology request of o1 (si). */
export const requester = profile({
  id: "req",
  org: "o1",
  type: "TR",
  title: "Vorausschauende Wartung mit Sensordaten",
  tags: ["digitalisation/iot-sensors"],
  nace: ["C28"],
  partnerships: ["technical-cooperation"],
});

export function matchInput(profiles: MatchInput["profiles"], overrides: Partial<MatchInput> = {}): MatchInput {
  return { asOf: "2026-06-30", for: "req", ...baseWorld, profiles: [requester, ...profiles], ...overrides };
}

export function corpusOf(input: MatchInput): ReturnType<typeof prepareMatchCorpus> {
  const data: MatchData = matchDataSchema.parse(input);
  return prepareMatchCorpus(data);
}
