import { type Database, findClusterById, loadClusterProspects, loadMemberProfiles } from "@clusterwerk/db";
import { memberStructure } from "@clusterwerk/scoring/members";
import { clusterFocus, growthPotential } from "@clusterwerk/scoring/prospects";
import { errorMessages } from "@clusterwerk/validators";
import { notFound } from "./trpc";

/** The cluster's office and radius (DOMAIN.md §1). */
export async function clusterRegion(db: Database, clusterId: string) {
  const cluster = await findClusterById(db, clusterId);
  if (!cluster) throw notFound(errorMessages.clusterNotFound);
  return { lat: cluster.lat, lon: cluster.lon, radiusKm: cluster.radiusKm };
}

/**
 * Everything the growth potential and the reach read on `asOf`: the region, the memberships with their
 * profiles, the focus (from committed members), the ranked prospects and S8 over the relevant ones. The
 * member structure's S8 should come from here too, so both pages show one number.
 */
export async function loadGrowthPotential(db: Database, clusterId: string, asOf: string) {
  const [region, members, prospects] = await Promise.all([
    clusterRegion(db, clusterId),
    loadMemberProfiles(db, clusterId),
    loadClusterProspects(db, clusterId),
  ]);
  const focus = clusterFocus(members, asOf);
  return { region, members, focus, ...growthPotential({ asOf, memberships: members, prospects, focus, region }) };
}

/**
 * The member structure S1–S8 (DOMAIN.md §6.1) on `asOf` with the monthly member counts, from a loaded
 * growth potential. S8 is its penetration over the relevant prospects, so the structure page, the
 * prospects page and a benchmarking show one number.
 */
export function memberStructureOf(growth: Awaited<ReturnType<typeof loadGrowthPotential>>, asOf: string) {
  const structure = memberStructure({ asOf, memberships: growth.members, region: growth.region });
  return { ...structure, S8: growth.penetration, radiusKm: growth.region.radiusKm };
}

/** The member structure of a cluster on `asOf` (see `memberStructureOf`). */
export async function loadMemberStructure(db: Database, clusterId: string, asOf: string) {
  return memberStructureOf(await loadGrowthPotential(db, clusterId, asOf), asOf);
}
