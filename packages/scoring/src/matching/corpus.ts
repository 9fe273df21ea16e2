import { type PartnershipType, type ProfileReach, type ProfileType } from "../domain/cooperation";
import { type MemberCategory } from "../domain/member-categories";
import { partnershipMask } from "./factors/partnership";
import { type MatchData } from "./match-input";
import { createTextAnalyzer } from "./text/analyze-text";
import { fitTfIdf, type TermVector } from "./text/tfidf";

export interface PreparedCluster {
  index: number;
  id: string;
  lat: number;
  lon: number;
  radiusKm: number;
  openMatchmaking: boolean;
  /** Indices of clusters with an active partnership (pairs are unordered). */
  partners: ReadonlySet<number>;
}

export interface PreparedOrganisation {
  index: number;
  id: string;
  cluster: number;
  category: MemberCategory;
  lat: number;
  lon: number;
  consent: boolean;
  profiles: number[];
}

export interface PreparedProfile {
  index: number;
  id: string;
  org: number;
  cluster: number;
  type: ProfileType;
  reach: ProfileReach;
  validUntil: string;
  /** Tags ∪ NACE codes without duplicates: the items of the `topic` factor. */
  topicItems: readonly string[];
  partnerships: number;
  partnershipTypes: readonly PartnershipType[];
  vector: TermVector;
}

/** Match data analysed once: text vectors fitted on all profiles, ids resolved to indices. */
export interface MatchCorpus {
  clusters: PreparedCluster[];
  organisations: PreparedOrganisation[];
  profiles: PreparedProfile[];
  profileIndex: ReadonlyMap<string, number>;
  terms: readonly string[];
}

/** Prepares validated match data (ids already checked by `matchDataSchema`) for matching. */
export function prepareMatchCorpus(data: MatchData): MatchCorpus {
  const clusterIndex = new Map(data.clusters.map((cluster, index) => [cluster.id, index]));
  const partners = data.clusters.map(() => new Set<number>());
  for (const pair of data.partnerships) {
    const [a, b] = pair.map((id) => clusterIndex.get(id) ?? -1);
    if (a !== undefined && b !== undefined) {
      partners[a]?.add(b);
      partners[b]?.add(a);
    }
  }
  const clusters: PreparedCluster[] = data.clusters.map((cluster, index) => ({
    index,
    ...cluster,
    partners: partners[index] ?? new Set(),
  }));
  const organisationIndex = new Map(data.organisations.map((organisation, index) => [organisation.id, index]));
  const organisations: PreparedOrganisation[] = data.organisations.map((organisation, index) => ({
    ...organisation,
    index,
    cluster: clusterIndex.get(organisation.cluster) ?? -1,
    profiles: [],
  }));

  const analyze = createTextAnalyzer();
  const analysed = data.profiles.map((profile) => analyze(`${profile.title}\n${profile.summary}\n${profile.description}`).terms);
  const { vectors, terms } = fitTfIdf(analysed);

  const profiles = data.profiles.map((profile, index): PreparedProfile => {
    const org = organisationIndex.get(profile.org) ?? -1;
    organisations[org]?.profiles.push(index);
    return {
      index,
      id: profile.id,
      org,
      cluster: organisations[org]?.cluster ?? -1,
      type: profile.type,
      reach: profile.reach,
      validUntil: profile.validUntil,
      topicItems: [...new Set([...profile.tags, ...profile.nace])],
      partnerships: partnershipMask(profile.partnerships),
      partnershipTypes: profile.partnerships,
      vector: vectors[index] ?? { termIds: new Int32Array(), weights: new Float64Array(), surfaces: [] },
    };
  });
  return { clusters, organisations, profiles, profileIndex: new Map(profiles.map((profile) => [profile.id, profile.index])), terms };
}
