import { type PartnershipType, type ProfileReach, type ProfileType } from "../domain/cooperation";
import { type MemberCategory } from "../domain/member-categories";
import { partnershipMask } from "./factors/partnership";
import { type CooperationProfile, type MatchData } from "./match-input";
import { createTextAnalyzer } from "./text/analyze-text";
import { runSteps, STEP_SLICE, type Steps } from "./steps";
import { type CountedTerms, countTerms, fitTfIdfSteps, type PackedVectors, type TermVector } from "./text/tfidf";

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
  /** Each profile's text's counted terms, by the profile object, for the next corpus (see `prepareMatchCorpus`). */
  analysedProfiles: AnalysedProfiles;
}

/**
 * A profile (the object, not its id) → its text's (title, summary, description) analysed terms, counted. Keyed by
 * the object rather than the text: a lookup is then one pointer hash, where a text key meant joining and hashing
 * every profile's text again on every rebuild (10–50 ms of a rebuild at 5,000 profiles, most of what was left once
 * the analysis itself was reused). Profiles are never changed in place; an edited profile is a new object.
 */
export type AnalysedProfiles = ReadonlyMap<CooperationProfile, CountedTerms>;

/**
 * Prepares validated match data (ids already checked by `matchDataSchema`) for matching. Analysing the
 * texts is most of the work and depends on each text alone, so a rebuild passes the previous corpus's
 * `analysedProfiles` and gives unchanged profiles as the same objects: only new or edited profiles' texts
 * are analysed again (once per distinct text); TF-IDF is fitted on all of them anew, so the corpus is the
 * same as one prepared from scratch. The result keeps only the profiles of `data`.
 */
export function prepareMatchCorpus(data: MatchData, previous: AnalysedProfiles = new Map()): MatchCorpus {
  return runSteps(prepareMatchCorpusSteps(data, previous));
}

/** `prepareMatchCorpus` in slices (`Steps`): a server's rebuild answers requests in between. */
export function* prepareMatchCorpusSteps(data: MatchData, previous: AnalysedProfiles = new Map()): Steps<MatchCorpus> {
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
  yield;

  let analyze: ReturnType<typeof createTextAnalyzer> | undefined;
  const analysedProfiles = new Map<CooperationProfile, CountedTerms>();
  // Texts analysed in this call: profiles with the same text share one analysis.
  const newTexts = new Map<string, CountedTerms>();
  const analysed: CountedTerms[] = [];
  for (const [at, profile] of data.profiles.entries()) {
    if (at % STEP_SLICE === 0) yield;
    let terms = previous.get(profile);
    if (!terms) {
      const text = `${profile.title}\n${profile.summary}\n${profile.description}`;
      terms = newTexts.get(text);
      if (!terms) {
        analyze ??= createTextAnalyzer();
        terms = countTerms(analyze(text).terms);
        newTexts.set(text, terms);
        // A new text's analysis is the costliest item of all: a slice may end after any of them.
        yield;
      }
    }
    analysedProfiles.set(profile, terms);
    analysed.push(terms);
  }
  const { vectors, packed, terms } = yield* fitTfIdfSteps(analysed);

  const profiles: PreparedProfile[] = [];
  for (const [index, profile] of data.profiles.entries()) {
    if (index % STEP_SLICE === 0) yield;
    const org = organisationIndex.get(profile.org) ?? -1;
    organisations[org]?.profiles.push(index);
    profiles.push({
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
    });
  }
  const profileIndex = new Map(profiles.map((profile) => [profile.id, profile.index]));
  return { clusters, organisations, profiles, profileIndex, terms, vectors: packed, analysedProfiles };
}
