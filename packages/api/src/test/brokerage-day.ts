import { schema } from "@clusterwerk/db";
import { toLocalDateTime } from "@clusterwerk/validators";
import { eq } from "drizzle-orm";
import { type Caller, callerFor, type setUpWorld } from "./world";

type WorldContext = ReturnType<typeof setUpWorld>;
export interface BrokerageDayOptions {
  slots?: number;
  tables?: number;
}

const ZONE = "Europe/Berlin";
export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An instant as the forms send it: wall clock in the event's zone. */
export const local = (instant: Date) => toLocalDateTime(instant, ZONE);

/**
 * A published brokerage event of cluster A (two hours from its start in 14 days) with `n` seated contact
 * persons and a session of `slots` 20-minute slots and `tables` tables from the event's start.
 */
export async function brokerageDay(ctx: WorldContext, n: number, options: BrokerageDayOptions = {}) {
  const people: { userId: string; api: Caller; registrationId: string }[] = [];
  const userIds = [];
  for (let i = 0; i < n; i += 1) userIds.push(await ctx.world.events.contactPerson("A"));
  // Whole minutes: the forms send wall-clock minutes, so a session may start exactly with its event.
  const startsAt = new Date(Math.ceil((Date.now() + 14 * 1440 * MINUTE) / HOUR) * HOUR);
  const values = { kind: "brokerage" as const, capacity: null, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) };
  const eventId = await ctx.world.events.event("A", { values, registered: userIds });
  const [event] = await ctx.db.select().from(schema.events).where(eq(schema.events.id, eventId));
  if (!event) throw new Error("no event");
  const organiser = await ctx.as("manager");
  const sessionStart = event.startsAt;
  const slotCount = options.slots ?? 6;
  await organiser.brokerage.saveSession({
    eventId,
    startsAt: local(sessionStart),
    endsAt: local(new Date(sessionStart.getTime() + slotCount * 20 * MINUTE)),
    slotMinutes: 20,
    tables: options.tables ?? 10,
    requestDeadline: null,
  });
  for (const userId of userIds) {
    const api = await callerFor(ctx.db, userId);
    const view = await api.brokerage.participant({ eventId });
    if (!("registrationId" in view) || !view.registrationId) throw new Error("no seat");
    people.push({ userId, api, registrationId: view.registrationId });
  }
  const at = (slot: number) => local(new Date(sessionStart.getTime() + slot * 20 * MINUTE));
  /** A accepted meeting of people i and j; returns its id. */
  const meet = async (i: number, j: number) => {
    const from = people[i];
    const to = people[j];
    if (!from || !to) throw new Error("no such person");
    const request = await from.api.brokerage.request({ eventId, toRegistrationId: to.registrationId, message: null, priority: 2 });
    if (request.status === "pending") await to.api.brokerage.respond({ eventId, requestId: request.id, accept: true });
    const view = await organiser.brokerage.manage({ eventId });
    const meeting = view.meetings?.find(
      (m) =>
        (m.aRegistrationId === from.registrationId && m.bRegistrationId === to.registrationId) ||
        (m.bRegistrationId === from.registrationId && m.aRegistrationId === to.registrationId),
    );
    if (!meeting) throw new Error("no meeting");
    return meeting.id;
  };
  const meetings = async () => (await organiser.brokerage.manage({ eventId })).meetings ?? [];
  return { eventId, people, organiser, at, meet, meetings, sessionStart };
}
