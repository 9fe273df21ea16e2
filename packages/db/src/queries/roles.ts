import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, memberships, organisations, roleAssignments } from "../schema";

export type RoleAssignment =
  | { kind: "admin" }
  | { kind: "assessor" }
  | { kind: "manager"; clusterId: string; clusterSlug: string; clusterName: string }
  | {
      kind: "member";
      clusterId: string;
      clusterSlug: string;
      clusterName: string;
      organisationId: string;
      organisationName: string;
    };

/**
 * A user's current roles, read fresh per request so a revoked role takes effect at once. A member role
 * holds only while the organisation's membership in that cluster is active (DOMAIN.md §1 "Membership"):
 * the contact person of an applicant or of an organisation that left has no role there.
 */
export async function loadRoleAssignments(db: Database, userId: string): Promise<RoleAssignment[]> {
  const rows = await db
    .select({
      kind: roleAssignments.kind,
      clusterId: roleAssignments.clusterId,
      clusterSlug: clusters.slug,
      clusterName: clusters.name,
      organisationId: roleAssignments.organisationId,
      organisationName: organisations.name,
      membershipStatus: memberships.status,
    })
    .from(roleAssignments)
    .leftJoin(clusters, eq(clusters.id, roleAssignments.clusterId))
    .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .leftJoin(
      memberships,
      and(eq(memberships.organisationId, roleAssignments.organisationId), eq(memberships.clusterId, roleAssignments.clusterId)),
    )
    .where(eq(roleAssignments.userId, userId));
  const roles: RoleAssignment[] = [];
  for (const row of rows) {
    if (row.kind === "admin" || row.kind === "assessor") roles.push({ kind: row.kind });
    else if (row.kind === "manager" && row.clusterId && row.clusterSlug && row.clusterName) {
      roles.push({ kind: "manager", clusterId: row.clusterId, clusterSlug: row.clusterSlug, clusterName: row.clusterName });
    } else if (
      row.kind === "member" &&
      row.membershipStatus === "active" &&
      row.clusterId &&
      row.clusterSlug &&
      row.clusterName &&
      row.organisationId &&
      row.organisationName
    ) {
      roles.push({
        kind: "member",
        clusterId: row.clusterId,
        clusterSlug: row.clusterSlug,
        clusterName: row.clusterName,
        organisationId: row.organisationId,
        organisationName: row.organisationName,
      });
    }
  }
  return roles;
}

export async function assignRole(
  db: Database,
  userId: string,
  role:
    { kind: "admin" | "assessor" } | { kind: "manager"; clusterId: string } | { kind: "member"; clusterId: string; organisationId: string },
): Promise<void> {
  await db.insert(roleAssignments).values({
    userId,
    kind: role.kind,
    clusterId: "clusterId" in role ? role.clusterId : null,
    organisationId: "organisationId" in role ? role.organisationId : null,
  });
}
