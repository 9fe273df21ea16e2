import { type Database, findClusterById, loadClusterGrowth, memberStructureOf } from "@clusterwerk/db";
import { errorMessages } from "@clusterwerk/validators";
import { notFound } from "./trpc";

export { memberStructureOf };

/** The cluster's office and radius (DOMAIN.md §1). */
export async function clusterRegion(db: Database, clusterId: string) {
  const cluster = await findClusterById(db, clusterId);
  if (!cluster) throw notFound(errorMessages.clusterNotFound);
  return { lat: cluster.lat, lon: cluster.lon, radiusKm: cluster.radiusKm };
}

/** The growth potential of a cluster on `asOf` (`loadClusterGrowth`); NOT_FOUND when there is no such cluster. */
export async function loadGrowthPotential(db: Database, clusterId: string, asOf: string) {
  const growth = await loadClusterGrowth(db, clusterId, asOf);
  if (!growth) throw notFound(errorMessages.clusterNotFound);
  return growth;
}

/** The member structure of a cluster on `asOf` (`memberStructureOf`). */
export async function loadMemberStructure(db: Database, clusterId: string, asOf: string) {
  return memberStructureOf(await loadGrowthPotential(db, clusterId, asOf), asOf);
}
