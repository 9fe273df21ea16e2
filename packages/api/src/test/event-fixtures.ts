import { createEvent, type Database, type EventValues, registerForEvent, setEventStatus } from "@clusterwerk/db";
import { createUser, grantRole } from "@clusterwerk/db/testing/factories";

const DAY = 86_400_000;

/** A workshop starting in `days` days, two hours long, in Mannheim; overrides for the rest. */
export function eventValuesIn(days: number, overrides: Partial<EventValues> = {}): EventValues {
  const startsAt = new Date(Date.now() + days * DAY);
  return {
    kind: "workshop",
    title: "Predictive Maintenance in der Praxis",
    description: null,
    topicCategories: ["digitalisation"],
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    timeZone: "Europe/Berlin",
    location: "Mannheim, MAFINEX",
    onlineUrl: null,
    capacity: 20,
    ...overrides,
  };
}

/**
 * Events for tests: a published (or draft) event of a cluster created by its manager, a contact person of
 * an organisation in it, and that person's registration, so a test or the matrix starts from real rows.
 */
export function eventFixtures(db: Database, clusters: Record<"A" | "B", { clusterId: string; organisationId: string; managerId: string }>) {
  /** A fresh event of the cluster (published unless `draft`), with seats for the contact persons in `registered`. */
  const event = async (
    cluster: "A" | "B" = "A",
    options: { draft?: boolean; values?: Partial<EventValues>; registered?: string[] } = {},
  ) => {
    const { clusterId, organisationId, managerId } = clusters[cluster];
    const row = await createEvent(db, { ...eventValuesIn(14, options.values), clusterId, createdBy: managerId });
    if (!options.draft) await setEventStatus(db, { id: row.id, clusterId, status: "published" });
    for (const userId of options.registered ?? []) await registerForEvent(db, { eventId: row.id, clusterId, userId, organisationId });
    return row.id;
  };
  const contactPerson = async (cluster: "A" | "B" = "A") => {
    const { clusterId, organisationId } = clusters[cluster];
    const user = await createUser(db);
    await grantRole(db, user.id, { kind: "member", clusterId, organisationId });
    return user.id;
  };
  /** A seat at a fresh published event of the cluster, held by a fresh contact person; returns the registration id. */
  const registration = async (cluster: "A" | "B" = "A") => {
    const { clusterId, organisationId } = clusters[cluster];
    const eventId = await event(cluster);
    const userId = await contactPerson(cluster);
    const result = await registerForEvent(db, { eventId, clusterId, userId, organisationId });
    if (!result.ok) throw new Error(`registration failed: ${result.reason}`);
    return result.registrationId;
  };
  return { event, contactPerson, registration };
}
