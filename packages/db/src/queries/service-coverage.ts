import type { MemberCategory, NeedCategory, NeedStatus, ServiceStatus } from "@clusterwerk/scoring/domain";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, needs, organisations, roleAssignments, serviceInvitations, serviceNeeds, services, users } from "../schema";

export interface CoverageNeed {
  id: string;
  organisationId: string;
  memberCategory: MemberCategory;
  category: NeedCategory;
  importance: number;
  status: NeedStatus;
  title: string;
  organisationName: string;
}

export interface CoverageService {
  id: string;
  title: string;
  status: ServiceStatus;
  costCents: number | null;
  /** The needs the service is linked to (DOMAIN.md §3 "services link to the needs they address"). */
  addresses: string[];
}

/**
 * What coverage, invitees and the planner of one cluster read (DOMAIN.md §3): every need of the cluster
 * with its organisation, and every service with the needs it is linked to. Tenancy: the `clusterId`
 * conditions.
 */
export async function loadCoverageRows(
  db: Database,
  params: { clusterId: string },
): Promise<{ needs: CoverageNeed[]; services: CoverageService[] }> {
  const [needRows, serviceRows] = await Promise.all([
    db
      .select({
        id: needs.id,
        organisationId: needs.organisationId,
        memberCategory: organisations.category,
        category: needs.category,
        importance: needs.importance,
        status: needs.status,
        title: needs.title,
        organisationName: organisations.name,
      })
      .from(needs)
      .innerJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(eq(needs.clusterId, params.clusterId)),
    db
      .select({
        id: services.id,
        title: services.title,
        status: services.status,
        costCents: services.costCents,
        addresses: sql<
          string[]
        >`coalesce(array_agg(${serviceNeeds.needId} order by ${serviceNeeds.needId}) filter (where ${serviceNeeds.needId} is not null), '{}')`,
      })
      .from(services)
      .leftJoin(serviceNeeds, eq(serviceNeeds.serviceId, services.id))
      .where(eq(services.clusterId, params.clusterId))
      .groupBy(services.id)
      .orderBy(services.title, services.id),
  ]);
  return { needs: needRows, services: serviceRows };
}

/** The organisations already invited to the cluster's services, per service. */
export async function listServiceInvitations(db: Database, params: { clusterId: string }) {
  return db
    .select({
      serviceId: serviceInvitations.serviceId,
      organisationId: serviceInvitations.organisationId,
      invitedAt: serviceInvitations.invitedAt,
    })
    .from(serviceInvitations)
    .innerJoin(services, eq(services.id, serviceInvitations.serviceId))
    .where(eq(services.clusterId, params.clusterId));
}

/**
 * Records invitations to a service; an organisation invited before is skipped (the primary key), so two
 * managers pressing the button at once invite each organisation once. Returns the newly invited ids.
 */
export async function recordServiceInvitations(
  db: Database,
  params: { serviceId: string; organisationIds: readonly string[]; invitedBy: string },
): Promise<string[]> {
  if (params.organisationIds.length === 0) return [];
  const rows = await db
    .insert(serviceInvitations)
    .values(params.organisationIds.map((organisationId) => ({ serviceId: params.serviceId, organisationId, invitedBy: params.invitedBy })))
    .onConflictDoNothing()
    .returning({ organisationId: serviceInvitations.organisationId });
  return rows.map((row) => row.organisationId);
}

/** The contact persons of organisations in one cluster (member role there, active membership, account enabled). */
export async function clusterContactPersons(db: Database, params: { clusterId: string; organisationIds: readonly string[] }) {
  if (params.organisationIds.length === 0) return [];
  return db
    .selectDistinct({ organisationId: roleAssignments.organisationId, email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .innerJoin(
      memberships,
      and(eq(memberships.organisationId, roleAssignments.organisationId), eq(memberships.clusterId, roleAssignments.clusterId)),
    )
    .where(
      and(
        eq(roleAssignments.kind, "member"),
        eq(roleAssignments.clusterId, params.clusterId),
        inArray(roleAssignments.organisationId, [...params.organisationIds]),
        eq(memberships.status, "active"),
        isNull(users.disabledAt),
      ),
    );
}
