import { schema } from "@clusterwerk/db";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();

/** A fresh published event of cluster A with `capacity` seats, and `n` fresh contact persons of A1 with their callers. */
async function eventWithPeople(capacity: number | null, n: number) {
  const eventId = await ctx.world.events.event("A", { values: { capacity } });
  const people = [];
  for (let i = 0; i < n; i += 1) {
    const userId = await ctx.world.events.contactPerson("A");
    people.push({ userId, api: await callerFor(ctx.db, userId) });
  }
  return { eventId, people };
}

const validForm = {
  kind: "workshop" as const,
  title: "KI in der Qualitätssicherung",
  description: null,
  topicCategories: ["digitalisation" as const],
  startsAt: "2030-03-10T09:00",
  endsAt: "2030-03-10T13:00",
  timeZone: "Europe/Berlin" as const,
  location: "Mannheim, MAFINEX",
  onlineUrl: null,
  capacity: 12,
};

describe("event lifecycle (manager)", () => {
  it("a created event is a draft with its Berlin wall-clock times stored as instants; publishing raises the sequence", async () => {
    const manager = await ctx.as("manager");
    const { id } = await manager.event.create({ clusterId: ctx.world.clusterA.id, ...validForm });
    const draft = await manager.event.manage({ eventId: id });
    expect(draft.event.status).toBe("draft");
    expect(draft.event.startsAt.toISOString()).toBe("2030-03-10T08:00:00.000Z");
    expect(draft.event.startsAtLocal).toBe("2030-03-10T09:00");
    await manager.event.publish({ eventId: id });
    const published = await manager.event.manage({ eventId: id });
    expect(published.event.status).toBe("published");
    expect(published.event.sequence).toBe(draft.event.sequence + 1);
    expect(await failure(manager.event.publish({ eventId: id }))).toMatchObject({ code: "BAD_REQUEST", message: "eventStateChanged" });
  });

  it("bad input (capacity −1, an end before the start, an empty title) gets field messages and creates nothing", async () => {
    const manager = await ctx.as("manager");
    const before = await ctx.db.$count(schema.events, eq(schema.events.clusterId, ctx.world.clusterA.id));
    const result = await failure(
      manager.event.create({ clusterId: ctx.world.clusterA.id, ...validForm, title: " ", capacity: -1, endsAt: "2030-03-10T08:00" }),
    );
    expect(result.code).toBe("BAD_REQUEST");
    expect(result.fields).toMatchObject({ title: ["required"], capacity: ["outOfRange"], endsAt: ["endsBeforeStart"] });
    expect(await ctx.db.$count(schema.events, eq(schema.events.clusterId, ctx.world.clusterA.id))).toBe(before);
  });

  it("raising the capacity moves waiting persons into the new seats", async () => {
    const { eventId, people } = await eventWithPeople(1, 3);
    for (const person of people) await person.api.event.register({ eventId });
    const manager = await ctx.as("manager");
    const { event } = await manager.event.manage({ eventId });
    const result = await manager.event.update({
      eventId,
      ...validForm,
      startsAt: event.startsAtLocal,
      endsAt: event.endsAtLocal,
      capacity: 2,
    });
    expect(result.promoted).toBe(1);
    const after = await manager.event.manage({ eventId });
    expect(after.registrations.registered.map((r) => r.email)).toHaveLength(2);
    expect(after.registrations.waitlisted).toHaveLength(1);
    expect(after.event.sequence).toBe(event.sequence + 1);
  });
});

describe("who sees which events", () => {
  it("drafts are invisible to members: not listed, their page and registration NOT_FOUND", async () => {
    const draftId = await ctx.world.events.event("A", { draft: true });
    const member = await ctx.as("member");
    const open = await member.event.open({ clusterId: ctx.world.clusterA.id, limit: 100 });
    expect(open.items.map((e) => e.id)).not.toContain(draftId);
    expect((await failure(member.event.detail({ eventId: draftId }))).code).toBe("NOT_FOUND");
    expect((await failure(member.event.register({ eventId: draftId }))).code).toBe("NOT_FOUND");
  });

  it("other clusters' events are NOT_FOUND for members and managers", async () => {
    const foreign = await ctx.world.events.event("B");
    const member = await ctx.as("member");
    const manager = await ctx.as("manager");
    expect((await failure(member.event.detail({ eventId: foreign }))).code).toBe("NOT_FOUND");
    expect((await failure(member.event.register({ eventId: foreign }))).code).toBe("NOT_FOUND");
    expect((await failure(manager.event.manage({ eventId: foreign }))).code).toBe("NOT_FOUND");
    expect((await failure(manager.event.detail({ eventId: foreign }))).code).toBe("NOT_FOUND");
  });
});

describe("registration with capacity and waiting list", () => {
  it("waiting list order: a full event puts later registrations on the waiting list in the order they came", async () => {
    const { eventId, people } = await eventWithPeople(1, 4);
    const statuses = [];
    for (const person of people) statuses.push((await person.api.event.register({ eventId })).status);
    expect(statuses).toEqual(["registered", "waitlisted", "waitlisted", "waitlisted"]);
    const positions = await Promise.all(people.map(async (person) => (await person.api.event.detail({ eventId })).myPosition));
    expect(positions).toEqual([null, 1, 2, 3]);
    const { registrations } = await (await ctx.as("manager")).event.manage({ eventId });
    expect(registrations.waitlisted.map((r) => r.position)).toEqual([1, 2, 3]);
  });

  it("registering twice answers alreadyRegistered and changes nothing", async () => {
    const { eventId, people } = await eventWithPeople(5, 1);
    const [person] = people;
    if (!person) throw new Error("no person");
    await person.api.event.register({ eventId });
    const before = await ctx.db.select().from(schema.eventRegistrations).where(eq(schema.eventRegistrations.eventId, eventId));
    expect(await failure(person.api.event.register({ eventId }))).toMatchObject({ code: "CONFLICT", message: "alreadyRegistered" });
    expect(await ctx.db.select().from(schema.eventRegistrations).where(eq(schema.eventRegistrations.eventId, eventId))).toEqual(before);
  });

  it("promotion on cancel: the first waiting person moves up, is mailed, and both calendar sequences rise", async () => {
    const { eventId, people } = await eventWithPeople(1, 3);
    const [seated, first, second] = people;
    if (!seated || !first || !second) throw new Error("no people");
    for (const person of people) await person.api.event.register({ eventId });
    const before = (await first.api.event.mine()).events.find((e) => e.eventId === eventId);
    expect(await seated.api.event.cancelRegistration({ eventId })).toEqual({ promoted: 1 });
    const after = (await first.api.event.mine()).events.find((e) => e.eventId === eventId);
    expect(after).toMatchObject({ registrationStatus: "registered" });
    expect(after?.promotedAt).toBeInstanceOf(Date);
    expect(after?.registrationSequence).toBeGreaterThan(before?.registrationSequence ?? Infinity);
    expect((await second.api.event.detail({ eventId })).myPosition).toBe(1);
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, first.userId));
    const mails = await ctx.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, user?.email ?? ""));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("Predictive Maintenance")]);
    expect(await failure(seated.api.event.cancelRegistration({ eventId }))).toMatchObject({ code: "NOT_FOUND", message: "notRegistered" });
  });

  it("capacity race: concurrent registrations for the last seats and concurrent cancellations never overbook or promote twice", async () => {
    const { eventId, people } = await eventWithPeople(2, 8);
    const results = await Promise.all(people.map((person) => person.api.event.register({ eventId })));
    expect(results.filter((r) => r.status === "registered")).toHaveLength(2);
    const { registrations } = await (await ctx.as("manager")).event.manage({ eventId });
    expect(registrations.registered).toHaveLength(2);
    expect(registrations.waitlisted.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
    const seatedEmails = new Set(registrations.registered.map((r) => r.email));
    const seatedPeople = [];
    for (const person of people) {
      const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, person.userId));
      if (user && seatedEmails.has(user.email)) seatedPeople.push(person);
    }
    const cancels = await Promise.all(seatedPeople.map((person) => person.api.event.cancelRegistration({ eventId })));
    expect(cancels.map((c) => c.promoted)).toEqual([1, 1]);
    const after = await (await ctx.as("manager")).event.manage({ eventId });
    expect(after.registrations.registered.map((r) => r.email)).toEqual(registrations.waitlisted.slice(0, 2).map((r) => r.email));
    expect(after.registrations.waitlisted).toHaveLength(4);
  });

  it("a cancelled event takes no registrations and shows cancelled in the feed", async () => {
    const { eventId, people } = await eventWithPeople(null, 2);
    const [person, late] = people;
    if (!person || !late) throw new Error("no people");
    await person.api.event.register({ eventId });
    await (await ctx.as("manager")).event.cancel({ eventId });
    expect(await failure(late.api.event.register({ eventId }))).toMatchObject({ code: "BAD_REQUEST", message: "eventClosed" });
    const { feedToken } = await person.api.event.renewFeed();
    const feed = await (await callerFor(ctx.db, null)).event.feed({ token: feedToken });
    expect(feed?.events.find((e) => e.eventId === eventId)).toMatchObject({ eventStatus: "cancelled", registrationStatus: "registered" });
  });
});

describe("check-in and the calendar feed", () => {
  it("a manager marks a seated person as attended and can undo it; a waiting person cannot be checked in", async () => {
    const { eventId, people } = await eventWithPeople(1, 2);
    for (const person of people) await person.api.event.register({ eventId });
    const manager = await ctx.as("manager");
    const { registrations } = await manager.event.manage({ eventId });
    const [seat] = registrations.registered;
    const [waiting] = registrations.waitlisted;
    if (!seat || !waiting) throw new Error("no registrations");
    expect((await manager.event.checkIn({ registrationId: seat.id, attended: true })).checkedInAt).toBeInstanceOf(Date);
    expect((await manager.event.checkIn({ registrationId: seat.id, attended: false })).checkedInAt).toBeNull();
    expect(await failure(manager.event.checkIn({ registrationId: waiting.id, attended: true }))).toMatchObject({ code: "BAD_REQUEST" });
    const audited = await ctx.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, seat.id))
      .orderBy(asc(schema.auditLog.id));
    expect(audited.map((entry) => [entry.action, entry.actorUserId, entry.clusterId])).toEqual([
      ["event.checkedIn", ctx.world.users.manager, ctx.world.clusterA.id],
      ["event.checkInUndone", ctx.world.users.manager, ctx.world.clusterA.id],
    ]);
    expect(audited[0]?.details).toEqual({ eventId, userId: people[0]?.userId });
    expect(await ctx.db.$count(schema.auditLog, eq(schema.auditLog.entityId, waiting.id))).toBe(0);
  });

  it("a new feed address replaces the old one, which then finds nothing", async () => {
    const member = await ctx.as("member");
    const guest = await callerFor(ctx.db, null);
    const first = (await member.event.renewFeed()).feedToken;
    expect((await member.event.mine()).feedToken).toBe(first);
    expect(await guest.event.feed({ token: first })).not.toBeNull();
    const second = (await member.event.renewFeed()).feedToken;
    expect(second).not.toBe(first);
    expect(await guest.event.feed({ token: first })).toBeNull();
    expect((await guest.event.feed({ token: second }))?.owner.userId).toBe(ctx.world.users.member);
  });
});
