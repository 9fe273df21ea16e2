import { typeWeight } from "./factors/type-weight";
import { type MatchCorpus, type PreparedProfile } from "./corpus";

/** Why a candidate is not matched, in the order the reasons are checked (DOMAIN.md §5.2). */
export const exclusionReasons = ["same-org", "type", "expired", "consent", "reach"] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/**
 * Whether members of `viewerCluster` see `profile`: always within its own cluster; across clusters
 * when its reach is partner-clusters or all-clusters and the clusters are partners, or when its
 * reach is all-clusters and the viewer's cluster has opted into open matchmaking.
 */
export function isVisibleTo(corpus: MatchCorpus, profile: PreparedProfile, viewerCluster: number): boolean {
  if (profile.cluster === viewerCluster) return true;
  if (profile.reach === "my-cluster") return false;
  if (corpus.clusters[profile.cluster]?.partners.has(viewerCluster)) return true;
  return profile.reach === "all-clusters" && (corpus.clusters[viewerCluster]?.openMatchmaking ?? false);
}

/** The first reason `candidate` cannot be matched to `requester` on `asOf`, or null if it can. */
export function exclusionReason(
  corpus: MatchCorpus,
  requester: PreparedProfile,
  candidate: PreparedProfile,
  asOf: string,
): ExclusionReason | null {
  if (candidate.org === requester.org) return "same-org";
  if (typeWeight(requester.type, candidate.type) === 0) return "type";
  if (candidate.validUntil < asOf) return "expired";
  if (!(corpus.organisations[candidate.org]?.consent ?? false)) return "consent";
  if (!isVisibleTo(corpus, candidate, requester.cluster)) return "reach";
  return null;
}

/** Why the requesting profile itself cannot receive matches (expired, or its organisation withdrew consent). */
export function requesterBlock(corpus: MatchCorpus, requester: PreparedProfile, asOf: string): "expired" | "consent" | null {
  if (requester.validUntil < asOf) return "expired";
  if (!(corpus.organisations[requester.org]?.consent ?? false)) return "consent";
  return null;
}
