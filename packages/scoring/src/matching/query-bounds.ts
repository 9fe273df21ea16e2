import { actorsFactor } from "./factors/actor-complementarity";
import { geographyFactor, haversineKm } from "./factors/geography";
import { countBits, partnershipOverlap } from "./factors/partnership";
import { typeWeight } from "./factors/type-weight";
import { isVisibleTo } from "./eligibility";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { type MemberCategory, memberCategories } from "../domain/member-categories";
import { type MatchQuery, weightedScore } from "./match-query";
import { type PreparedProfile } from "./corpus";
import { type FactorValues } from "./weights";

// Upper bounds are computed in floating point too; this margin keeps them above the exact scores.
const BOUND_MARGIN = 1e-9;
const DISTANCE_MARGIN_KM = 1e-3;
const UNKNOWN = -1;

export const inflate = (score: number): number => score * (1 + BOUND_MARGIN) + BOUND_MARGIN;

/**
 * What one query knows about every candidate before scoring it: whether the requester's cluster can
 * see it and its type is complementary (DOMAIN.md §5.2, without expiry, consent and organisation,
 * which `exclusionReason` checks at evaluation), and upper bounds of the costly factors per cluster —
 * geography from the cluster's footprint, reciprocity from whether the requester's organisation has a
 * live profile that cluster can see. Per-cluster values are computed on first use.
 */
export class QueryBounds {
  private readonly relation: Int8Array;
  private readonly geography: Float64Array;
  private readonly reciprocity: Int8Array;
  private readonly requesterCategory: MemberCategory;

  constructor(
    private readonly index: MatchIndex,
    private readonly query: MatchQuery,
  ) {
    const { corpus, office, requester } = query;
    const clusters = corpus.clusters.length;
    // 2 = the requester's own cluster, 1 = a partner cluster, 0 = any other.
    this.relation = new Int8Array(clusters);
    for (const partner of office.partners) this.relation[partner] = 1;
    this.relation[requester.cluster] = 2;
    this.geography = new Float64Array(clusters).fill(UNKNOWN);
    this.reciprocity = new Int8Array(clusters).fill(UNKNOWN);
    this.requesterCategory = corpus.organisations[requester.org]?.category ?? "other";
  }

  /** Visible to the requester's cluster and of a complementary type. */
  reachable(candidate: PreparedProfile): boolean {
    if (typeWeight(this.query.requester.type, candidate.type) === 0) return false;
    const relation = this.relation[candidate.cluster] ?? 0;
    if (relation === 2) return true;
    if (candidate.reach === "my-cluster") return false;
    return relation === 1 || (candidate.reach === "all-clusters" && this.query.office.openMatchmaking);
  }

  /** An upper bound on the geography factor of any organisation of `cluster`. */
  geographyBound(cluster: number): number {
    const known = this.geography[cluster] ?? UNKNOWN;
    if (known !== UNKNOWN) return known;
    const { office } = this.query;
    const footprint = this.index.footprints[cluster];
    const nearest = footprint
      ? Math.max(0, haversineKm(office.lat, office.lon, footprint.lat, footprint.lon) - footprint.spreadKm - DISTANCE_MARGIN_KM)
      : 0;
    const bound = geographyFactor(nearest, office.radiusKm);
    this.geography[cluster] = bound;
    return bound;
  }

  /** 1 when reciprocity may be 1 for a candidate of `cluster`, else 0. */
  reciprocityBound(cluster: number): number {
    const known = this.reciprocity[cluster] ?? UNKNOWN;
    if (known !== UNKNOWN) return known;
    const { corpus, requester, asOf } = this.query;
    const possible = (corpus.organisations[requester.org]?.profiles ?? []).some((profileIndex) => {
      const profile = corpus.profiles[profileIndex];
      return profile !== undefined && profile.validUntil >= asOf && isVisibleTo(corpus, profile, cluster);
    });
    this.reciprocity[cluster] = possible ? 1 : 0;
    return possible ? 1 : 0;
  }

  /**
   * An upper bound on a candidate's score given upper bounds of its topic and text: exact partnership
   * and actors, per-cluster bounds for geography and reciprocity. Floating-point sums and products are
   * monotone, so with factors ≥ the exact ones this is ≥ the exact score.
   */
  scoreBound(candidate: PreparedProfile, topic: number, text: number): number {
    const { corpus, requester } = this.query;
    const factors: FactorValues = {
      topic,
      text: Math.min(1, text),
      partnership: partnershipOverlap(requester.partnerships, candidate.partnerships),
      geography: this.geographyBound(candidate.cluster),
      actors: actorsFactor(this.requesterCategory, corpus.organisations[candidate.org]?.category ?? "other"),
      reciprocity: this.reciprocityBound(candidate.cluster),
    };
    return inflate(weightedScore(this.query.weights, factors, typeWeight(requester.type, candidate.type)));
  }

  /** An upper bound on the score of any member of `bucket` with topic 0 and text at most `text`. */
  bucketBound(bucket: ProfileBucket, text: number): number {
    const { requester } = this.query;
    let actors = 0;
    memberCategories.forEach((category, bit) => {
      if ((bucket.categories & (1 << bit)) !== 0) actors = Math.max(actors, actorsFactor(this.requesterCategory, category));
    });
    const factors: FactorValues = {
      topic: 0,
      text,
      // Jaccard(Q, X) ≤ |Q ∩ union| / |Q| for every member set X of the bucket.
      partnership:
        requester.partnerships === 0 ? 0 : countBits(requester.partnerships & bucket.partnerships) / countBits(requester.partnerships),
      geography: this.geographyBound(bucket.cluster),
      actors,
      reciprocity: this.reciprocityBound(bucket.cluster),
    };
    return inflate(weightedScore(this.query.weights, factors, typeWeight(requester.type, bucket.type)));
  }
}
