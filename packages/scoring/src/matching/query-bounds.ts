import { actorsFactor } from "./factors/actor-complementarity";
import { geographyFactor, haversineKm } from "./factors/geography";
import { countBits, partnershipOverlap } from "./factors/partnership";
import { typeWeight } from "./factors/type-weight";
import { sharesTechnologyTag, topicSimilarity } from "./factors/topic";
import { profileReaches, profileTypes } from "../domain/cooperation";
import { isVisibleTo } from "./eligibility";
import { type MatchIndex, type ProfileBucket } from "./match-index";
import { type MemberCategory, memberCategories } from "../domain/member-categories";
import { type MatchQuery, SUBJECT_TEXT_MIN, weightedScore } from "./match-query";
import { type FactorValues } from "./weights";
import { rangeCosine } from "./text/tfidf";

// Upper bounds are computed in floating point too; this margin keeps them above the exact scores.
const BOUND_MARGIN = 1e-9;
const DISTANCE_MARGIN_KM = 1e-3;
const UNKNOWN = -1;

export const inflate = (score: number): number => score * (1 + BOUND_MARGIN) + BOUND_MARGIN;

const MY_CLUSTER = profileReaches.indexOf("my-cluster");
const ALL_CLUSTERS = profileReaches.indexOf("all-clusters");

/**
 * What one query knows about every candidate before scoring it: whether the requester's cluster can
 * see it and its type is complementary (DOMAIN.md §5.2, without expiry, consent and organisation,
 * which `exclusionReason` checks at evaluation), its exact topic factor and whether it shares a
 * technology tag (per topic set), and upper bounds of the costly factors per cluster — geography from
 * the cluster's footprint, reciprocity from whether the requester's organisation has a live profile
 * that cluster can see. Per-cluster and per-topic-set values are computed on first use; the lookups by
 * type and category code are the requester's row of the type-weight and actor matrices.
 */
export class QueryBounds {
  private readonly relation: Int8Array;
  private readonly geography: Float64Array;
  private readonly reciprocity: Int8Array;
  private readonly typeWeights: Float64Array;
  private readonly actors: Float64Array;
  private readonly topics: Float64Array;
  /** 0 = not yet known, 1 = shares a technology tag with the requester, 2 = does not. */
  private readonly tagShared: Uint8Array;
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
    this.typeWeights = Float64Array.from(profileTypes, (type) => typeWeight(requester.type, type));
    this.actors = Float64Array.from(memberCategories, (category) => actorsFactor(this.requesterCategory, category));
    this.topics = new Float64Array(index.codes.topicSets.length).fill(UNKNOWN);
    this.tagShared = new Uint8Array(index.codes.topicSets.length);
  }

  /** Visible to the requester's cluster and of a complementary type: profile `profileIndex`. */
  reachable(profileIndex: number): boolean {
    const { codes } = this.index;
    return this.visible(codes.cluster[profileIndex] ?? -1, codes.reach[profileIndex] ?? MY_CLUSTER, codes.type[profileIndex] ?? 0);
  }

  /** Visible to the requester's cluster and of a complementary type: every member of `bucket`. */
  bucketReachable(bucket: ProfileBucket): boolean {
    return this.visible(bucket.cluster, bucket.reachCode, bucket.typeCode);
  }

  private visible(cluster: number, reach: number, type: number): boolean {
    if ((this.typeWeights[type] ?? 0) === 0) return false;
    const relation = this.relation[cluster] ?? 0;
    if (relation === 2) return true;
    if (reach === MY_CLUSTER) return false;
    return relation === 1 || (reach === ALL_CLUSTERS && this.query.office.openMatchmaking);
  }

  /** The exact `topic` factor of the pair (`topicSimilarity`), computed once per topic set. */
  topic(profileIndex: number): number {
    const set = this.index.codes.topicSet[profileIndex] ?? 0;
    const known = this.topics[set] ?? UNKNOWN;
    if (known !== UNKNOWN) return known;
    const topic = topicSimilarity(this.query.requester.topicItems, this.index.codes.topicSets[set] ?? []);
    this.topics[set] = topic;
    return topic;
  }

  /** The exact `text` factor of the pair (`cosineSimilarity`, on the index's packed vectors). */
  text(profileIndex: number): number {
    const { codes } = this.index;
    const from = codes.vectorStart[profileIndex] ?? 0;
    return rangeCosine(
      this.query.requester.vector,
      codes.vectorTerms,
      codes.vectorWeights,
      from,
      codes.vectorStart[profileIndex + 1] ?? from,
    );
  }

  /** Whether the pair shares a subject (`sharesSubject`), given its exact text factor. */
  sharesSubject(profileIndex: number, text: number): boolean {
    if (text >= SUBJECT_TEXT_MIN) return true;
    const set = this.index.codes.topicSet[profileIndex] ?? 0;
    if (this.tagShared[set] === 0)
      this.tagShared[set] = sharesTechnologyTag(this.query.requester.topicItems, this.index.codes.topicSets[set] ?? []) ? 1 : 2;
    return this.tagShared[set] === 1;
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
   * An upper bound on the score of profile `profileIndex` given upper bounds of its topic and text:
   * exact partnership and actors, per-cluster bounds for geography and reciprocity. It adds the
   * products in factor order, as `weightedScore` does, so the float operations are the same and each
   * is monotone: with factors ≥ the exact ones this is ≥ the exact score (no object per call, it runs
   * for every gathered candidate).
   */
  scoreBound(profileIndex: number, topic: number, text: number): number {
    const { codes } = this.index;
    const { weights, requester } = this.query;
    const cluster = codes.cluster[profileIndex] ?? -1;
    const partnerships = codes.partnerships[profileIndex] ?? 0;
    let sum = 0;
    sum += weights.topic * topic;
    sum += weights.text * Math.min(1, text);
    sum += weights.partnership * partnershipOverlap(requester.partnerships, partnerships);
    sum += weights.geography * this.geographyBound(cluster);
    sum += weights.actors * (this.actors[codes.category[profileIndex] ?? 0] ?? 1);
    sum += weights.reciprocity * this.reciprocityBound(cluster);
    return inflate(100 * (this.typeWeights[codes.type[profileIndex] ?? 0] ?? 1) * sum);
  }
  /** An upper bound on the score of any visible candidate with topic 0 and text at most `text`. */
  topicFreeBound(text: number): number {
    const factors: FactorValues = {
      topic: 0,
      text: Math.min(1, text),
      partnership: this.query.requester.partnerships === 0 ? 0 : 1,
      geography: 1,
      actors: Math.max(...this.actors),
      reciprocity: 1,
    };
    return inflate(weightedScore(this.query.weights, factors, Math.max(...this.typeWeights)));
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
