import type { ClusterSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, memberships, organisations } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

export async function findClusterBySlug(db: Database, slug: string) {
  const [cluster] = await db.select().from(clusters).where(eq(clusters.slug, slug)).limit(1);
  return cluster ?? null;
}

export async function findClusterById(db: Database, id: string) {
  const [cluster] = await db.select().from(clusters).where(eq(clusters.id, id)).limit(1);
  return cluster ?? null;
}

/**
 * The public profile of a cluster: its record and counts of active members per category. Counts are
 * aggregates, so no organisation is revealed here.
 */
export async function getPublicClusterProfile(db: Database, slug: string) {
  const cluster = await findClusterBySlug(db, slug);
  if (!cluster) return null;
  const mix = await db
    .select({ category: organisations.category, n: count() })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.clusterId, cluster.id), eq(memberships.status, "active")))
    .groupBy(organisations.category);
  const memberCount = mix.reduce((sum, row) => sum + row.n, 0);
  return {
    id: cluster.id,
    slug: cluster.slug,
    name: cluster.name,
    managementOrganisation: cluster.managementOrganisation,
    country: cluster.country,
    region: cluster.region,
    city: cluster.city,
    sectorField: cluster.sectorField,
    founded: cluster.founded,
    legalForm: cluster.legalForm,
    website: cluster.website,
    radiusKm: cluster.radiusKm,
    descriptionDe: cluster.descriptionDe,
    descriptionEn: cluster.descriptionEn,
    isDemo: cluster.isDemo,
    memberCount,
    categoryMix: mix.map((row) => ({ category: row.category, count: row.n })),
  };
}

/** All clusters for the admin page and the public list, with an optional search over the name; by name unless sorted otherwise. */
export async function listClusters(db: Database, params: PageInput & SortParams<ClusterSortKey> & { search?: string | undefined }) {
  // A join, not a correlated subquery in the selection: Drizzle leaves columns in the selection of a
  // single-table query unqualified, which made `clusters.id` there read as `memberships.id` (always 0).
  const activeMembers = db
    .select({ clusterId: memberships.clusterId, n: count().as("n") })
    .from(memberships)
    .where(eq(memberships.status, "active"))
    .groupBy(memberships.clusterId)
    .as("active_members");
  const memberCount = sql<number>`coalesce(${activeMembers.n}, 0)`.mapWith(Number);
  const query = db
    .select({
      id: clusters.id,
      slug: clusters.slug,
      name: clusters.name,
      country: clusters.country,
      city: clusters.city,
      sectorField: clusters.sectorField,
      radiusKm: clusters.radiusKm,
      openMatchmaking: clusters.openMatchmaking,
      memberCount: memberCount.as("member_count"),
    })
    .from(clusters)
    .leftJoin(activeMembers, eq(activeMembers.clusterId, clusters.id))
    .where(searchCondition(params.search, [clusters.name]))
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { name: clusters.name, city: clusters.city, country: clusters.country, memberCount },
      defaultSort: "name",
      defaultDirection: "asc",
      tiebreak: clusters.id,
    }),
  });
}
