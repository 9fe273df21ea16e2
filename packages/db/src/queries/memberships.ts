import { and, asc, eq, ne } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, organisations } from "../schema";

/** Organisations with a current (applicant or active) membership in the cluster, by name. */
export async function listClusterOrganisations(db: Database, clusterId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, category: organisations.category, status: memberships.status })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.clusterId, clusterId), ne(memberships.status, "left")))
    .orderBy(asc(organisations.name));
}

export async function isOrganisationInCluster(db: Database, organisationId: string, clusterId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.clusterId, clusterId), ne(memberships.status, "left")))
    .limit(1);
  return row !== undefined;
}
