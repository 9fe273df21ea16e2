import { type Database, schema } from "@clusterwerk/db";
import { and, asc, eq } from "drizzle-orm";
import { organisations as smartIndustriesMembers } from "../data/organisations";
import { people } from "../data/people";
import { demoServices } from "./service-catalogue";

const CLUSTER = "smart-industries";
const DAY = 86_400_000;

const comments = ["Sehr praxisnah.", null, "Gute Kontakte geknüpft, gerne wieder.", null, "Hat uns beim Förderantrag weitergebracht."];

/** A plain day `days` from `now`. */
function dayFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/**
 * The services demo of Smart Industries (DOMAIN.md §3): about fifteen services in every status and most
 * formats, linked to open needs of their categories (the most important first; some needs stay unlinked,
 * so coverage has a gap and the planner something to plan), with enrolments and ratings. Runs after the
 * needs demo and reads its needs; deterministic for the same `now`.
 */
export async function seedDemoServices(
  tx: Database,
  params: {
    clusterIds: ReadonlyMap<string, string>;
    organisationIds: ReadonlyMap<string, string>;
    userIds: ReadonlyMap<string, string>;
    now: Date;
  },
): Promise<{ services: number; enrolments: number }> {
  const clusterId = params.clusterIds.get(CLUSTER);
  if (!clusterId) throw new Error(`demo cluster ${CLUSTER} missing`);
  const { now } = params;
  const managerEmail = people.find((p) => p.roles.some((role) => role.kind === "manager" && role.cluster === CLUSTER))?.email;
  const ownerUserId = managerEmail ? (params.userIds.get(managerEmail) ?? null) : null;
  const members = smartIndustriesMembers.flatMap((o) => {
    const organisationId = params.organisationIds.get(o.slug);
    return o.membership.status === "active" && organisationId ? [organisationId] : [];
  });
  const openNeeds = await tx
    .select({ id: schema.needs.id, category: schema.needs.category })
    .from(schema.needs)
    .where(and(eq(schema.needs.clusterId, clusterId), eq(schema.needs.status, "open")))
    .orderBy(asc(schema.needs.importance), asc(schema.needs.createdAt), asc(schema.needs.title));
  // Most important first, each need linked at most once, so later services find other needs.
  const unlinked = openNeeds.reverse();
  let enrolments = 0;

  for (const [index, service] of demoServices.entries()) {
    const [row] = await tx
      .insert(schema.services)
      .values({
        clusterId,
        title: service.title,
        description: service.description,
        needCategories: service.needCategories,
        format: service.format,
        targetCategories: service.targetCategories,
        capacity: service.capacity,
        priceCents: Math.round(service.price * 100),
        costCents: service.cost === null ? null : Math.round(service.cost * 100),
        status: service.status,
        startsOn: service.starts === null ? null : dayFrom(now, service.starts),
        endsOn: service.ends === null ? null : dayFrom(now, service.ends),
        ownerUserId,
        createdAt: new Date(now.getTime() - (200 - index) * DAY),
        updatedAt: now,
      })
      .returning({ id: schema.services.id });
    if (!row) throw new Error(`service ${service.title} not created`);
    const linked = unlinked.filter((need) => service.needCategories.includes(need.category)).slice(0, service.links);
    for (const need of linked) unlinked.splice(unlinked.indexOf(need), 1);
    if (linked.length > 0) await tx.insert(schema.serviceNeeds).values(linked.map((need) => ({ serviceId: row.id, needId: need.id })));

    const enrolled = Array.from(
      { length: Math.min(service.enrolled, members.length) },
      (_, n) => members[(index * 3 + n) % members.length] ?? "",
    );
    if (enrolled.length === 0) continue;
    await tx.insert(schema.serviceEnrolments).values(
      [...new Set(enrolled)].map((organisationId, n) => ({
        serviceId: row.id,
        organisationId,
        enrolledAt: new Date(now.getTime() - (40 + n * 3) * DAY),
        rating: n < service.rated ? 5 - ((index + n) % 3) : null,
        ratingComment: n < service.rated ? (comments[(index + n) % comments.length] ?? null) : null,
        ratedAt: n < service.rated ? new Date(now.getTime() - (10 + n) * DAY) : null,
      })),
    );
    enrolments += new Set(enrolled).size;
  }
  return { services: demoServices.length, enrolments };
}
