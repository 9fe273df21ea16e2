import { and, asc, count, eq, ilike, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, memberships, organisations } from "../schema";
import { type PageInput, pageInput, toPage } from "./pagination";

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

/** All clusters for the admin page and the public list. */
export async function listClusters(db: Database, params: PageInput & { search?: string | undefined }) {
  const { cursor, limit } = pageInput.parse(params);
  const offset = cursor ?? 0;
  const term = params.search?.trim();
  const where = term ? ilike(clusters.name, `%${term}%`) : undefined;
  const memberCount = sql<number>`(select count(*)::int from ${memberships} where ${memberships.clusterId} = ${clusters.id} and ${memberships.status} = 'active')`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: clusters.id,
        slug: clusters.slug,
        name: clusters.name,
        country: clusters.country,
        city: clusters.city,
        sectorField: clusters.sectorField,
        radiusKm: clusters.radiusKm,
        openMatchmaking: clusters.openMatchmaking,
        memberCount,
      })
      .from(clusters)
      .where(where)
      .orderBy(asc(clusters.name))
      .limit(limit + 1)
      .offset(offset),
    db.select({ n: count() }).from(clusters).where(where),
  ]);
  return toPage(rows, offset, limit, total?.n ?? 0);
}

export async function clusterNamesByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: clusters.id, slug: clusters.slug, name: clusters.name }).from(clusters).where(inArray(clusters.id, ids));
}
