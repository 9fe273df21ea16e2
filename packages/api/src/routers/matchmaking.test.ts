import { profileUpdatedAt } from "@clusterwerk/db";
import { cooperationProfiles } from "@clusterwerk/db/schema";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { findMatchesIndexed } from "@clusterwerk/scoring/matching";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { calendarDayOf } from "../calendar-day";
import { type BuiltIndex, MatchIndexCache, matchIndexCache } from "../cooperation/match-index-cache";
import { type MatchMember, matchMember, profileIn } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

const sensorOffer = {
  type: "TO" as const,
  title: "Vibration sensors for predictive maintenance",
  summary: "Our IoT sensors detect bearing wear in machine tools early; we offer them with data analytics for maintenance.",
  reach: "all-clusters" as const,
};

/**
 * The requester is a member of S asking for IoT sensors (TR). P is an active partner of S; N has no relation.
 * Matches come from the instance's index, filtered by the visibility query.
 */
describe("matches with their explanation (DOMAIN.md §5.2–5.3)", () => {
  let requester: MatchMember;
  let neighbour: MatchMember;
  let partner: MatchMember;
  let stranger: MatchMember;
  let request: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const [s, p, n] = [await createCluster(ctx.db), await createCluster(ctx.db), await createCluster(ctx.db)];
    requester = await matchMember(ctx.db, s.id);
    neighbour = await matchMember(ctx.db, s.id);
    partner = await matchMember(ctx.db, p.id);
    stranger = await matchMember(ctx.db, n.id);
    const manager = await createUser(ctx.db);
    await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: s.id });
    const partnerManager = await createUser(ctx.db);
    await grantRole(ctx.db, partnerManager.id, { kind: "manager", clusterId: p.id });
    const proposal = await (await callerFor(ctx.db, manager.id)).clusterPartnership.propose({ clusterId: s.id, partnerClusterId: p.id });
    await (await callerFor(ctx.db, partnerManager.id)).clusterPartnership.respond({ partnershipId: proposal.id, accept: true });

    request = await profileIn(ctx.db, requester, { published: true });
    ids.partnerOffer = await profileIn(ctx.db, partner, { published: true, ...sensorOffer });
    ids.partnerGerman = await profileIn(ctx.db, partner, {
      published: true,
      type: "TO",
      language: "de",
      title: "Sensorik für vorausschauende Wartung",
      summary: "Wir bieten IoT-Sensoren zur Zustandsüberwachung von Werkzeugmaschinen.",
      reach: "partner-clusters",
    });
    ids.neighbourOffer = await profileIn(ctx.db, neighbour, { published: true, ...sensorOffer, reach: "my-cluster" });
    ids.neighbourRequest = await profileIn(ctx.db, neighbour, { published: true });
    ids.neighbourResearch = await profileIn(ctx.db, neighbour, { published: true, ...sensorOffer, type: "RD" });
    ids.strangerOffer = await profileIn(ctx.db, stranger, { published: true, ...sensorOffer });
  });

  const matchesOf = async (limit = 10) =>
    (await requester.caller.matchmaking.matches({ ...requester.scope, profileId: request, limit })).matches;

  it("§5.3 ranked matches from the own and a partner cluster, each with factors, points, matched tags and shared terms", async () => {
    const matches = await matchesOf();
    const found = matches.map((match) => match.profile);
    expect(found).toEqual(expect.arrayContaining([ids.partnerOffer, ids.partnerGerman, ids.neighbourOffer]));
    const first = matches[0];
    expect(first?.score).toBeGreaterThan(0);
    expect(first?.matchedTags.map((tag) => tag.code)).toContain("digitalisation/iot-sensors");
    expect(first?.matchedTags[0]?.label.de).toBeTruthy();
    expect(first?.sharedTerms.length).toBeGreaterThan(0);
    expect(Object.keys(first?.contributions ?? {})).toEqual(["topic", "text", "partnership", "geography", "actors", "reciprocity"]);
    const scores = matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("§5.2 a profile of a non-partner cluster never shows, even with reach all-clusters", async () => {
    expect((await matchesOf(50)).map((match) => match.profile)).not.toContain(ids.strangerOffer);
    expect(
      await failure(requester.caller.matchmaking.whyNot({ ...requester.scope, profileId: request, candidateId: ids.strangerOffer ?? "" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("§5.2 complementary types only: a request is not matched with another request; RD with TR at half weight", async () => {
    const matches = await matchesOf(50);
    expect(matches.map((match) => match.profile)).not.toContain(ids.neighbourRequest);
    expect(matches.find((match) => match.profile === ids.neighbourResearch)?.typeWeight).toBe(0.5);
    const why = await requester.caller.matchmaking.whyNot({
      ...requester.scope,
      profileId: request,
      candidateId: ids.neighbourRequest ?? "",
    });
    expect(why.explanation).toMatchObject({ eligible: false, reason: "type" });
  });

  it("why not: an eligible pair gets each factor's points; the own organisation's profile is same-org; a draft requester is blocked", async () => {
    const why = await requester.caller.matchmaking.whyNot({ ...requester.scope, profileId: request, candidateId: ids.partnerOffer ?? "" });
    expect(why.explanation).toMatchObject({ eligible: true });
    const own = await profileIn(ctx.db, requester, { published: true, ...sensorOffer });
    const same = await requester.caller.matchmaking.whyNot({ ...requester.scope, profileId: request, candidateId: own });
    expect(same.explanation).toMatchObject({ eligible: false, reason: "same-org" });
    const draft = await profileIn(ctx.db, requester);
    expect(await requester.caller.matchmaking.matches({ ...requester.scope, profileId: draft })).toMatchObject({
      blocked: "draft",
      matches: [],
    });
  });

  it("another organisation's profile cannot be matched for (NOT_FOUND)", async () => {
    expect(await failure(requester.caller.matchmaking.matches({ ...requester.scope, profileId: ids.neighbourOffer ?? "" }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("freshness: the requester's own edit shows at once; a candidate's close shows at once (visibility query) and a new candidate after one rebuild", async () => {
    await requester.caller.cooperation.update({
      ...requester.scope,
      profileId: request,
      ...{
        type: "TR",
        language: "en",
        title: "Additive manufacturing partner wanted",
        summary: "We need 3D printing of metal parts for prototypes.",
        description: null,
        technologyTags: ["production/additive-manufacturing"],
        nace: ["C25"],
        partnershipTypes: ["subcontracting"],
        reach: "partner-clusters",
        validUntil: calendarDayOf(new Date(Date.now() + 90 * 86_400_000)),
      },
    });
    const printing = await profileIn(ctx.db, partner, {
      published: true,
      type: "TO",
      title: "Metal 3D printing for prototypes",
      summary: "Additive manufacturing of metal parts.",
      technologyTags: ["production/additive-manufacturing"],
    });
    let found = (await matchesOf()).map((match) => match.profile);
    expect(found[0]).toBe(printing);
    await partner.caller.cooperation.close({ ...partner.scope, profileId: printing });
    found = (await matchesOf()).map((match) => match.profile);
    expect(found).not.toContain(printing);
  });

  it("several instances over one database give the same answers (each checks the database's high-water mark)", async () => {
    const other = new MatchIndexCache();
    const asOf = calendarDayOf(new Date());
    // A rebuild the previous test started may still be reading; a change made meanwhile is picked up by the next
    // request, not by that rebuild. Let it finish first, so the one rebuild awaited below reads the change.
    await matchIndexCache.settled();
    const [row] = await ctx.db.select().from(cooperationProfiles).where(eq(cooperationProfiles.id, request));
    if (!row) throw new Error("request missing");
    await ctx.db
      .update(cooperationProfiles)
      .set({ summary: "We need metal 3D printing and sensors.", updatedAt: new Date() })
      .where(eq(cooperationProfiles.id, ids.partnerOffer ?? ""));
    await matchesOf();
    await matchIndexCache.settled();
    const params = { asOf, profileId: request, profileUpdatedAt: row.updatedAt };
    const [mine, theirs] = [await matchIndexCache.indexFor(ctx.db, params), await other.indexFor(ctx.db, params)];
    expect(theirs.version).toBe(mine.version);
    const ranked = (built: typeof mine) =>
      findMatchesIndexed(built.index, request, { asOf, limit: 20 }).map((e) => [e.candidate.id, e.score]);
    expect(ranked(theirs)).toEqual(ranked(mine));
  });
});

/**
 * Background rebuilds of one instance's index coalesce (issue 11 item 4: a changed profile shows within seconds,
 * no request waits for a full recomputation). The cache under test waits an hour between background rebuilds,
 * so no build starts on its own during the test, however slow the machine: only a request for a changed profile
 * or `settled()` starts one.
 */
describe("match index cache: background rebuilds coalesce, a changed profile's own request does not wait for them", () => {
  const cache = new MatchIndexCache(3_600_000);
  const asOf = calendarDayOf(new Date());
  let asking: string;
  let edited: string;

  beforeAll(async () => {
    const member = await matchMember(ctx.db, (await createCluster(ctx.db)).id);
    asking = await profileIn(ctx.db, member, { published: true });
    edited = await profileIn(ctx.db, member, { published: true, ...sensorOffer });
  });

  const request = async (profileId: string) => {
    const updatedAt = await profileUpdatedAt(ctx.db, profileId);
    if (!updatedAt) throw new Error("profile missing");
    return cache.indexFor(ctx.db, { asOf, profileId, profileUpdatedAt: updatedAt });
  };
  const analysisOf = (built: BuiltIndex, profileId: string) =>
    [...built.index.corpus.analysedProfiles].find(([profile]) => profile.id === profileId)?.[1];
  const write = async (summary: string) => {
    const updatedAt = new Date();
    await ctx.db.update(cooperationProfiles).set({ summary, updatedAt }).where(eq(cooperationProfiles.id, edited));
    return updatedAt.getTime();
  };

  it("several writes in quick succession cause one coalesced background rebuild, not one per write", async () => {
    const first = await request(asking);
    const builds = cache.builds;
    let last = 0;
    for (const summary of ["Sensors, first edit.", "Sensors, second edit.", "Sensors, third edit."]) {
      last = await write(summary);
      expect(await request(asking)).toBe(first);
    }
    expect(cache.builds).toBe(builds);
    await cache.settled();
    expect(cache.builds).toBe(builds + 1);
    const rebuilt = await request(asking);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.profileVersions.get(edited)).toBe(last);
    expect(cache.builds).toBe(builds + 1);
    // The rebuild analysed only the edited text: the unchanged profile's analysis is the one of the first build.
    expect(analysisOf(rebuilt, asking)).toBe(analysisOf(first, asking));
    expect(analysisOf(rebuilt, edited)).not.toBe(analysisOf(first, edited));
  });

  it("a request for the just-changed profile gets a fresh index at once, which also serves the scheduled rebuild", async () => {
    const before = await request(asking);
    const builds = cache.builds;
    const changedAt = await write("Sensors, edited once more.");
    expect(await request(asking)).toBe(before);
    const fresh = await request(edited);
    expect(fresh.profileVersions.get(edited)).toBe(changedAt);
    expect(cache.builds).toBe(builds + 1);
    await cache.settled();
    expect(cache.builds).toBe(builds + 1);
    expect(await request(asking)).toBe(fresh);
  });

  it("the first request of a new day waits for a rebuild that refreshes the previous day's rows and keeps their analysis", async () => {
    const today = await request(asking);
    const updatedAt = await profileUpdatedAt(ctx.db, asking);
    if (!updatedAt) throw new Error("profile missing");
    const tomorrow = calendarDayOf(new Date(Date.now() + 86_400_000));
    const next = await cache.indexFor(ctx.db, { asOf: tomorrow, profileId: asking, profileUpdatedAt: updatedAt });
    expect(next.asOf).toBe(tomorrow);
    expect(next.world.profiles.find((row) => row.id === asking)).toBe(today.world.profiles.find((row) => row.id === asking));
    expect(analysisOf(next, asking)).toBe(analysisOf(today, asking));
  });
});
