import { describe, expect, it } from "vitest";
import { explainPair, matchInputSchema, matchProfiles } from "../../src/matching";
import { corpusOf, matchInput, profile } from "./fixtures";

const run = (input: ReturnType<typeof matchInput>) => matchProfiles(matchInputSchema.parse(input));
const excludedReason = (input: ReturnType<typeof matchInput>, id: string) =>
  run(input).excluded.find((entry) => entry.profile === id)?.reason;

describe("eligibility and exclusion (DOMAIN.md §5.2)", () => {
  it("same-org: a profile of the requester's own organisation is never matched", () => {
    expect(excludedReason(matchInput([profile({ id: "c", org: "o1", type: "TO" })]), "c")).toBe("same-org");
  });

  it("type: only complementary types match (TR does not match TR or BO)", () => {
    const input = matchInput([profile({ id: "tr", type: "TR" }), profile({ id: "bo", type: "BO" })]);
    expect(excludedReason(input, "tr")).toBe("type");
    expect(excludedReason(input, "bo")).toBe("type");
  });

  it("expired: a candidate whose validUntil is before asOf is excluded; validUntil = asOf still counts", () => {
    const input = matchInput([profile({ id: "old", validUntil: "2026-06-29" }), profile({ id: "today", validUntil: "2026-06-30" })]);
    expect(excludedReason(input, "old")).toBe("expired");
    expect(run(input).matches.map((match) => match.profile)).toContain("today");
  });

  it("consent: profiles of an organisation that withdrew consent are excluded", () => {
    const input = matchInput([profile({ id: "c", org: "o3" })]);
    input.organisations = input.organisations.map((organisation) =>
      organisation.id === "o3" ? { ...organisation, consent: false } : organisation,
    );
    expect(excludedReason(input, "c")).toBe("consent");
  });

  it("reach: my-cluster profiles of another cluster are invisible, even to a partner cluster", () => {
    expect(excludedReason(matchInput([profile({ id: "c", org: "o3", reach: "my-cluster" })]), "c")).toBe("reach");
  });

  it("reach: within one cluster every profile is visible, whatever its reach", () => {
    expect(run(matchInput([profile({ id: "c", org: "o2", reach: "my-cluster" })])).matches.map((match) => match.profile)).toEqual(["c"]);
  });

  it("reach: partner-clusters profiles are visible to an actively partnered cluster only", () => {
    const input = matchInput([
      profile({ id: "partner", org: "o3", reach: "partner-clusters" }),
      profile({ id: "stranger", org: "o4", reach: "partner-clusters" }),
    ]);
    expect(run(input).matches.map((match) => match.profile)).toEqual(["partner"]);
    expect(excludedReason(input, "stranger")).toBe("reach");
  });

  it("reach: all-clusters profiles are visible across clusters only to partners or to clusters with open matchmaking", () => {
    const closed = matchInput([profile({ id: "c", org: "o4", reach: "all-clusters" })]);
    expect(excludedReason(closed, "c")).toBe("reach");
    const open = {
      ...closed,
      clusters: closed.clusters.map((cluster) => (cluster.id === "si" ? { ...cluster, openMatchmaking: true } : cluster)),
    };
    expect(run(open).matches.map((match) => match.profile)).toEqual(["c"]);
  });

  it("reasons are checked in the order same-org, type, expired, consent, reach", () => {
    const input = matchInput([
      profile({ id: "a", org: "o1", type: "TR", validUntil: "2020-01-01" }),
      profile({ id: "b", org: "o4", type: "BO", validUntil: "2020-01-01", reach: "my-cluster" }),
      profile({ id: "c", org: "o4", validUntil: "2020-01-01", reach: "my-cluster" }),
      profile({ id: "d", org: "o3", reach: "my-cluster" }),
    ]);
    input.organisations = input.organisations.map((organisation) =>
      organisation.id === "o3" ? { ...organisation, consent: false } : organisation,
    );
    expect(run(input).excluded).toEqual([
      { profile: "a", reason: "same-org" },
      { profile: "b", reason: "type" },
      { profile: "c", reason: "expired" },
      { profile: "d", reason: "consent" },
    ]);
  });

  it("every ineligible profile appears once in excluded, the requester itself never", () => {
    const input = matchInput([profile({ id: "x", type: "TR" }), profile({ id: "y", org: "o1" }), profile({ id: "ok" })]);
    const excluded = run(input).excluded.map((entry) => entry.profile);
    expect(excluded).toEqual(["x", "y"]);
  });

  it("an expired requester gets no matches", () => {
    const input = matchInput([profile({ id: "c" })]);
    input.profiles = input.profiles.map((entry) => (entry.id === "req" ? { ...entry, validUntil: "2026-01-01" } : entry));
    expect(run(input).matches).toEqual([]);
  });

  it("a requester whose organisation withdrew consent gets no matches", () => {
    const input = matchInput([profile({ id: "c" })]);
    input.organisations = input.organisations.map((organisation) =>
      organisation.id === "o1" ? { ...organisation, consent: false } : organisation,
    );
    expect(run(input).matches).toEqual([]);
  });

  it("explainPair names the reason a profile is not matched, and requester-side blocks", () => {
    const input = matchInput([profile({ id: "bo", type: "BO" }), profile({ id: "ok" })]);
    const corpus = corpusOf(input);
    expect(explainPair("req", "bo", corpus, { asOf: "2026-06-30" })).toEqual({ profile: "bo", eligible: false, reason: "type" });
    expect(explainPair("req", "ok", corpus, { asOf: "2028-01-01" })).toEqual({
      profile: "ok",
      eligible: false,
      reason: "requester-expired",
    });
    expect(explainPair("req", "req", corpus, { asOf: "2026-06-30" })).toMatchObject({ eligible: false, reason: "same-profile" });
  });
});
