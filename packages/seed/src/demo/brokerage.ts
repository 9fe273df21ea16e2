import {
  createMeetingRequest,
  type Database,
  findBrokerageEvent,
  listBrokerageParticipants,
  loadScheduleInput,
  lockMeeting,
  publishBrokerageSchedule,
  respondToMeetingRequest,
  saveBrokerageSession,
  saveScheduleRun,
  schema,
  setAvailability,
} from "@clusterwerk/db";
import { scheduleMeetings } from "@clusterwerk/scoring/scheduling";
import { and, asc, eq } from "drizzle-orm";

const CLUSTER = "smart-industries";
const MANAGER = "manager@smart-industries.example";
const EVENT_TITLE = "Kooperationsbörse Automatisierung";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The brokerage day of the demo (DOMAIN.md §5.5): the Smart Industries "Kooperationsbörse Automatisierung"
 * with its seated participants (about 30), a session of 12 slots of 20 minutes at 8 tables, availability
 * windows for every third person, requests with a few much-asked people (some mutual, some declined or
 * left open), one locked meeting, the scheduler's run and the published schedule. Deterministic: who asks
 * whom follows the participants' order. Returns the number of meetings placed.
 */
export async function seedDemoBrokerage(
  tx: Database,
  params: { clusterIds: ReadonlyMap<string, string>; userIds: ReadonlyMap<string, string> },
) {
  const clusterId = params.clusterIds.get(CLUSTER);
  const managerId = params.userIds.get(MANAGER);
  if (!clusterId || !managerId) throw new Error("demo brokerage needs Smart Industries and its manager");
  const [event] = await tx
    .select({ id: schema.events.id, startsAt: schema.events.startsAt })
    .from(schema.events)
    .where(and(eq(schema.events.clusterId, clusterId), eq(schema.events.title, EVENT_TITLE)));
  if (!event) throw new Error(`demo event "${EVENT_TITLE}" missing`);
  const startsAt = new Date(event.startsAt.getTime() + HOUR);
  const endsAt = new Date(startsAt.getTime() + 4 * HOUR);
  const before = new Date(event.startsAt.getTime() - 7 * DAY);
  await saveBrokerageSession(tx, {
    eventId: event.id,
    clusterId,
    values: { startsAt, endsAt, slotMinutes: 20, tables: 8, requestDeadline: new Date(event.startsAt.getTime() - DAY) },
    now: before,
  });
  const found = await findBrokerageEvent(tx, { eventId: event.id, clusterId });
  if (!found?.session) throw new Error("demo session missing");
  const session = found.session;
  const people = (await listBrokerageParticipants(tx, event.id)).map((p) => p.registrationId);
  const n = people.length;

  // Every third person is there only in the morning or only in the afternoon.
  for (const [i, registrationId] of people.entries()) {
    if (i % 3 !== 2) continue;
    const window =
      i % 2 === 0
        ? { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) }
        : { startsAt: new Date(startsAt.getTime() + 2 * HOUR), endsAt };
    await setAvailability(tx, { session, registrationId, windows: [window] });
  }

  // Three requests each: two of the first four people are much asked (skewed popularity), one elsewhere.
  for (const [i, from] of people.entries()) {
    const targets = [(i + 1) % 4, ((i * 3) % 4) + 2, (i * 7 + 5) % n];
    for (const [k, j] of targets.entries()) {
      const to = people[j];
      if (!to || to === from) continue;
      const result = await createMeetingRequest(tx, {
        session,
        fromRegistrationId: from,
        toRegistrationId: to,
        message: null,
        priority: k + 1,
        now: before,
      });
      if (!result.ok || result.status !== "pending") continue;
      // Most accept; every seventh request is declined and every eleventh stays open.
      const answer = (i + k) % 11 === 0 ? null : (i + k) % 7 !== 0;
      if (answer !== null) {
        await respondToMeetingRequest(tx, { sessionId: session.id, requestId: result.id, registrationId: to, accept: answer, now: before });
      }
    }
  }

  // Lock the first meeting whose two people are both free in the first slot (the ids are random, so the
  // first row alone may be a pair one of whom arrives later — PostgreSQL and PGlite return rows in other orders).
  const candidates = await tx
    .select({ id: schema.brokerageMeetings.id })
    .from(schema.brokerageMeetings)
    .where(eq(schema.brokerageMeetings.sessionId, session.id))
    .orderBy(asc(schema.brokerageMeetings.id));
  for (const candidate of candidates) {
    const locked = await lockMeeting(tx, { session, meetingId: candidate.id, slot: 0, table: 1, now: before });
    if (locked.ok) break;
  }
  const loaded = await loadScheduleInput(tx, session);
  const result = scheduleMeetings(loaded.event);
  await saveScheduleRun(tx, { session, meetings: loaded.meetings, dropped: [], result, ranBy: managerId, durationMs: 0, now: before });
  await publishBrokerageSchedule(tx, { sessionId: session.id, now: before });
  return result.scheduled.length;
}
