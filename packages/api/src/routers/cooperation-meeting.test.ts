import { proposePartnership, respondToPartnership, schema } from "@clusterwerk/db";
import { createCluster } from "@clusterwerk/db/testing/factories";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday, type MatchMember, matchMember, profileIn } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { meetingTimeIn, meetingWith } from "../test/meeting-fixtures";
import { setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** Cluster S and its active partner P; N is no partner. A (in S) requests meetings with B (in P). */
describe("meetings from match to partnership (DOMAIN.md §5.4)", () => {
  let a: MatchMember;
  let b: MatchMember;
  let n: MatchMember;
  let colleague: MatchMember;
  let aProfile: string;
  let bProfile: string;

  const meetingRows = async () => ctx.db.select().from(schema.cooperationMeetings);
  const mailsTo = async (userId: string) => {
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, userId));
    return ctx.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, user?.email ?? ""));
  };
  const request = (overrides: Partial<Parameters<MatchMember["caller"]["cooperationMeeting"]["request"]>[0]> = {}) =>
    a.caller.cooperationMeeting.request({
      ...a.scope,
      profileId: aProfile,
      targetProfileId: bProfile,
      message: "We would like to talk about vibration sensors.",
      proposedTimes: [meetingTimeIn(24), meetingTimeIn(48)],
      ...overrides,
    });

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

  it("a hidden profile (a non-partner cluster's) is NOT_FOUND and nothing is stored", async () => {
    const hidden = await profileIn(ctx.db, n, { published: true, type: "TO", reach: "all-clusters" });
    expect((await failure(request({ targetProfileId: hidden }))).code).toBe("NOT_FOUND");
    expect(await meetingRows()).toHaveLength(0);
  });

  it("a request to one's own organisation is refused on the field and nothing is stored", async () => {
    const own = await profileIn(ctx.db, a, { published: true, type: "TO" });
    const refused = await failure(request({ targetProfileId: own }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "targetProfileId", fieldMessage: "meetingWithOwnOrganisation" });
    expect(await meetingRows()).toHaveLength(0);
  });

  it("a proposed time in the past is refused on its field; more than three times too", async () => {
    const past = await failure(request({ proposedTimes: [meetingTimeIn(24), meetingTimeIn(-1)] }));
    expect(past).toMatchObject({ code: "BAD_REQUEST", field: "proposedTimes.1", fieldMessage: "timeInPast" });
    const many = await failure(request({ proposedTimes: [1, 2, 3, 4].map((day) => meetingTimeIn(24 * day)) }));
    expect(many).toMatchObject({ field: "proposedTimes", fieldMessage: "tooLong" });
    expect(await meetingRows()).toHaveLength(0);
  });

  it("only the asked organisation answers; it accepts at a proposed time; a second answer changes nothing", async () => {
    const { id } = await request();
    expect(await ctx.db.select().from(schema.notifications).where(eq(schema.notifications.userId, b.userId))).toHaveLength(1);
    expect((await mailsTo(b.userId)).length).toBeGreaterThan(0);
    expect((await failure(a.caller.cooperationMeeting.respond({ ...a.scope, meetingId: id, accept: true, timeIndex: 0 }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(colleague.caller.cooperationMeeting.respond({ ...colleague.scope, meetingId: id, accept: false }))).code).toBe(
      "NOT_FOUND",
    );
    const missing = await failure(b.caller.cooperationMeeting.respond({ ...b.scope, meetingId: id, accept: true, timeIndex: 2 }));
    expect(missing).toMatchObject({ field: "timeIndex" });
    await b.caller.cooperationMeeting.respond({ ...b.scope, meetingId: id, accept: true, timeIndex: 1 });
    const again = await failure(b.caller.cooperationMeeting.respond({ ...b.scope, meetingId: id, accept: false }));
    expect(again.message).toBe("meetingStateChanged");
    const [row] = await meetingRows();
    expect(row?.status).toBe("accepted");
    expect(row?.chosenTime).toEqual(row?.proposedTimes[1]);
    const { items } = await a.caller.notification.list({});
    expect(items.map((item) => item.kind)).toContain("meeting-accepted");
  });

  it("an outcome waits for the meeting's time; an agreement needs a held meeting", async () => {
    const upcoming = await meetingWith(ctx.db, a, { status: "accepted", hoursFromNow: 5 });
    const early = await failure(a.caller.cooperationMeeting.recordOutcome({ ...a.scope, meetingId: upcoming, outcome: "held" }));
    expect(early.message).toBe("meetingNotYetDue");
    const past = await meetingWith(ctx.db, a, { status: "accepted", hoursFromNow: -3, asked: true });
    const agreement = { type: "technical-cooperation" as const, date: dayFromToday(0), note: "Pilot in Q3" };
    const tooSoon = await failure(a.caller.cooperationMeeting.recordAgreement({ ...a.scope, meetingId: past, ...agreement }));
    expect(tooSoon.message).toBe("meetingStateChanged");
    await a.caller.cooperationMeeting.recordOutcome({ ...a.scope, meetingId: past, outcome: "held" });
    await a.caller.cooperationMeeting.recordAgreement({ ...a.scope, meetingId: past, ...agreement });
    const meeting = await a.caller.cooperationMeeting.get({ ...a.scope, meetingId: past });
    expect(meeting).toMatchObject({ status: "held", agreementType: "technical-cooperation", agreementNote: "Pilot in Q3" });
  });

  it("an agreement dated in the future is refused on its field", async () => {
    const held = await meetingWith(ctx.db, a, { status: "held", hoursFromNow: -3 });
    const future = await failure(
      a.caller.cooperationMeeting.recordAgreement({ ...a.scope, meetingId: held, type: "distribution", date: dayFromToday(3), note: null }),
    );
    expect(future).toMatchObject({ field: "date", fieldMessage: "dateInFuture" });
  });

  it("lists incoming and outgoing meetings apart; notifications are one's own and are marked read", async () => {
    const outgoing = await a.caller.cooperationMeeting.mine({ ...a.scope, side: "outgoing" });
    const incoming = await b.caller.cooperationMeeting.mine({ ...b.scope, side: "incoming" });
    expect(outgoing.items.length).toBeGreaterThan(0);
    expect(incoming.items.map((row) => row.id)).toEqual(expect.arrayContaining(outgoing.items.slice(-1).map((row) => row.id)));
    const [first] = (await b.caller.notification.list({})).items;
    if (!first) throw new Error("no notification");
    expect((await failure(a.caller.notification.markRead({ notificationId: first.id }))).code).toBe("NOT_FOUND");
    expect(await b.caller.notification.unreadCount()).toBeGreaterThan(0);
    await b.caller.notification.markRead({});
    expect(await b.caller.notification.unreadCount()).toBe(0);
  });
});
