import { type Database, listTaxonomy, loadMatchWorld, matchWorldVersion, type MatchWorld, refreshMatchStatistics } from "@clusterwerk/db";
import { buildMatchIndex, type MatchData, type MatchIndex, prepareMatchCorpus } from "@clusterwerk/scoring/matching";

/** An index built from the database as it was at `version` (read before the data), for matching on `asOf`. */
export interface BuiltIndex {
  version: string;
  asOf: string;
  index: MatchIndex;
  /** Each indexed profile's `updatedAt` in ms: a request for a profile changed since waits for the rebuild. */
  profileVersions: ReadonlyMap<string, number>;
  /** Labels of taxonomy codes in German and English, for matched tags in the reader's language. */
  labels: TermLabels;
  builtAt: Date;
}

export type TermLabels = ReadonlyMap<string, { de: string; en: string }>;

/**
 * Labels of the codes profiles are matched on (technology tags and NACE codes), read with the index: a
 * request then needs no taxonomy query; a term added for a profile comes with that profile's rebuild.
 */
export async function termLabels(db: Database): Promise<TermLabels> {
  const kinds = ["technology-field", "technology-topic", "nace-section", "nace-division"] as const;
  const lists = await Promise.all(kinds.map((kind) => listTaxonomy(db, kind)));
  return new Map(lists.flat().map((term) => [term.code, { de: term.labelDe, en: term.labelEn }]));
}

/** The engine's organisation for an organisation in one cluster (an organisation can be a member of several, DOMAIN.md §1). */
export const engineOrganisation = (organisationId: string, clusterId: string) => `${organisationId}@${clusterId}`;

/** Database rows → the engine's match data (SCORING-CLI.md `match`); an organisation without coordinates sits at its cluster's office. */
export function toMatchData(world: MatchWorld): MatchData {
  const clusterById = new Map(world.clusters.map((cluster) => [cluster.id, cluster]));
  const organisations = new Map<string, MatchData["organisations"][number]>();
  for (const row of world.profiles) {
    const id = engineOrganisation(row.organisationId, row.clusterId);
    const office = clusterById.get(row.clusterId);
    organisations.set(id, {
      id,
      cluster: row.clusterId,
      category: row.category,
      lat: row.orgLat ?? office?.lat ?? 0,
      lon: row.orgLon ?? office?.lon ?? 0,
      consent: row.matchmaking,
    });
  }
  return {
    clusters: world.clusters,
    partnerships: world.partnerships.map((pair) => [pair.a, pair.b] as [string, string]),
    organisations: [...organisations.values()],
    profiles: world.profiles.map((row) => ({
      id: row.id,
      org: engineOrganisation(row.organisationId, row.clusterId),
      type: row.type,
      title: row.title,
      summary: row.summary,
      description: row.description,
      tags: row.tags,
      nace: row.nace,
      partnerships: row.partnerships,
      reach: row.crossCluster ? row.reach : "my-cluster",
      validUntil: row.validUntil,
    })),
  };
}

/**
 * One web instance's match index (docs/ARCHITECTURE.md, Matchmaking). Every request reads the database's
 * high-water mark (`matchWorldVersion`, one cheap query); the index is never trusted on process memory
 * alone. When the mark moved, one rebuild starts in the background and requests go on with the previous
 * index — the caller filters every result through the visibility query, so a stale index can rank late
 * but never show what the viewer may not see — except a request for a profile that changed since (or is
 * new): that one waits for the rebuild, so its owner sees their edit at once.
 */
export class MatchIndexCache {
  private current: BuiltIndex | null = null;
  private pending: Promise<BuiltIndex> | null = null;

  /** The index to answer a request for `profileId` (updated at `profileUpdatedAt`) on `asOf`. */
  async indexFor(db: Database, params: { asOf: string; profileId: string; profileUpdatedAt: Date }): Promise<BuiltIndex> {
    const version = await matchWorldVersion(db);
    const current = this.current;
    if (current && current.version === version && current.asOf === params.asOf) return current;
    const knows = (built: BuiltIndex | null): built is BuiltIndex =>
      built !== null && built.asOf === params.asOf && built.profileVersions.get(params.profileId) === params.profileUpdatedAt.getTime();
    const rebuild = this.rebuild(db, params.asOf);
    if (knows(current)) return current;
    const built = await rebuild;
    // A rebuild that was already running may have read the data before this profile's change: one more.
    return knows(built) ? built : this.rebuild(db, params.asOf);
  }

  /** Resolves once no rebuild is running (tests and the bench wait for freshness with it). */
  async settled(): Promise<void> {
    while (this.pending) await this.pending;
  }

  private rebuild(db: Database, asOf: string): Promise<BuiltIndex> {
    this.pending ??= build(db, asOf)
      .then((built) => {
        if (!this.current || this.current.version !== built.version || this.current.asOf !== asOf) this.current = built;
        return built;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}

/**
 * Reads the high-water mark first, then the data, so a change made in between shows as a newer mark and
 * rebuilds again; refreshes the planner's statistics for the requests that follow.
 */
async function build(db: Database, asOf: string): Promise<BuiltIndex> {
  const version = await matchWorldVersion(db);
  const [world, labels] = await Promise.all([loadMatchWorld(db, asOf), termLabels(db)]);
  // The data changed since the last build: keep the visibility query's plan fit for it (PGlite has no autovacuum).
  await refreshMatchStatistics(db);
  const index = buildMatchIndex(prepareMatchCorpus(toMatchData(world)));
  const profileVersions = new Map(world.profiles.map((row) => [row.id, row.updatedAt.getTime()]));
  return { version, asOf, index, profileVersions, labels, builtAt: new Date() };
}

/** The instance's cache, shared by its requests. */
export const matchIndexCache = new MatchIndexCache();
