import {
  createEvent,
  createMeetingRequest,
  type Database,
  findBrokerageEvent,
  publishBrokerageSchedule,
  registerForEvent,
  respondToMeetingRequest,
  saveBrokerageSession,
  schema,
  setEventStatus,
} from "@clusterwerk/db";
import { eq } from "drizzle-orm";
import { toLocalDateTime } from "@clusterwerk/validators";
import { eventValuesIn } from "./event-fixtures";
import type { World } from "./world";

const HOUR = 3_600_000;

/**
 * A published brokerage event of a cluster with a session (6 slots of 20 minutes, 4 tables), a seated
 * `member` (plus two more seated persons), an accepted meeting of the member and a pending request to
 * them; optionally published. Every call makes fresh rows, so the matrix's mutations never collide.
 */
export async function brokerageFixture(
  db: Database,
  params: { clusterId: string; organisationId: string; managerId: string; member: string; others: readonly string[]; published?: boolean },
) {
  const startsAt = new Date(Math.ceil((Date.now() + 14 * 24 * HOUR) / HOUR) * HOUR);
  const event = await createEvent(db, {
    ...eventValuesIn(14, { kind: "brokerage", capacity: null, startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR) }),
    clusterId: params.clusterId,
    createdBy: params.managerId,
  });
  await setEventStatus(db, { id: event.id, clusterId: params.clusterId, status: "published" });
  const seat = async (userId: string) => {
    const result = await registerForEvent(db, {
      eventId: event.id,
      clusterId: params.clusterId,
      userId,
      organisationId: params.organisationId,
    });
    if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
    return result.registrationId;
  };
  const memberRegistrationId = await seat(params.member);
  const [partner, asker] = await Promise.all(params.others.slice(0, 2).map(seat));
  if (!partner || !asker) throw new Error("two other participants needed");
  await saveBrokerageSession(db, {
    eventId: event.id,
    clusterId: params.clusterId,
    values: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), slotMinutes: 20, tables: 4, requestDeadline: null },
  });
  const found = await findBrokerageEvent(db, { eventId: event.id, clusterId: params.clusterId });
  if (!found?.session) throw new Error("no session");
  const session = found.session;
  const accepted = await createMeetingRequest(db, {
    session,
    fromRegistrationId: partner,
    toRegistrationId: memberRegistrationId,
    message: null,
    priority: 2,
  });
  if (!accepted.ok) throw new Error("request failed");
  await respondToMeetingRequest(db, { sessionId: session.id, requestId: accepted.id, registrationId: memberRegistrationId, accept: true });
  const pending = await createMeetingRequest(db, {
    session,
    fromRegistrationId: asker,
    toRegistrationId: memberRegistrationId,
    message: null,
    priority: 1,
  });
  if (!pending.ok) throw new Error("request failed");
  if (params.published) await publishBrokerageSchedule(db, { sessionId: session.id });
  const [meeting] = await db
    .select({ id: schema.brokerageMeetings.id })
    .from(schema.brokerageMeetings)
    .where(eq(schema.brokerageMeetings.sessionId, session.id));
  if (!meeting) throw new Error("no meeting");
  return {
    eventId: event.id,
    memberRegistrationId,
    partnerRegistrationId: partner,
    pendingRequestId: pending.id,
    meetingId: meeting.id,
    sessionForm: {
      startsAt: toLocalDateTime(startsAt, "Europe/Berlin"),
      endsAt: toLocalDateTime(new Date(startsAt.getTime() + HOUR), "Europe/Berlin"),
      slotMinutes: 15,
      tables: 3,
      requestDeadline: null,
    },
  };
}

/** The matrix's brokerage day: cluster A's with the matrix's member seated, or cluster B's with B's contact persons. */
export async function brokerageIn(db: Database, w: World, cluster: "A" | "B", published = false) {
  const [member, ...others] = await Promise.all([
    cluster === "A" ? Promise.resolve(w.users.member) : w.events.contactPerson("B"),
    w.events.contactPerson(cluster),
    w.events.contactPerson(cluster),
  ]);
  const tenant =
    cluster === "A" ? { clusterId: w.clusterA.id, organisationId: w.orgA.id } : { clusterId: w.clusterB.id, organisationId: w.orgB.id };
  return brokerageFixture(db, { ...tenant, managerId: w.users.manager, member, others, published });
}
