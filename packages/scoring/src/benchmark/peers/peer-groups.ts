import type { IndicatorCatalogue } from "../indicator-types";
import { compareCompositeScores, compositeScores } from "./composite-score";
import type { PeerCluster } from "./peer-input";
import { compareIds, type PoolMember } from "./reference-pool";

/** The three peer groups of §6.2, always in this order. */
export const peerGroupKinds = ["sector", "country", "best-in-class"] as const;
export type PeerGroupKind = (typeof peerGroupKinds)[number];

/** ESCA's minimum, applied to every group: a smaller group is hidden and the report says why. */
export const MIN_PEER_GROUP_SIZE = 10;

export interface PeerGroup {
  kind: PeerGroupKind;
  /** Sorted by id. */
  members: PoolMember[];
}

/**
 * Best-in-class: every Gold holder of the pool when there are at least 10; otherwise the Gold holders
 * completed from the rest of the pool by composite score, highest first (compared exactly), ties by id
 * ascending (a candidate without a score comes last), until there are 10 or the pool is exhausted.
 */
export function bestInClass(pool: readonly PoolMember[], catalogue: IndicatorCatalogue): PoolMember[] {
  const gold = pool.filter((member) => member.holdsGold);
  if (gold.length >= MIN_PEER_GROUP_SIZE) return gold;
  const rest = pool.filter((member) => !member.holdsGold);
  const scores = compositeScores(pool, rest, catalogue);
  const byScoreDescending = (a: PoolMember, b: PoolMember): number => {
    const left = scores.get(a.id) ?? null;
    const right = scores.get(b.id) ?? null;
    if (left === null || right === null) return (left === null ? 1 : 0) - (right === null ? 1 : 0);
    return compareCompositeScores(right, left);
  };
  const completion = rest.sort((a, b) => byScoreDescending(a, b) || compareIds(a.id, b.id)).slice(0, MIN_PEER_GROUP_SIZE - gold.length);
  return [...gold, ...completion].sort((a, b) => compareIds(a.id, b.id));
}

/** The sector, country and best-in-class groups of a pool sorted by id; sector and country match exactly. */
export function buildPeerGroups(cluster: PeerCluster, pool: readonly PoolMember[], catalogue: IndicatorCatalogue): PeerGroup[] {
  return [
    { kind: "sector", members: pool.filter((member) => member.sector === cluster.sector) },
    { kind: "country", members: pool.filter((member) => member.country === cluster.country) },
    { kind: "best-in-class", members: bestInClass(pool, catalogue) },
  ];
}

const groupPlace: Record<PeerGroupKind, string> = {
  sector: "in the same sector",
  country: "in the same country",
  "best-in-class": "in the reference pool",
};

/** "only 7 clusters in the same country; at least 10 are needed". */
export function hiddenGroupReason(kind: PeerGroupKind, size: number): string {
  const clusters = size === 0 ? "no clusters" : size === 1 ? "only 1 cluster" : `only ${size} clusters`;
  return `${clusters} ${groupPlace[kind]}; at least ${MIN_PEER_GROUP_SIZE} are needed`;
}
