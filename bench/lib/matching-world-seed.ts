import { type Database, schema } from "@clusterwerk/db";
import type { MatchData } from "@clusterwerk/scoring/matching";
import { inBatches } from "./batches";

/** A profile as written: its row id and the tenant it belongs to. */
export interface SeededProfile {
  id: string;
  clusterId: string;
  organisationId: string;
}

/**
 * A generated matching world (bench/matching-data.ts) as database rows: its clusters and partnerships,
 * organisations with an active membership in their cluster and their matchmaking and cross-cluster
 * consents, and the published profiles. Returns the cluster and organisation ids by the world's keys and the profiles.
 */
export async function seedMatchingWorld(db: Database, world: MatchData) {
  const clusterIds = new Map<string, string>();
  for (const cluster of world.clusters) {
    const [row] = await db
      .insert(schema.clusters)
      .values({
        slug: `bench-${cluster.id}`,
        name: `Bench ${cluster.id}`,
        managementOrganisation: "Bench CMO",
        country: "DE",
        region: "Bench",
        city: "Bench",
        lat: cluster.lat,
        lon: cluster.lon,
        sectorField: "ICT",
        radiusKm: cluster.radiusKm,
        openMatchmaking: cluster.openMatchmaking,
      })
      .returning({ id: schema.clusters.id });
    if (row) clusterIds.set(cluster.id, row.id);
  }
  const clusterOf = (id: string) => clusterIds.get(id) ?? "";
  const seenPairs = new Set<string>();
  const partnerships = world.partnerships.filter(([a, b]) => {
    const key = [a, b].sort().join(":");
    if (seenPairs.has(key)) return false;
    seenPairs.add(key);
    return true;
  });
  await db
    .insert(schema.clusterPartnerships)
    .values(partnerships.map(([a, b]) => ({ proposerClusterId: clusterOf(a), partnerClusterId: clusterOf(b), status: "active" as const })));
  const organisationIds = new Map<string, { id: string; clusterId: string }>();
  await inBatches(world.organisations, async (batch) => {
    const rows = await db
      .insert(schema.organisations)
      .values(
        batch.map((o) => ({
          slug: `bench-${o.id}`,
          name: o.id,
          category: o.category,
          city: "Bench",
          country: "DE",
          lat: o.lat,
          lon: o.lon,
        })),
      )
      .returning({ id: schema.organisations.id, slug: schema.organisations.slug });
    for (const [index, row] of rows.entries()) {
      const organisation = batch[index];
      if (organisation) organisationIds.set(organisation.id, { id: row.id, clusterId: clusterOf(organisation.cluster) });
    }
  });
  const organisationOf = (id: string) => organisationIds.get(id) ?? { id: "", clusterId: "" };
  await inBatches(world.organisations, async (batch) => {
    await db.insert(schema.memberships).values(
      batch.map((o) => ({
        organisationId: organisationOf(o.id).id,
        clusterId: organisationOf(o.id).clusterId,
        status: "active" as const,
      })),
    );
    await db.insert(schema.consents).values(
      batch.flatMap((o) => [
        { organisationId: organisationOf(o.id).id, purpose: "matchmaking" as const, granted: o.consent },
        { organisationId: organisationOf(o.id).id, purpose: "cross-cluster" as const, granted: true },
      ]),
    );
  });
  const profiles: SeededProfile[] = [];
  await inBatches(world.profiles, async (batch) => {
    const rows = await db
      .insert(schema.cooperationProfiles)
      .values(
        batch.map((p) => ({
          clusterId: organisationOf(p.org).clusterId,
          organisationId: organisationOf(p.org).id,
          type: p.type,
          language: "en" as const,
          title: p.title || "untitled",
          summary: p.summary,
          description: p.description,
          technologyTags: p.tags,
          nace: p.nace,
          partnershipTypes: p.partnerships,
          reach: p.reach,
          validUntil: "2099-12-31",
          status: "published" as const,
        })),
      )
      .returning({
        id: schema.cooperationProfiles.id,
        clusterId: schema.cooperationProfiles.clusterId,
        organisationId: schema.cooperationProfiles.organisationId,
      });
    profiles.push(...rows);
  });
  return { clusterIds, organisationIds, profiles };
}
