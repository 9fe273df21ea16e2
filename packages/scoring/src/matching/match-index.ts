import { type ProfileReach, type ProfileType, profileReaches, profileTypes } from "../domain/cooperation";
import { memberCategories } from "../domain/member-categories";
import { haversineKm } from "./factors/geography";
import { topicParent } from "./factors/topic";
import { type MatchCorpus } from "./corpus";
import { runSteps, STEP_SLICE, type Steps } from "./steps";

/** Profiles of one cluster with one reach and one type, with what bounds their scores. */
export interface ProfileBucket {
  cluster: number;
  reach: ProfileReach;
  type: ProfileType;
  /** `reach` and `type` as their positions in profileReaches and profileTypes. */
  reachCode: number;
  typeCode: number;
  profiles: number[];
  /** Union of the members' partnership masks. */
  partnerships: number;
  /** Bit i set when a member's organisation has member category i. */
  categories: number;
}

/** Where a cluster's organisations are: a centre and the largest distance (km) of any from it. */
export interface ClusterFootprint {
  lat: number;
  lon: number;
  spreadKm: number;
}

/**
 * What the search's inner loops ask of a profile, by profile index, as numbers rather than strings:
 * its cluster, type, reach and organisation's member category (positions in profileTypes,
 * profileReaches, memberCategories), and its topic set — profiles with the same tags and codes in the
 * same order share one, so a query computes each topic factor once per set, not once per profile —
 * its partnerships and its text vector. Contiguous arrays rather than one object per profile: the
 * search reads them for thousands of scattered profiles per query, and memory access is its cost.
 */
export interface ProfileCodes {
  cluster: Int32Array;
  type: Uint8Array;
  reach: Uint8Array;
  category: Uint8Array;
  topicSet: Int32Array;
  /** The items of each topic set. */
  topicSets: (readonly string[])[];
  /** Partnership masks. */
  partnerships: Int32Array;
  /**
   * All text vectors in two arrays (the corpus's packed vectors, shared, not copied): profile p's terms and
   * weights are at [vectorStart[p], vectorStart[p + 1]).
   */
  vectorStart: Int32Array;
  vectorTerms: Int32Array;
  vectorWeights: Float64Array;
}

/**
 * Inverted index over a corpus: postings per text term and per tag/NACE code (also by parent, so
 * the hierarchical relation is one lookup), each term's largest weight in any profile, and profiles
 * bucketed by cluster, reach and type with per-bucket data for upper bounds of the other factors.
 */
export interface MatchIndex {
  corpus: MatchCorpus;
  termPostings: Int32Array[];
  maxTermWeight: Float64Array;
  topicPostings: ReadonlyMap<string, readonly number[]>;
  childPostings: ReadonlyMap<string, readonly number[]>;
  bucketsByCluster: ProfileBucket[][];
  footprints: (ClusterFootprint | null)[];
  codes: ProfileCodes;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildMatchIndex(corpus: MatchCorpus): MatchIndex {
  return runSteps(buildMatchIndexSteps(corpus));
}

/** `buildMatchIndex` in slices of profiles (`Steps`): a server's rebuild answers requests in between. */
export function* buildMatchIndexSteps(corpus: MatchCorpus): Steps<MatchIndex> {
  const topicPostings = new Map<string, number[]>();
  const childPostings = new Map<string, number[]>();
  const buckets = new Map<string, ProfileBucket>();

  for (const profile of corpus.profiles) {
    if (profile.index % STEP_SLICE === 0) yield;
    for (const item of profile.topicItems) {
      pushTo(topicPostings, item, profile.index);
      const parent = topicParent(item);
      if (parent !== null) pushTo(childPostings, parent, profile.index);
    }
    const key = `${profile.cluster}|${profile.reach}|${profile.type}`;
    const bucket = buckets.get(key) ?? {
      cluster: profile.cluster,
      reach: profile.reach,
      type: profile.type,
      reachCode: profileReaches.indexOf(profile.reach),
      typeCode: profileTypes.indexOf(profile.type),
      profiles: [],
      partnerships: 0,
      categories: 0,
    };
    bucket.profiles.push(profile.index);
    bucket.partnerships |= profile.partnerships;
    const category = corpus.organisations[profile.org]?.category;
    if (category) bucket.categories |= 1 << memberCategories.indexOf(category);
    buckets.set(key, bucket);
  }

  const bucketsByCluster: ProfileBucket[][] = corpus.clusters.map(() => []);
  for (const cluster of corpus.clusters) {
    for (const reach of profileReaches) {
      for (const type of profileTypes) {
        const bucket = buckets.get(`${cluster.index}|${reach}|${type}`);
        if (bucket) bucketsByCluster[cluster.index]?.push(bucket);
      }
    }
  }
  const postings = yield* termPostings(corpus);
  const codes = yield* profileCodes(corpus);
  return { corpus, ...postings, topicPostings, childPostings, bucketsByCluster, footprints: clusterFootprints(corpus), codes };
}

/**
 * Each text term's profiles (ascending) and largest weight, from the packed vectors: typed arrays counted and
 * filled in two passes, as a rebuild of thousands of profiles otherwise spends its time growing one list per term.
 */
function* termPostings(corpus: MatchCorpus): Steps<Pick<MatchIndex, "termPostings" | "maxTermWeight">> {
  const { start, termIds, weights } = corpus.vectors;
  const counts = new Int32Array(corpus.terms.length);
  const maxTermWeight = new Float64Array(corpus.terms.length);
  for (let at = 0; at < termIds.length; at += 1) {
    const termId = termIds[at] ?? 0;
    counts[termId] = (counts[termId] ?? 0) + 1;
    maxTermWeight[termId] = Math.max(maxTermWeight[termId] ?? 0, weights[at] ?? 0);
  }
  yield;
  const postings = Array.from(counts, (count) => new Int32Array(count));
  const filled = new Int32Array(corpus.terms.length);
  for (let profile = 0; profile < corpus.profiles.length; profile += 1) {
    if (profile % STEP_SLICE === 0) yield;
    for (let at = start[profile] ?? 0; at < (start[profile + 1] ?? 0); at += 1) {
      const termId = termIds[at] ?? 0;
      const list = postings[termId];
      if (list) list[(filled[termId] = (filled[termId] ?? 0) + 1) - 1] = profile;
    }
  }
  return { termPostings: postings, maxTermWeight };
}

function* profileCodes(corpus: MatchCorpus): Steps<ProfileCodes> {
  const count = corpus.profiles.length;
  const codes: ProfileCodes = {
    cluster: new Int32Array(count),
    type: new Uint8Array(count),
    reach: new Uint8Array(count),
    category: new Uint8Array(count),
    topicSet: new Int32Array(count),
    topicSets: [],
    partnerships: new Int32Array(count),
    vectorStart: corpus.vectors.start,
    vectorTerms: corpus.vectors.termIds,
    vectorWeights: corpus.vectors.weights,
  };
  const setIds = new Map<string, number>();
  for (const profile of corpus.profiles) {
    const at = profile.index;
    if (at % STEP_SLICE === 0) yield;
    codes.cluster[at] = profile.cluster;
    codes.type[at] = profileTypes.indexOf(profile.type);
    codes.reach[at] = profileReaches.indexOf(profile.reach);
    codes.category[at] = memberCategories.indexOf(corpus.organisations[profile.org]?.category ?? "other");
    const key = JSON.stringify(profile.topicItems);
    let set = setIds.get(key);
    if (set === undefined) {
      set = codes.topicSets.length;
      setIds.set(key, set);
      codes.topicSets.push(profile.topicItems);
    }
    codes.topicSet[at] = set;
    codes.partnerships[at] = profile.partnerships;
  }
  return codes;
}

/** Centre = mean position of a cluster's organisations with profiles; null for a cluster without any. */
function clusterFootprints(corpus: MatchCorpus): (ClusterFootprint | null)[] {
  const members = corpus.clusters.map((): { lat: number; lon: number }[] => []);
  for (const organisation of corpus.organisations) {
    if (organisation.profiles.length > 0) members[organisation.cluster]?.push(organisation);
  }
  return members.map((positions) => {
    if (positions.length === 0) return null;
    const lat = positions.reduce((sum, position) => sum + position.lat, 0) / positions.length;
    const lon = positions.reduce((sum, position) => sum + position.lon, 0) / positions.length;
    const spreadKm = positions.reduce((spread, position) => Math.max(spread, haversineKm(lat, lon, position.lat, position.lon)), 0);
    return { lat, lon, spreadKm };
  });
}
