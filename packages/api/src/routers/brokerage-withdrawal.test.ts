import { schema } from "@clusterwerk/db";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { brokerageDay, type BrokerageDayOptions, MINUTE } from "../test/brokerage-day";
import { failure } from "../test/failure";
import { type Caller, setUpWorld } from "../test/world";

const ctx = setUpWorld();
const makeDay = (n: number, options?: BrokerageDayOptions) => brokerageDay(ctx, n, options);

/** People 0..n-1 of a day, or a failed test. */
function peopleOf<T>(people: readonly T[], n: number): T[] {
  if (people.length < n) throw new Error("people");
  return people.slice(0, n);
}

/** The person's calendar feed entries of brokerage meetings (what `/api/calendar/<token>.ics` renders). */
async function feedOf(person: { api: Caller }) {
  const { feedToken } = await person.api.event.renewFeed();
  return async () => (await person.api.event.feed({ token: feedToken }))?.agendas.flatMap((agenda) => agenda.entries) ?? [];
}

describe("withdrawing from a brokerage day (DOMAIN.md §5.5)", () => {
  it("§5.5 withdrawing withdraws the participant's pending requests, sent and received; answered ones stay", async () => {
    const day = await makeDay(4);
    const [p0, p1, p2, p3] = peopleOf(day.people, 4);
    if (!p0 || !p1 || !p2 || !p3) throw new Error("people");
    const sent = await p0.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p1.registrationId, message: null, priority: 2 });
    const received = await p2.api.brokerage.request({
      eventId: day.eventId,
      toRegistrationId: p0.registrationId,
      message: null,
      priority: 2,
    });
    await day.meet(0, 3);
    await p0.api.brokerage.withdraw({ eventId: day.eventId });
    const rows = await ctx.db
      .select({ id: schema.brokerageRequests.id, status: schema.brokerageRequests.status })
      .from(schema.brokerageRequests)
      .where(inArray(schema.brokerageRequests.id, [sent.id, received.id]));
    expect(rows.map((r) => r.status)).toEqual(["withdrawn", "withdrawn"]);
    const accepted = await ctx.db
      .select({ status: schema.brokerageRequests.status })
      .from(schema.brokerageRequests)
      .where(
        and(
          eq(schema.brokerageRequests.fromRegistrationId, p0.registrationId),
          eq(schema.brokerageRequests.toRegistrationId, p3.registrationId),
        ),
      );
    expect(accepted.map((r) => r.status)).toEqual(["accepted"]);
  });

  it("§5.5 withdrawing removes the participant's meetings from the schedule, and later runs do not place them", async () => {
    const day = await makeDay(3);
    const kept = await day.meet(1, 2);
    const removed = await day.meet(0, 1);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const [p0] = peopleOf(day.people, 1);
    await p0?.api.brokerage.withdraw({ eventId: day.eventId });
    const afterWithdrawal = new Map((await day.meetings()).map((m) => [m.id, m]));
    expect(afterWithdrawal.get(removed)).toMatchObject({ slot: null, tableNumber: null, locked: false, withdrawn: true });
    expect(afterWithdrawal.get(kept)?.slot).not.toBeNull();
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const afterRun = new Map((await day.meetings()).map((m) => [m.id, m]));
    expect(afterRun.get(removed)?.slot).toBeNull();
    expect(afterRun.get(kept)?.slot).not.toBeNull();
    const view = await day.organiser.brokerage.manage({ eventId: day.eventId });
    expect(view.participants?.map((p) => p.registrationId)).not.toContain(p0?.registrationId);
  });

  it("§5.5 a withdrawn participant is no participant: no requests from or to them, no second withdrawal", async () => {
    const day = await makeDay(2);
    const [p0, p1] = peopleOf(day.people, 2);
    if (!p0 || !p1) throw new Error("people");
    await p0.api.brokerage.withdraw({ eventId: day.eventId });
    const view = await p0.api.brokerage.participant({ eventId: day.eventId });
    expect(view).toMatchObject({ registrationId: null });
    expect("withdrawnAt" in view && view.withdrawnAt).toBeInstanceOf(Date);
    const to = await failure(
      p1.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p0.registrationId, message: null, priority: 2 }),
    );
    expect(to).toMatchObject({ code: "NOT_FOUND", message: "brokerageNotParticipant" });
    const from = await failure(
      p0.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p1.registrationId, message: null, priority: 2 }),
    );
    expect(from).toMatchObject({ code: "BAD_REQUEST", message: "brokerageNotParticipant" });
    expect((await failure(p0.api.brokerage.withdraw({ eventId: day.eventId }))).message).toBe("brokerageNotParticipant");
    const others = await p1.api.brokerage.participant({ eventId: day.eventId });
    expect("participants" in others && others.participants.map((p) => p.registrationId)).toEqual([]);
  });

  it("§5.5 the counterparts of the participant's meetings and pending requests are notified in the portal and by mail", async () => {
    const day = await makeDay(4);
    const [p0, p1, p2, p3] = peopleOf(day.people, 4);
    if (!p0 || !p1 || !p2 || !p3) throw new Error("people");
    await day.meet(0, 1);
    await p2.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p0.registrationId, message: null, priority: 2 });
    const result = await p0.api.brokerage.withdraw({ eventId: day.eventId });
    expect(result.notified).toBe(2);
    const notified = async (userId: string) =>
      ctx.db
        .select({ kind: schema.notifications.kind, link: schema.notifications.link })
        .from(schema.notifications)
        .where(eq(schema.notifications.userId, userId));
    for (const person of [p1, p2]) {
      const notices = await notified(person.userId);
      expect(notices.map((n) => n.kind)).toEqual(["brokerage-withdrawn"]);
      expect(notices[0]?.link).toContain(`/events/${day.eventId}/brokerage`);
      const [user] = await ctx.db.select({ email: schema.users.email }).from(schema.users).where(eq(schema.users.id, person.userId));
      const mails = await ctx.db
        .select()
        .from(schema.mailOutbox)
        .where(eq(schema.mailOutbox.to, user?.email ?? ""));
      expect(mails).toHaveLength(1);
      expect(mails[0]?.subject).toContain("Withdrawal from the brokerage day");
    }
    expect(await notified(p3.userId)).toEqual([]);
    expect(await notified(p0.userId)).toEqual([]);
  });
});

/** Two people with one meeting, scheduled and published, and both feeds as they read before anyone left. */
async function scheduledPair() {
  const day = await makeDay(2);
  const [p0, p1] = peopleOf(day.people, 2);
  if (!p0 || !p1) throw new Error("people");
  const meetingId = await day.meet(0, 1);
  await day.organiser.brokerage.run({ eventId: day.eventId });
  await day.organiser.brokerage.publish({ eventId: day.eventId });
  const feeds = [await feedOf(p0), await feedOf(p1)];
  const before = await Promise.all(feeds.map((feed) => feed()));
  return { day, p0, p1, meetingId, feeds, before };
}

type Feed = Awaited<ReturnType<typeof feedOf>>;

/** Each feed holds the meeting once more: under its UID as cancelled, at the times it had, SEQUENCE one higher. */
async function expectCancelledInPlace(feeds: readonly Feed[], before: readonly Awaited<ReturnType<Feed>>[], meetingId: string) {
  for (const [index, feed] of feeds.entries()) {
    const [was] = before[index] ?? [];
    const now = await feed();
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ meetingId, cancelled: true, startsAt: was?.startsAt, endsAt: was?.endsAt, table: null });
    expect(now[0]?.sequence).toBe((was?.sequence ?? 0) + 1);
  }
}

describe("calendar feeds update removed meetings in place (DOMAIN.md §5.5)", () => {
  it("§5.5 after a withdrawal both feeds keep the meeting under its UID as cancelled, at its time, SEQUENCE one higher", async () => {
    const { day, p0, p1, meetingId, feeds, before } = await scheduledPair();
    await p0.api.brokerage.withdraw({ eventId: day.eventId });
    await expectCancelledInPlace(feeds, before, meetingId);
    const agenda = await p1.api.brokerage.agenda({ eventId: day.eventId });
    expect(agenda.entries).toEqual([]);
    expect(agenda.calendar.map((entry) => [entry.meetingId, entry.cancelled])).toEqual([[meetingId, true]]);
  });

  it("§5.5 giving up the seat withdraws from the day: both feeds, the person's own included, keep the meeting as cancelled, SEQUENCE one higher", async () => {
    const { day, p0, p1, meetingId, feeds, before } = await scheduledPair();
    expect(before.map((entries) => entries.map((entry) => [entry.meetingId, entry.cancelled]))).toEqual([
      [[meetingId, false]],
      [[meetingId, false]],
    ]);

    await p0.api.event.cancelRegistration({ eventId: day.eventId });

    await expectCancelledInPlace(feeds, before, meetingId);
    expect((await day.meetings()).find((m) => m.id === meetingId)).toMatchObject({ slot: null, withdrawn: true });
    const notices = await ctx.db
      .select({ kind: schema.notifications.kind })
      .from(schema.notifications)
      .where(eq(schema.notifications.userId, p1.userId));
    expect(notices.map((n) => n.kind)).toEqual(["brokerage-withdrawn"]);
  });

  it("§5.5 a meeting a re-run leaves without a place is cancelled in the feed at its last times; a placed one is confirmed", async () => {
    const day = await makeDay(2, { slots: 3 });
    const [p0, p1] = peopleOf(day.people, 2);
    if (!p0 || !p1) throw new Error("people");
    const meetingId = await day.meet(0, 1);
    await p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(0), endsAt: day.at(1) }] });
    await day.organiser.brokerage.run({ eventId: day.eventId });
    await day.organiser.brokerage.publish({ eventId: day.eventId });
    const feed = await feedOf(p1);
    expect(await feed()).toMatchObject([{ meetingId, cancelled: false, startsAt: day.sessionStart, table: 1 }]);
    await p1.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(1), endsAt: day.at(3) }] });
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const [entry] = await feed();
    expect(entry).toMatchObject({ meetingId, cancelled: true, startsAt: day.sessionStart });
    expect(entry?.endsAt.getTime()).toBe(day.sessionStart.getTime() + 20 * MINUTE);
  });

  it("§5.5 a meeting that never had a place is not in the feed", async () => {
    const day = await makeDay(2);
    const [p0, p1] = peopleOf(day.people, 2);
    if (!p0 || !p1) throw new Error("people");
    await day.meet(0, 1);
    await day.organiser.brokerage.publish({ eventId: day.eventId });
    await p0.api.brokerage.withdraw({ eventId: day.eventId });
    expect(await (await feedOf(p1))()).toEqual([]);
  });

  it("the organiser's day calendar lists every placed meeting with both people, removed ones as cancelled; a removed one cannot be locked", async () => {
    const day = await makeDay(3);
    const stays = await day.meet(1, 2);
    const removed = await day.meet(0, 1);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const [p0] = peopleOf(day.people, 1);
    await p0?.api.brokerage.withdraw({ eventId: day.eventId });
    const { meetings } = await day.organiser.brokerage.dayCalendar({ eventId: day.eventId });
    const byId = new Map(meetings.map((m) => [m.meetingId, m]));
    const placed = byId.get(stays);
    expect(placed?.cancelled).toBe(false);
    expect(typeof placed?.table).toBe("number");
    expect([placed?.aName, placed?.bName].every((name) => typeof name === "string" && name.length > 0)).toBe(true);
    expect(byId.get(removed)).toMatchObject({ cancelled: true, table: null });
    expect(meetings).toHaveLength(2);
    const lock = await failure(day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: removed, slot: 0, table: null }));
    expect(lock.code).toBe("NOT_FOUND");
  });
});
