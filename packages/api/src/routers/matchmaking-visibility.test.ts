import { setConsent } from "@clusterwerk/db";
import { cooperationProfiles, memberships } from "@clusterwerk/db/schema";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday, type MatchMember, matchMember, profileIn } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { type Caller, callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

async function managerOf(clusterId: string): Promise<Caller> {
  const user = await createUser(ctx.db, { passwordHash: "x" });
  await grantRole(ctx.db, user.id, { kind: "manager", clusterId });
  return callerFor(ctx.db, user.id);
}

/**
 * DOMAIN.md §5.2, enforced in the query: the viewer is a member of cluster S. P is an active partner (S
 * proposed, P accepted); R proposed to S and S accepted; Q was proposed only; D declined; O has no
 * partnership; N has nothing. `visible()` is what the viewer may be matched with.
 */
describe("who can match whom (DOMAIN.md §5.2)", () => {
  let viewer: MatchMember;
  const ids: Record<string, string> = {};
  let clusterIds: Record<"S" | "P" | "R" | "Q" | "D" | "O" | "N", string>;
  let managers: Record<"S" | "P" | "R" | "Q" | "D", Caller>;
  const members: Record<string, MatchMember> = {};

  const visible = async () => new Set((await viewer.caller.cooperation.browse({ ...viewer.scope, limit: 100 })).items.map((row) => row.id));
  const profile = async (key: string, member: MatchMember, overrides: Parameters<typeof profileIn>[2] = {}) => {
    ids[key] = await profileIn(ctx.db, member, { published: true, ...overrides });
  };

  beforeAll(async () => {
    const make = async () => (await createCluster(ctx.db)).id;
    clusterIds = { S: await make(), P: await make(), R: await make(), Q: await make(), D: await make(), O: await make(), N: await make() };
    managers = {
      S: await managerOf(clusterIds.S),
      P: await managerOf(clusterIds.P),
      R: await managerOf(clusterIds.R),
      Q: await managerOf(clusterIds.Q),
      D: await managerOf(clusterIds.D),
    };
    viewer = await matchMember(ctx.db, clusterIds.S);
    for (const key of ["S", "P", "R", "Q", "D", "O", "N"] as const) members[key] = await matchMember(ctx.db, clusterIds[key]);

    const toP = await managers.S.clusterPartnership.propose({ clusterId: clusterIds.S, partnerClusterId: clusterIds.P });
    await managers.P.clusterPartnership.respond({ partnershipId: toP.id, accept: true });
    const fromR = await managers.R.clusterPartnership.propose({ clusterId: clusterIds.R, partnerClusterId: clusterIds.S });
    await managers.S.clusterPartnership.respond({ partnershipId: fromR.id, accept: true });
    await managers.S.clusterPartnership.propose({ clusterId: clusterIds.S, partnerClusterId: clusterIds.Q });
    const toD = await managers.S.clusterPartnership.propose({ clusterId: clusterIds.S, partnerClusterId: clusterIds.D });
    await managers.D.clusterPartnership.respond({ partnershipId: toD.id, accept: false });

    for (const reach of ["my-cluster", "partner-clusters", "all-clusters"] as const) {
      for (const key of ["S", "P", "R", "Q", "D", "O", "N"] as const) {
        const member = members[key];
        if (member) await profile(`${key}:${reach}`, member, { reach });
      }
    }
  });

  it("§5.2 within one cluster every published profile is visible, whatever its reach", async () => {
    const seen = await visible();
    for (const reach of ["my-cluster", "partner-clusters", "all-clusters"]) expect(seen.has(ids[`S:${reach}`] ?? "")).toBe(true);
  });

  it("§5.2 never the same organisation: the viewer's own profiles are not among the candidates", async () => {
    await profile("own", viewer);
    expect((await visible()).has(ids.own ?? "")).toBe(false);
  });

  it("§5.2 an active partnership opens partner-clusters and all-clusters profiles, whichever cluster proposed it", async () => {
    const seen = await visible();
    for (const key of ["P", "R"]) {
      expect(seen.has(ids[`${key}:partner-clusters`] ?? "")).toBe(true);
      expect(seen.has(ids[`${key}:all-clusters`] ?? "")).toBe(true);
    }
  });

  it("§5.2 reach my-cluster never crosses a partnership", async () => {
    const seen = await visible();
    for (const key of ["P", "R"]) expect(seen.has(ids[`${key}:my-cluster`] ?? "")).toBe(false);
  });

  it("§5.2 a proposed, declined or missing partnership opens nothing", async () => {
    const seen = await visible();
    for (const key of ["Q", "D", "O", "N"]) {
      for (const reach of ["my-cluster", "partner-clusters", "all-clusters"]) expect(seen.has(ids[`${key}:${reach}`] ?? "")).toBe(false);
    }
  });

  it("§5.2 open matchmaking of the viewer's cluster opens all-clusters profiles of every cluster, not partner-clusters ones", async () => {
    await managers.S.clusterPartnership.setOpenMatchmaking({ clusterId: clusterIds.S, open: true });
    const seen = await visible();
    for (const key of ["O", "N", "Q", "D"]) {
      expect(seen.has(ids[`${key}:all-clusters`] ?? "")).toBe(true);
      expect(seen.has(ids[`${key}:partner-clusters`] ?? "")).toBe(false);
      expect(seen.has(ids[`${key}:my-cluster`] ?? "")).toBe(false);
    }
    await managers.S.clusterPartnership.setOpenMatchmaking({ clusterId: clusterIds.S, open: false });
    expect((await visible()).has(ids["O:all-clusters"] ?? "")).toBe(false);
  });

  it("§5.2 only the viewer's cluster's opt-in counts: another cluster in open matchmaking is not seen for that", async () => {
    const managerO = await managerOf(clusterIds.O);
    await managerO.clusterPartnership.setOpenMatchmaking({ clusterId: clusterIds.O, open: true });
    expect((await visible()).has(ids["O:all-clusters"] ?? "")).toBe(false);
    await managerO.clusterPartnership.setOpenMatchmaking({ clusterId: clusterIds.O, open: false });
  });

  it("§5.2 withdrawing consent to matchmaking removes the organisation's profiles; granting it again restores them", async () => {
    const partner = members.P;
    if (!partner) throw new Error("partner member missing");
    await setConsent(ctx.db, partner.organisationId, "matchmaking", false, null);
    expect((await visible()).has(ids["P:partner-clusters"] ?? "")).toBe(false);
    await setConsent(ctx.db, partner.organisationId, "matchmaking", true, null);
    expect((await visible()).has(ids["P:partner-clusters"] ?? "")).toBe(true);
  });

  it("consent per purpose: without cross-cluster sharing a profile stays in its own cluster", async () => {
    const local = await matchMember(ctx.db, clusterIds.P, { crossCluster: false });
    const neighbour = await matchMember(ctx.db, clusterIds.S, { crossCluster: false });
    const hidden = await profileIn(ctx.db, local, { published: true, reach: "all-clusters" });
    const sameCluster = await profileIn(ctx.db, neighbour, { published: true, reach: "partner-clusters" });
    const seen = await visible();
    expect(seen.has(hidden)).toBe(false);
    expect(seen.has(sameCluster)).toBe(true);
  });

  it("§5.1 expired, draft and closed profiles are never matched", async () => {
    const member = members.S;
    if (!member) throw new Error("member missing");
    const draft = await profileIn(ctx.db, member);
    const closed = await profileIn(ctx.db, member, { published: true });
    await member.caller.cooperation.close({ ...member.scope, profileId: closed });
    const lastDay = await profileIn(ctx.db, member, { published: true, validUntil: dayFromToday(0) });
    const expired = await profileIn(ctx.db, member, { published: true });
    await ctx.db
      .update(cooperationProfiles)
      .set({ validUntil: dayFromToday(-1) })
      .where(eq(cooperationProfiles.id, expired));
    const seen = await visible();
    expect(seen.has(draft)).toBe(false);
    expect(seen.has(closed)).toBe(false);
    expect(seen.has(expired)).toBe(false);
    expect(seen.has(lastDay)).toBe(true);
  });

  it("an organisation that left the profile's cluster is no longer matched there", async () => {
    const leaver = await matchMember(ctx.db, clusterIds.S);
    const gone = await profileIn(ctx.db, leaver, { published: true });
    expect((await visible()).has(gone)).toBe(true);
    await ctx.db
      .update(memberships)
      .set({ status: "left", leftOn: dayFromToday(-1) })
      .where(and(eq(memberships.organisationId, leaver.organisationId), eq(memberships.clusterId, clusterIds.S)));
    expect((await visible()).has(gone)).toBe(false);
  });

  it("a profile not visible to the viewer is NOT_FOUND when named", async () => {
    expect(await failure(viewer.caller.cooperation.get({ ...viewer.scope, profileId: ids["N:all-clusters"] ?? "" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("partnerships: only the invited cluster answers, nobody partners itself or twice", async () => {
    const proposal = await managers.Q.clusterPartnership.overview({ clusterId: clusterIds.Q });
    const pending = proposal.partnerships.find((row) => row.otherClusterId === clusterIds.S);
    expect(pending).toMatchObject({ status: "proposed", proposedByUs: false });
    expect(await failure(managers.S.clusterPartnership.respond({ partnershipId: pending?.id ?? "", accept: true }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(managers.Q.clusterPartnership.propose({ clusterId: clusterIds.Q, partnerClusterId: clusterIds.S }))).toMatchObject(
      {
        code: "CONFLICT",
        message: "partnershipExists",
      },
    );
    expect(await failure(managers.S.clusterPartnership.propose({ clusterId: clusterIds.S, partnerClusterId: clusterIds.S }))).toMatchObject(
      {
        code: "BAD_REQUEST",
        message: "partnershipWithItself",
      },
    );
    const overview = await managers.S.clusterPartnership.overview({ clusterId: clusterIds.S });
    expect(overview.candidates.map((row) => row.id)).not.toContain(clusterIds.P);
    expect(overview.candidates.map((row) => row.id)).toContain(clusterIds.D);
  });
});
