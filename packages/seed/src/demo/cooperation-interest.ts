import { contactPersonsOf, type Database, schema } from "@clusterwerk/db";
import type { NotificationKind } from "@clusterwerk/scoring/domain";
import { eq } from "drizzle-orm";

const HOUR = 3_600_000;

interface DemoProfileRow {
  id: string | undefined;
  title: string;
  clusterId: string;
  organisationId: string;
}

/**
 * An interest and what the demo member hears of it (DOMAIN.md §5.4): Kurpfalz Robotics' robot-cell request shows
 * interest in Kurpfalz Sensorik's vibration sensors, and Kurpfalz Sensorik's contact persons (the demo member)
 * find it, and the meeting request Sindelfinger Fahrerassistenz sent them, unread on the notifications page —
 * the rows the portal writes when it happens (`notifyOrganisation`), without mail.
 */
export async function seedDemoInterest(tx: Database, params: { rows: readonly DemoProfileRow[]; now: Date }) {
  const byTitle = async (start: string) => {
    const row = params.rows.find((candidate) => candidate.title.startsWith(start));
    if (!row?.id) throw new Error(`demo interest refers to an unknown profile "${start}"`);
    const [organisation] = await tx
      .select({ name: schema.organisations.name })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, row.organisationId));
    const [cluster] = await tx.select({ slug: schema.clusters.slug }).from(schema.clusters).where(eq(schema.clusters.id, row.clusterId));
    return { ...row, id: row.id, organisationName: organisation?.name ?? "", slug: cluster?.slug ?? "" };
  };
  const robots = await byTitle("Partner wanted for robot cell condition monitoring");
  const sensors = await byTitle("Schwingungssensorik für vorausschauende Wartung");
  const driverAssistance = await byTitle("Sensorfusion für Fahrerassistenz");
  const interestAt = new Date(params.now.getTime() - 3 * HOUR);
  await tx.insert(schema.cooperationInterests).values({
    fromProfileId: robots.id,
    fromClusterId: robots.clusterId,
    fromOrganisationId: robots.organisationId,
    toProfileId: sensors.id,
    toClusterId: sensors.clusterId,
    toOrganisationId: sensors.organisationId,
    createdAt: interestAt,
  });
  const people = await contactPersonsOf(tx, { clusterId: sensors.clusterId, organisationId: sensors.organisationId });
  const notices: { kind: NotificationKind; subject: string; link: string; createdAt: Date }[] = [
    {
      kind: "interest-expressed",
      subject: `${robots.organisationName}: ${sensors.title}`,
      link: `/c/${sensors.slug}/cooperation/${sensors.id}`,
      createdAt: interestAt,
    },
    {
      kind: "meeting-requested",
      subject: `${driverAssistance.organisationName}: ${sensors.title}`,
      link: `/c/${sensors.slug}/cooperation/meetings`,
      createdAt: params.now,
    },
  ];
  await tx.insert(schema.notifications).values(people.flatMap((person) => notices.map((notice) => ({ userId: person.userId, ...notice }))));
}
