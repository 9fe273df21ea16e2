import { proposePartnership, respondToPartnership, schema } from "@clusterwerk/db";
import { createCluster } from "@clusterwerk/db/testing/factories";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type MatchMember, matchMember, profileIn } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** Cluster S and its active partner P; N is no partner. A (in S) asks for sensors; B (in P) offers them. */
describe("express interest in a match (DOMAIN.md §5.4)", () => {
  let a: MatchMember;
  let b: MatchMember;
  let n: MatchMember;
  let colleague: MatchMember;
  let aProfile: string;
  let bProfile: string;

  const interestRows = () => ctx.db.select().from(schema.cooperationInterests);
  const notificationsOf = (userId: string) => ctx.db.select().from(schema.notifications).where(eq(schema.notifications.userId, userId));
  const mailsTo = async (userId: string) => {
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, userId));
    return ctx.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, user?.email ?? ""));
  };
  const express = (targetProfileId = bProfile, profileId = aProfile) =>
    a.caller.cooperationInterest.express({ ...a.scope, profileId, targetProfileId });
  const rowOf = async (member: MatchMember, profileId: string, candidate: string) =>
    (await member.caller.matchmaking.matches({ ...member.scope, profileId })).matches.find((match) => match.profile === candidate);

  beforeAll(async () => {
    const s = (await createCluster(ctx.db)).id;
    const p = (await createCluster(ctx.db)).id;
    const none = (await createCluster(ctx.db)).id;
    const partnership = await proposePartnership(ctx.db, { proposerClusterId: s, partnerClusterId: p });
    if (!partnership) throw new Error("no partnership");
    await respondToPartnership(ctx.db, { partnershipId: partnership, clusterId: p, accept: true });
    a = await matchMember(ctx.db, s);
    b = await matchMember(ctx.db, p);
    n = await matchMember(ctx.db, none);
    colleague = await matchMember(ctx.db, s);
    aProfile = await profileIn(ctx.db, a, { published: true });
    bProfile = await profileIn(ctx.db, b, { published: true, type: "TO" });
  });

  it("§5.2 interest in a profile the member may not see (a non-partner cluster's) is NOT_FOUND and nothing is stored", async () => {
    const hidden = await profileIn(ctx.db, n, { published: true, type: "TO", reach: "all-clusters" });
    expect((await failure(express(hidden))).code).toBe("NOT_FOUND");
    expect(await interestRows()).toHaveLength(0);
    expect(await notificationsOf(n.userId)).toHaveLength(0);
  });

  it("interest in a profile of one's own organisation is refused with its message and nothing is stored", async () => {
    const own = await profileIn(ctx.db, a, { published: true, type: "TO" });
    expect(await failure(express(own))).toMatchObject({ code: "BAD_REQUEST", message: "interestInOwnOrganisation" });
    expect(await interestRows()).toHaveLength(0);
  });

  it("interest from a draft profile is refused and nothing is stored", async () => {
    const draft = await profileIn(ctx.db, a);
    expect(await failure(express(bProfile, draft))).toMatchObject({ code: "BAD_REQUEST", message: "profileStateChanged" });
    expect(await interestRows()).toHaveLength(0);
  });

  it("§5.4 interest notifies the other organisation's contact persons in the portal and by mail; both match rows show it", async () => {
    await express();
    const [notice] = await notificationsOf(b.userId);
    expect(notice?.kind).toBe("interest-expressed");
    expect(notice?.link).toMatch(new RegExp(`^/c/[^/]+/cooperation/${bProfile}$`));
    expect(notice?.subject).toContain("Predictive maintenance");
    expect((await mailsTo(b.userId)).map((mail) => mail.subject)).toEqual([expect.stringContaining("Interest in your profile")]);
    expect(await notificationsOf(colleague.userId)).toHaveLength(0);
    expect((await rowOf(a, aProfile, bProfile))?.interest).toEqual({ sent: true, received: false });
    expect((await rowOf(b, bProfile, aProfile))?.interest).toEqual({ sent: false, received: true });
  });

  it("once per pair: a second interest is refused with its message, nothing more is stored or notified", async () => {
    expect(await failure(express())).toMatchObject({ code: "CONFLICT", message: "interestExists" });
    expect(await interestRows()).toHaveLength(1);
    expect(await notificationsOf(b.userId)).toHaveLength(1);
  });

  it("mutual interest: when the other side answers with interest, both rows show it both ways", async () => {
    await b.caller.cooperationInterest.express({ ...b.scope, profileId: bProfile, targetProfileId: aProfile });
    expect((await notificationsOf(a.userId)).map((row) => row.kind)).toEqual(["interest-expressed"]);
    expect((await rowOf(a, aProfile, bProfile))?.interest).toEqual({ sent: true, received: true });
    expect((await rowOf(b, bProfile, aProfile))?.interest).toEqual({ sent: true, received: true });
  });

  it("withdrawing removes the interest from both sides; withdrawing again, or another's, is NOT_FOUND", async () => {
    expect(await a.caller.cooperationInterest.withdraw({ ...a.scope, profileId: aProfile, targetProfileId: bProfile })).toEqual({
      withdrawn: true,
    });
    expect((await rowOf(a, aProfile, bProfile))?.interest).toEqual({ sent: false, received: true });
    expect((await rowOf(b, bProfile, aProfile))?.interest).toEqual({ sent: true, received: false });
    const again = await failure(a.caller.cooperationInterest.withdraw({ ...a.scope, profileId: aProfile, targetProfileId: bProfile }));
    expect(again).toMatchObject({ code: "NOT_FOUND", message: "interestNotFound" });
    const others = await failure(a.caller.cooperationInterest.withdraw({ ...a.scope, profileId: bProfile, targetProfileId: aProfile }));
    expect(others.code).toBe("NOT_FOUND");
    expect(await interestRows()).toHaveLength(1);
  });
});
