import { type Database, recordAudit, registrationPeople } from "@clusterwerk/db";
import { notifyPeople } from "./cooperation/meeting-notices";

/**
 * After a person left a brokerage day (DOMAIN.md §5.5), by withdrawing or by giving up their seat: everyone
 * with a meeting or a pending request with them (`counterparts`, their registrations) is told in the portal and
 * by mail, and the audit log records it (`seatGivenUp` when it came with a cancelled registration).
 */
export async function announceBrokerageWithdrawal(
  db: Database,
  params: {
    event: { id: string; title: string; clusterSlug: string };
    clusterId: string;
    userId: string;
    registrationId: string;
    counterparts: readonly string[];
    seatGivenUp: boolean;
  },
): Promise<void> {
  const { event } = params;
  const [me] = await registrationPeople(db, [params.registrationId]);
  await notifyPeople(db, {
    people: await registrationPeople(db, params.counterparts),
    kind: "brokerage-withdrawn",
    subject: `${me?.name ?? ""}: ${event.title}`.trim(),
    link: `/c/${event.clusterSlug}/events/${event.id}/brokerage`,
  });
  await recordAudit(db, {
    actorUserId: params.userId,
    action: "brokerage.withdrawn",
    entity: "event",
    entityId: event.id,
    clusterId: params.clusterId,
    details: params.seatGivenUp ? { seatGivenUp: true } : undefined,
  });
}
