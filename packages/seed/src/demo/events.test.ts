import { type DatabaseHandle, findUserByEmail, listPersonalEvents, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../seed-demo";

const now = new Date("2026-01-15T09:00:00Z");
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(handle.db, { now });
});
afterAll(async () => handle.close());

async function eventsWithCounts() {
  const events = await handle.db.select().from(schema.events);
  const registrations = await handle.db.select().from(schema.eventRegistrations);
  return events.map((event) => {
    const own = registrations.filter((r) => r.eventId === event.id);
    return {
      ...event,
      registered: own.filter((r) => r.status === "registered").length,
      waitlisted: own.filter((r) => r.status === "waitlisted").length,
      checkedIn: own.filter((r) => r.checkedInAt !== null).length,
    };
  });
}

describe("demo events", () => {
  it("has about ten past events within the last twelve months, each with check-ins (indicators I1–I3)", async () => {
    const past = (await eventsWithCounts()).filter((e) => e.endsAt < now);
    expect(past.length).toBeGreaterThanOrEqual(10);
    for (const event of past) {
      expect(now.getTime() - event.startsAt.getTime()).toBeLessThan(365 * 86_400_000);
      expect(event.checkedIn, event.title).toBeGreaterThan(0);
    }
  });

  it("has coming events: one nearly full, one full with a waiting list, and a draft", async () => {
    const coming = (await eventsWithCounts()).filter((e) => e.startsAt > now);
    expect(coming.length).toBeGreaterThanOrEqual(3);
    expect(coming.some((e) => e.capacity !== null && e.capacity - e.registered === 1)).toBe(true);
    expect(coming.some((e) => e.capacity !== null && e.registered === e.capacity && e.waitlisted > 0)).toBe(true);
    expect(coming.some((e) => e.status === "draft")).toBe(true);
  });

  it("never seats more people than an event has seats", async () => {
    for (const event of await eventsWithCounts())
      if (event.capacity !== null) expect(event.registered, event.title).toBeLessThanOrEqual(event.capacity);
  });

  it("registers the demo member accounts, one of them on a waiting list", async () => {
    const stefan = await findUserByEmail(handle.db, "member@kurpfalz-sensorik.example");
    const sophie = await findUserByEmail(handle.db, "sophie.wagner@esslinger-batteriesysteme.example");
    const stefansEvents = await listPersonalEvents(handle.db, stefan?.id ?? "");
    expect(stefansEvents.some((e) => e.startsAt > now && e.registrationStatus === "registered")).toBe(true);
    expect(stefansEvents.some((e) => e.endsAt < now && e.checkedInAt !== null)).toBe(true);
    expect((await listPersonalEvents(handle.db, sophie?.id ?? "")).some((e) => e.registrationStatus === "waitlisted")).toBe(true);
  });
});
