import { memberStructure } from "@clusterwerk/scoring/members";
import { clusterFocus, growthPotential } from "@clusterwerk/scoring/prospects";
import type { Database } from "../client";
import { findClusterById } from "./clusters";
import { loadClusterProspects, loadMemberProfiles } from "./prospects";

/**
 * Everything the growth potential and the reach read on `asOf`: the cluster, its region, the memberships
 * with their profiles, the focus (from committed members), the ranked prospects and S8 over the relevant
 * ones; null when there is no such cluster. The member structure's S8 comes from here too, so the
 * structure page, the prospects page and a benchmarking show one number.
 */
export async function loadClusterGrowth(db: Database, clusterId: string, asOf: string) {
  const [cluster, members, prospects] = await Promise.all([
    findClusterById(db, clusterId),
    loadMemberProfiles(db, clusterId),
    loadClusterProspects(db, clusterId),
  ]);
  if (!cluster) return null;
  const region = { lat: cluster.lat, lon: cluster.lon, radiusKm: cluster.radiusKm };
  const focus = clusterFocus(members, asOf);
  return { cluster, region, members, focus, ...growthPotential({ asOf, memberships: members, prospects, focus, region }) };
}
export type ClusterGrowth = NonNullable<Awaited<ReturnType<typeof loadClusterGrowth>>>;

/** The member structure S1–S8 (DOMAIN.md §6.1) on `asOf` with the monthly member counts, S8 from the growth potential. */
export function memberStructureOf(growth: Pick<ClusterGrowth, "members" | "region" | "penetration">, asOf: string) {
  const structure = memberStructure({ asOf, memberships: growth.members, region: growth.region });
  return { ...structure, S8: growth.penetration, radiusKm: growth.region.radiusKm };
}
