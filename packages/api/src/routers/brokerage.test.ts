import { schema } from "@clusterwerk/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { brokerageDay, type BrokerageDayOptions, local, MINUTE } from "../test/brokerage-day";
import { setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();
const makeDay = (n: number, options?: BrokerageDayOptions) => brokerageDay(ctx, n, options);

describe("brokerage days (DOMAIN.md §5.5) as the portal enforces them", () => {
  it("§5.5 only accepted requests are scheduled: a pending or declined request gets no meeting", async () => {
    const day = await makeDay(3);
    const [p0, p1, p2] = day.people;
    if (!p0 || !p1 || !p2) throw new Error("people");
    await p0.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p1.registrationId, message: "Kurz sprechen?", priority: 1 });
    const declined = await p0.api.brokerage.request({
      eventId: day.eventId,
      toRegistrationId: p2.registrationId,
      message: null,
      priority: 3,
    });
    await p2.api.brokerage.respond({ eventId: day.eventId, requestId: declined.id, accept: false });
    await day.organiser.brokerage.run({ eventId: day.eventId });
    expect(await day.meetings()).toEqual([]);
    const incoming = await p1.api.brokerage.participant({ eventId: day.eventId });
    expect("incoming" in incoming && incoming.incoming.map((r) => [r.message, r.priority, r.status])).toEqual([
      ["Kurz sprechen?", 1, "pending"],
    ]);
  });

  it("§5.5 a request to each other is mutual consent: both accepted, one mutual meeting", async () => {
    const day = await makeDay(2);
    const [p0, p1] = day.people;
    if (!p0 || !p1) throw new Error("people");
    await p0.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p1.registrationId, message: null, priority: 2 });
    const back = await p1.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p0.registrationId, message: null, priority: 2 });
    expect(back.status).toBe("accepted");
    expect((await day.meetings()).map((m) => m.mutual)).toEqual([true]);
  });

  it("a meeting request to oneself is refused and changes nothing", async () => {
    const day = await makeDay(2);
    const [p0] = day.people;
    if (!p0) throw new Error("people");
    const refused = await failure(
      p0.api.brokerage.request({ eventId: day.eventId, toRegistrationId: p0.registrationId, message: null, priority: 2 }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "brokerageRequestToSelf" });
    const rows = await ctx.db
      .select()
      .from(schema.brokerageRequests)
      .where(eq(schema.brokerageRequests.fromRegistrationId, p0.registrationId));
    expect(rows).toEqual([]);
  });

  it("§5.5 availability: a window outside the event is refused and the windows stay as they were", async () => {
    const day = await makeDay(2);
    const [p0] = day.people;
    if (!p0) throw new Error("people");
    await p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(0), endsAt: day.at(2) }] });
    const before = local(new Date(day.sessionStart.getTime() - 60 * MINUTE));
    const refused = await failure(
      p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: before, endsAt: day.at(1) }] }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "brokerageAvailabilityOutside" });
    const view = await p0.api.brokerage.participant({ eventId: day.eventId });
    expect("windows" in view && view.windows).toEqual([{ startsAt: day.at(0), endsAt: day.at(2) }]);
  });

  it("§5.5 availability: meetings are placed only in slots both marked; none in common gives no-common-slot", async () => {
    const day = await makeDay(3);
    const [p0, p1, p2] = day.people;
    if (!p0 || !p1 || !p2) throw new Error("people");
    await p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(0), endsAt: day.at(2) }] });
    await p1.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(1), endsAt: day.at(3) }] });
    await p2.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(4), endsAt: day.at(6) }] });
    const both = await day.meet(0, 1);
    const none = await day.meet(0, 2);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const byId = new Map((await day.meetings()).map((m) => [m.id, m]));
    expect(byId.get(both)?.slot).toBe(1);
    expect(byId.get(none)).toMatchObject({ slot: null, reason: "no-common-slot" });
  });

  it("§5.5 capacity: at most `tables` meetings per slot; the one left out is unplaced for capacity", async () => {
    const day = await makeDay(4, { slots: 1, tables: 1 });
    await day.meet(0, 1);
    await day.meet(2, 3);
    const result = await day.organiser.brokerage.run({ eventId: day.eventId });
    expect(result).toMatchObject({ placed: 1, unplaced: 1 });
    const meetings = await day.meetings();
    expect(meetings.filter((m) => m.slot === 0).map((m) => m.tableNumber)).toEqual([1]);
    expect(meetings.filter((m) => m.slot === null).map((m) => m.reason)).toEqual(["capacity"]);
  });

  it("§5.5 nobody twice in a slot: three meetings of one person take three slots", async () => {
    const day = await makeDay(4, { slots: 3 });
    await day.meet(0, 1);
    await day.meet(0, 2);
    await day.meet(0, 3);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    expect(new Set((await day.meetings()).map((m) => m.slot))).toEqual(new Set([0, 1, 2]));
  });

  it("§5.5 locks: a re-run keeps a locked meeting in its slot; agenda SEQUENCE rises only for moved meetings", async () => {
    const day = await makeDay(3, { slots: 3 });
    const locked = await day.meet(0, 1);
    const other = await day.meet(1, 2);
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: locked, slot: 2, table: 4 });
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const first = new Map((await day.meetings()).map((m) => [m.id, m]));
    expect(first.get(locked)).toMatchObject({ slot: 2, tableNumber: 4, locked: true });
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const second = new Map((await day.meetings()).map((m) => [m.id, m]));
    expect(second.get(locked)).toMatchObject({ slot: 2, tableNumber: 4, locked: true, sequence: first.get(locked)?.sequence });
    expect(second.get(other)?.sequence).toBe(first.get(other)?.sequence);
    const { runs } = await day.organiser.brokerage.manage({ eventId: day.eventId });
    expect(runs?.map((r) => r.placed)).toEqual([2, 2]);
  });

  it("§5.5 locks: two locked meetings of one participant in one slot are refused and nothing changes", async () => {
    const day = await makeDay(3, { slots: 3 });
    const first = await day.meet(0, 1);
    const second = await day.meet(0, 2);
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: first, slot: 1, table: null });
    const before = await day.meetings();
    const refused = await failure(day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: second, slot: 1, table: null }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "brokerageLockOverlap" });
    expect(await day.meetings()).toEqual(before);
  });

  it("§5.5 locks: a second lock at the same table in one slot is refused", async () => {
    const day = await makeDay(4, { slots: 2 });
    const first = await day.meet(0, 1);
    const second = await day.meet(2, 3);
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: first, slot: 0, table: 3 });
    const refused = await failure(day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: second, slot: 0, table: 3 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "brokerageLockTableTaken" });
  });

  it("§5.5 locks: a lock where a participant is unavailable is refused, and availability may not strand a lock", async () => {
    const day = await makeDay(2, { slots: 3 });
    const [p0] = day.people;
    if (!p0) throw new Error("people");
    const meeting = await day.meet(0, 1);
    await p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(0), endsAt: day.at(1) }] });
    expect(await failure(day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: meeting, slot: 2, table: null }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "brokerageLockUnavailable",
    });
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: meeting, slot: 0, table: null });
    const stranding = p0.api.brokerage.setAvailability({ eventId: day.eventId, windows: [{ startsAt: day.at(1), endsAt: day.at(3) }] });
    expect(await failure(stranding)).toMatchObject({ code: "BAD_REQUEST", message: "brokerageAvailabilityLocked" });
  });

  it("§5.5 locks: locks may not fill more than the slot's tables", async () => {
    const day = await makeDay(4, { slots: 2, tables: 1 });
    const first = await day.meet(0, 1);
    const second = await day.meet(2, 3);
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: first, slot: 0, table: null });
    expect(await failure(day.organiser.brokerage.lock({ eventId: day.eventId, meetingId: second, slot: 0, table: null }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "brokerageLockTablesFull",
    });
  });

  it("the session must lie within its event", async () => {
    const day = await makeDay(1);
    const refused = await failure(
      day.organiser.brokerage.saveSession({
        eventId: day.eventId,
        startsAt: local(new Date(day.sessionStart.getTime() - 30 * MINUTE)),
        endsAt: day.at(2),
        slotMinutes: 20,
        tables: 5,
        requestDeadline: null,
      }),
    );
    expect(refused).toMatchObject({ code: "BAD_REQUEST", message: "brokerageSessionOutsideEvent" });
  });

  it("agendas appear to participants only once the schedule is published", async () => {
    const day = await makeDay(2);
    const [p0] = day.people;
    if (!p0) throw new Error("people");
    await day.meet(0, 1);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    const hidden = await p0.api.brokerage.participant({ eventId: day.eventId });
    expect("agenda" in hidden && hidden.agenda).toBeNull();
    expect((await failure(p0.api.brokerage.agenda({ eventId: day.eventId }))).code).toBe("NOT_FOUND");
    await day.organiser.brokerage.publish({ eventId: day.eventId });
    const agenda = await p0.api.brokerage.agenda({ eventId: day.eventId });
    expect(agenda.entries).toHaveLength(1);
    expect(agenda.entries[0]?.startsAt).toEqual(day.sessionStart);
  });

  it("§5.5 the calendar feed keeps one entry per meeting: same id after a move, SEQUENCE one higher", async () => {
    const day = await makeDay(2, { slots: 3 });
    const [p0] = day.people;
    if (!p0) throw new Error("people");
    const meetingId = await day.meet(0, 1);
    await day.organiser.brokerage.run({ eventId: day.eventId });
    await day.organiser.brokerage.publish({ eventId: day.eventId });
    const { feedToken } = await p0.api.event.renewFeed();
    const entriesOf = async () => (await p0.api.event.feed({ token: feedToken }))?.agendas.flatMap((a) => a.entries) ?? [];
    const [before] = await entriesOf();
    const target = before?.startsAt.getTime() === day.sessionStart.getTime() ? 2 : 0;
    await day.organiser.brokerage.lock({ eventId: day.eventId, meetingId, slot: target, table: null });
    const after = await entriesOf();
    expect(after.map((e) => e.meetingId)).toEqual([meetingId]);
    expect(after[0]?.sequence).toBe((before?.sequence ?? 0) + 1);
  });
});
