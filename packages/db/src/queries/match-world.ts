import { and, eq, sql } from "drizzle-orm";
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
 * The data the match engine runs on (SCORING-CLI.md `match`): every cluster, the active partnerships, the
 * organisations with an active membership and a published profile there (one engine organisation per
 * organisation and cluster, `<organisation>@<cluster>`), and the published profiles not expired on `asOf`.
 * Consent to matchmaking is the organisation's `consent`; without consent to cross-cluster sharing a
 * profile keeps to its own cluster (reach my-cluster), so the engine sees what §5.2 lets it see.
 */
export async function loadMatchWorld(db: Database, asOf: string) {
  const p = cooperationProfiles;
  const granted = (purpose: "matchmaking" | "cross-cluster") =>
    sql<boolean>`exists (select 1 from ${consents} where ${consents.organisationId} = ${p.organisationId}
      and ${consents.purpose} = ${purpose} and ${consents.granted})`;
  const [clusterRows, partnershipRows, profileRows] = await Promise.all([
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
    db
      .select({
        id: p.id,
        clusterId: p.clusterId,
        organisationId: p.organisationId,
        category: organisations.category,
        orgLat: organisations.lat,
        orgLon: organisations.lon,
        type: p.type,
        title: p.title,
        summary: p.summary,
        description: p.description,
        tags: p.technologyTags,
        nace: p.nace,
        partnerships: p.partnershipTypes,
        reach: p.reach,
        validUntil: p.validUntil,
        updatedAt: p.updatedAt,
        matchmaking: granted("matchmaking"),
        crossCluster: granted("cross-cluster"),
      })
      .from(p)
      .innerJoin(organisations, eq(organisations.id, p.organisationId))
      .innerJoin(
        memberships,
        and(eq(memberships.organisationId, p.organisationId), eq(memberships.clusterId, p.clusterId), eq(memberships.status, "active")),
      )
      .where(and(eq(p.status, "published"), sql`${p.validUntil} >= ${asOf}`)),
  ]);
  return { clusters: clusterRows, partnerships: partnershipRows, profiles: profileRows };
}
export type MatchWorld = Awaited<ReturnType<typeof loadMatchWorld>>;

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
