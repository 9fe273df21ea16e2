import type { IndicatorValues, LabelAward, ReferenceBenchmarking } from "@clusterwerk/scoring/benchmark";
import { and, count, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { benchmarkings, benchmarkingValues, clusters, labelAwards, referenceBenchmarkings } from "../schema";

/** One external benchmarking result as the import (or the demo) writes it; `importKey` makes it idempotent. */
export interface ReferenceBenchmarkingUpsert {
  importKey: string;
  clusterName: string;
  country: string;
  sectorField: string;
  benchmarkDate: string;
  values: IndicatorValues;
  labels: LabelAward[];
  catalogueVersion: string;
}

/** Columns a re-import compares: the same key with the same data is unchanged (source and importer are not compared). */
const comparedFields = ["cluster_name", "country", "sector_field", "benchmark_date", "values", "labels", "catalogue_version"] as const;
const camel = (field: string) => field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Writes reference benchmarkings (issue 10 item 4) by import key: new keys are inserted, changed rows
 * updated, identical rows left alone, so a re-import of the same file changes nothing. Returns the counts.
 */
export async function upsertReferenceBenchmarkings(
  db: Database,
  params: { rows: readonly ReferenceBenchmarkingUpsert[]; source: string; importedBy: string | null; isDemo?: boolean },
) {
  if (params.rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const columns = sql.join(
    comparedFields.map((field) => sql`${referenceBenchmarkings}.${sql.identifier(field)}`),
    sql`, `,
  );
  const incoming = sql.join(
    comparedFields.map((field) => sql`excluded.${sql.identifier(field)}`),
    sql`, `,
  );
  const written = await db
    .insert(referenceBenchmarkings)
    .values(params.rows.map((row) => ({ ...row, source: params.source, importedBy: params.importedBy, isDemo: params.isDemo ?? false })))
    .onConflictDoUpdate({
      target: referenceBenchmarkings.importKey,
      set: Object.fromEntries<SQL>([
        ...[...comparedFields, "source", "imported_by"].map((field) => [camel(field), sql`excluded.${sql.identifier(field)}`] as const),
        ["importedAt", sql`now()`] as const,
      ]),
      setWhere: sql`(${columns}) is distinct from (${incoming})`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = written.filter((row) => row.inserted).length;
  return { inserted, updated: written.length - inserted, unchanged: params.rows.length - written.length };
}

/** Label awards that stand for best-in-class (§6.2): awarded or run out, not superseded nor waiting for confirmation. */
export const standingAwards = ["awarded", "expired"] as const;

/** The values of the benchmarking row in the statement's scope, by indicator id, missing ones left out (a correlated subquery). */
export const valuesOfBenchmarking = sql<IndicatorValues>`(select coalesce(jsonb_object_agg(${benchmarkingValues.indicatorId}, ${benchmarkingValues.value}), '{}'::jsonb)
    from ${benchmarkingValues} where ${benchmarkingValues.benchmarkingId} = ${benchmarkings.id} and ${benchmarkingValues.value} is not null)`;

/**
 * The reference pool of §6.2 in one query, only the columns the peer report reads: every finalised
 * benchmarking of a portal cluster (id `c:<cluster>`, values from its indicator rows, labels from its
 * standing awards) and every imported reference benchmarking (id `r:<row>`), with a benchmark date in
 * [from, to]. The caller narrows by date only to load less; `computePeerReport` applies the window rule.
 */
export async function loadReferencePool(db: Database, params: { from: string; to: string }): Promise<ReferenceBenchmarking[]> {
  const labelsOfCluster = sql<LabelAward[]>`(select coalesce(jsonb_agg(jsonb_build_object('level', ${labelAwards.level},
    'validFrom', ${labelAwards.validFrom}::text, 'validUntil', ${labelAwards.validUntil}::text)), '[]'::jsonb)
    from ${labelAwards} where ${labelAwards.clusterId} = ${benchmarkings.clusterId} and ${inArray(labelAwards.status, standingAwards)})`;
  const portal = db
    .select({
      id: sql<string>`'c:' || ${benchmarkings.clusterId}::text`.as("id"),
      country: sql<string>`${clusters.country}`.as("country"),
      sector: sql<string>`${clusters.sectorField}`.as("sector"),
      benchmarkDate: sql<string>`${benchmarkings.benchmarkDate}::text`.as("benchmark_date"),
      values: valuesOfBenchmarking.as("values"),
      labels: labelsOfCluster.as("labels"),
    })
    .from(benchmarkings)
    .innerJoin(clusters, eq(clusters.id, benchmarkings.clusterId))
    .where(
      and(
        eq(benchmarkings.status, "finalised"),
        gte(benchmarkings.benchmarkDate, params.from),
        lte(benchmarkings.benchmarkDate, params.to),
      ),
    );
  const imported = db
    .select({
      id: sql<string>`'r:' || ${referenceBenchmarkings.id}::text`.as("id"),
      country: sql<string>`${referenceBenchmarkings.country}`.as("country"),
      sector: sql<string>`${referenceBenchmarkings.sectorField}`.as("sector"),
      benchmarkDate: sql<string>`${referenceBenchmarkings.benchmarkDate}::text`.as("benchmark_date"),
      values: sql<IndicatorValues>`${referenceBenchmarkings.values}`.as("values"),
      labels: sql<LabelAward[]>`${referenceBenchmarkings.labels}`.as("labels"),
    })
    .from(referenceBenchmarkings)
    .where(and(gte(referenceBenchmarkings.benchmarkDate, params.from), lte(referenceBenchmarkings.benchmarkDate, params.to)));
  return portal.unionAll(imported);
}

const standing = sql.raw(standingAwards.map((status) => `'${status}'`).join(", "));

/**
 * A fingerprint of everything the reference pool reads (counts and latest change of finalised
 * benchmarkings, imported rows and standing label awards), as an SQL expression without parameters:
 * equal fingerprints mean an equal pool, so a process may keep the pool it loaded. It also covers a
 * cluster's label history (its finalised benchmarkings and awards). `loadReportInputs` reads it in the
 * same statement as the benchmarking, so a cached report costs one round trip.
 */
export const referencePoolVersion = sql<string>`concat_ws('|',
    (select count(*) || '/' || coalesce(max(finalised_at)::text, '') from benchmarkings where status = 'finalised'),
    (select count(*) || '/' || coalesce(max(imported_at)::text, '') from reference_benchmarkings),
    (select count(*) filter (where status in (${standing})) || '/' || coalesce(greatest(max(awarded_at), max(confirmed_at))::text, '')
       || '/' || count(*) from label_awards))`;

/** How many reference benchmarkings there are, and how many of them are demo data. */
export async function countReferenceBenchmarkings(db: Database) {
  const [row] = await db
    .select({ total: count(), demo: sql<number>`count(*) filter (where ${referenceBenchmarkings.isDemo})::int` })
    .from(referenceBenchmarkings);
  return { total: row?.total ?? 0, demo: row?.demo ?? 0 };
}
