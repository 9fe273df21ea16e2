import { type PartnershipType, type ProfileReach, type ProfileType } from "../domain/cooperation";
import { type MemberCategory } from "../domain/member-categories";
import { partnershipMask } from "./factors/partnership";
import { type MatchData } from "./match-input";
import { createTextAnalyzer } from "./text/analyze-text";
import { type CountedTerms, countTerms, fitTfIdf, type PackedVectors, type TermVector } from "./text/tfidf";

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
  /** Every profile's vector in profile order, packed (each `PreparedProfile.vector` is a view on its range). */
  vectors: PackedVectors;
  /** Each profile text's counted terms, for the next corpus of the same profiles (see `prepareMatchCorpus`). */
  analysedTexts: AnalysedTexts;
}

/** A profile's text (title, summary, description) → its analysed terms, counted. */
export type AnalysedTexts = ReadonlyMap<string, CountedTerms>;

/**
 * Prepares validated match data (ids already checked by `matchDataSchema`) for matching. Analysing the
 * texts is most of the work and depends on each text alone, so a rebuild passes the previous corpus's
 * `analysedTexts` and only new or edited texts are analysed again; TF-IDF is fitted on all of them anew,
 * so the corpus is the same as one prepared from scratch. The result keeps only the texts of `data`.
 */
export function prepareMatchCorpus(data: MatchData, previous: AnalysedTexts = new Map()): MatchCorpus {
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

  let analyze: ReturnType<typeof createTextAnalyzer> | undefined;
  const analysedTexts = new Map<string, CountedTerms>();
  const analysed = data.profiles.map((profile) => {
    const text = `${profile.title}\n${profile.summary}\n${profile.description}`;
    let terms = analysedTexts.get(text) ?? previous.get(text);
    if (!terms) {
      analyze ??= createTextAnalyzer();
      terms = countTerms(analyze(text).terms);
    }
    analysedTexts.set(text, terms);
    return terms;
  });
  const { vectors, packed, terms } = fitTfIdf(analysed);

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
  const profileIndex = new Map(profiles.map((profile) => [profile.id, profile.index]));
  return { clusters, organisations, profiles, profileIndex, terms, vectors: packed, analysedTexts };
}
