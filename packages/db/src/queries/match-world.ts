import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusterPartnerships, clusters, consents, cooperationProfiles, memberships, organisations } from "../schema";

/**
 * The high-water mark of everything the match index is built from, read on every match request (docs/
 * ARCHITECTURE.md, Matchmaking): one row of aggregates over indexed columns. Any profile change moves
 * `updated_at` or the count; a partnership, consent, open-matchmaking or membership change moves its part.
 */
export async function matchWorldVersion(db: Database): Promise<string> {
  const p = cooperationProfiles;
  const cp = clusterPartnerships;
  const [row] = await db
    .select({
      version: sql<string>`concat_ws('|',
        (select concat(max(${p.updatedAt}), ':', count(*)) from ${p}),
        (select concat(max(greatest(${cp.proposedAt}, ${cp.respondedAt}, ${cp.endedAt})), ':', count(*)) from ${cp}),
        (select concat(max(${consents.updatedAt}), ':', count(*)) from ${consents}),
        (select concat(count(*), ':', sum(hashtext(${clusters.id}::text))) from ${clusters} where ${clusters.openMatchmaking}),
        (select concat(count(*), ':', sum(hashtext(${memberships.id}::text))) from ${memberships} where ${memberships.status} = 'active'))`,
    })
    .from(sql`(values (1)) as one(x)`);
  return row?.version ?? "";
}

/**
 * The published profiles the match engine runs on (SCORING-CLI.md `match`), not expired on `asOf`, whose
 * organisation has an active membership in the profile's cluster, with what the engine needs of them.
 * Consent to matchmaking is the organisation's `consent`; without consent to cross-cluster sharing a
 * profile keeps to its own cluster (reach my-cluster), so the engine sees what §5.2 lets it see.
 */
function matchProfileColumns() {
  const p = cooperationProfiles;
  const granted = (purpose: "matchmaking" | "cross-cluster") =>
    sql<boolean>`exists (select 1 from ${consents} where ${consents.organisationId} = ${p.organisationId}
      and ${consents.purpose} = ${purpose} and ${consents.granted})`;
  return {
    id: p.id,
    updatedAt: p.updatedAt,
    category: organisations.category,
    orgLat: organisations.lat,
    orgLon: organisations.lon,
    matchmaking: granted("matchmaking"),
    crossCluster: granted("cross-cluster"),
    clusterId: p.clusterId,
    organisationId: p.organisationId,
    type: p.type,
    title: p.title,
    summary: p.summary,
    description: p.description,
    tags: p.technologyTags,
    nace: p.nace,
    partnerships: p.partnershipTypes,
    reach: p.reach,
    validUntil: p.validUntil,
  };
}

/** Joins and filter of the indexed profiles (`matchProfileColumns`), or of those among `ids`. */
const indexed = {
  organisation: eq(organisations.id, cooperationProfiles.organisationId),
  membership: and(
    eq(memberships.organisationId, cooperationProfiles.organisationId),
    eq(memberships.clusterId, cooperationProfiles.clusterId),
    eq(memberships.status, "active"),
  ),
  where: (asOf: string, ids?: readonly string[]) =>
    and(
      eq(cooperationProfiles.status, "published"),
      sql`${cooperationProfiles.validUntil} >= ${asOf}`,
      ids ? inArray(cooperationProfiles.id, [...ids]) : undefined,
    ),
};

/**
 * The indexed profiles' rows as the engine needs them, all or those among `ids`, by id: profile order decides
 * the text terms' ids and so the last bit of a score, and every build (full or refreshed, on any instance)
 * then ranks alike.
 */
function loadMatchProfiles(db: Database, asOf: string, ids?: readonly string[]) {
  return db
    .select(matchProfileColumns())
    .from(cooperationProfiles)
    .innerJoin(organisations, indexed.organisation)
    .innerJoin(memberships, indexed.membership)
    .where(indexed.where(asOf, ids))
    .orderBy(cooperationProfiles.id);
}

/**
 * The data the match engine runs on: every cluster, the active partnerships, and the indexed profiles
 * (`matchProfileColumns`) with their organisation (one engine organisation per organisation and cluster,
 * `<organisation>@<cluster>`).
 */
export async function loadMatchWorld(db: Database, asOf: string) {
  const [frame, profiles] = await Promise.all([loadMatchWorldFrame(db), loadMatchProfiles(db, asOf)]);
  return { ...frame, profiles };
}

/** Every cluster and the active partnerships between them. */
async function loadMatchWorldFrame(db: Database) {
  const [clusterRows, partnershipRows] = await Promise.all([
    db
      .select({
        id: clusters.id,
        lat: clusters.lat,
        lon: clusters.lon,
        radiusKm: clusters.radiusKm,
        openMatchmaking: clusters.openMatchmaking,
      })
      .from(clusters),
    db
      .select({ a: clusterPartnerships.proposerClusterId, b: clusterPartnerships.partnerClusterId })
      .from(clusterPartnerships)
      .where(eq(clusterPartnerships.status, "active")),
  ]);
  return { clusters: clusterRows, partnerships: partnershipRows };
}
export type MatchWorld = Awaited<ReturnType<typeof loadMatchWorld>>;
type MatchProfileRow = MatchWorld["profiles"][number];

/** Profiles re-read per query at most: keeps the id list of one statement well below the protocol's limits. */
const CHANGED_BATCH = 1_000;

/**
 * What decides whether an indexed profile's row is still current: the profile's `updatedAt` (moved by every
 * change of the profile) and the parts of the row that come from its organisation and its consents.
 */
const stampOf = (row: Pick<MatchProfileRow, "updatedAt" | "category" | "orgLat" | "orgLon" | "matchmaking" | "crossCluster">) =>
  `${row.updatedAt.getTime()}|${row.category}|${row.orgLat}|${row.orgLon}|${row.matchmaking}|${row.crossCluster}`;

/**
 * `loadMatchWorld(db, asOf)` computed from `previous` (loaded for any day: no column of a row depends on the
 * day, only which profiles are indexed, and that comes from the stamps read now): reads every indexed
 * profile's stamp (its `updatedAt` and the organisation's and consents' part of its row, a few short
 * columns) and the full rows only of the profiles that are new or whose stamp changed; rows of unchanged
 * profiles are `previous`'s own objects. A rebuild after a few writes then transfers a few texts instead of
 * all of them. Clusters and partnerships are small and read whole. Equal to `loadMatchWorld(db, asOf)`.
 */
export async function refreshMatchWorld(db: Database, asOf: string, previous: MatchWorld): Promise<MatchWorld> {
  const columns = matchProfileColumns();
  const { id, updatedAt, category, orgLat, orgLon, matchmaking, crossCluster } = columns;
  const stampColumns = { id, updatedAt, category, orgLat, orgLon, matchmaking, crossCluster };
  const [frame, stamps] = await Promise.all([
    loadMatchWorldFrame(db),
    db
      .select(stampColumns)
      .from(cooperationProfiles)
      .innerJoin(organisations, indexed.organisation)
      .innerJoin(memberships, indexed.membership)
      .where(indexed.where(asOf)),
  ]);
  const known = new Map(previous.profiles.map((row) => [row.id, row]));
  const current = new Map<string, MatchProfileRow>();
  const changed: string[] = [];
  for (const stamp of stamps) {
    const row = known.get(stamp.id);
    if (row && stampOf(row) === stampOf(stamp)) current.set(stamp.id, row);
    else changed.push(stamp.id);
  }
  for (let from = 0; from < changed.length; from += CHANGED_BATCH) {
    const batch = changed.slice(from, from + CHANGED_BATCH);
    for (const row of await loadMatchProfiles(db, asOf, batch)) current.set(row.id, row);
  }
  return { ...frame, profiles: [...current.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/**
 * Refreshes the planner's statistics of the tables the match index and the §5.2 visibility query read
 * (docs/ARCHITECTURE.md, Matchmaking). PGlite, the default database, runs no autovacuum, so its tables are
 * never analysed: the planner then takes memberships and consents for a handful of rows and joins them in
 * a nested loop before looking at the ranked ids (seconds per request at 5,000 profiles). Sampling these
 * tables is quick but not free, so the match index cache calls it on its first build and when the data drifted;
 * on PostgreSQL it repeats what autovacuum does. Plans only, never results.
 */
export async function refreshMatchStatistics(db: Database): Promise<void> {
  await db.execute(sql`analyze ${cooperationProfiles}, ${consents}, ${memberships}, ${clusterPartnerships}, ${organisations}, ${clusters}`);
}

/** When one profile last changed (the freshness check of a match request for it); null when there is none. */
export async function profileUpdatedAt(db: Database, profileId: string): Promise<Date | null> {
  const [row] = await db
    .select({ updatedAt: cooperationProfiles.updatedAt })
    .from(cooperationProfiles)
    .where(eq(cooperationProfiles.id, profileId));
  return row?.updatedAt ?? null;
}
