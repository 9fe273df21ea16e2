/**
 * Benchmarkings of DOMAIN.md §6 (issue 10). What each table is for:
 *
 * - `benchmarkings`: one benchmarking of one cluster on a benchmark date, with the catalogue version it
 *   was made with (`catalogueForVersion` scores it later by that catalogue) and the review workflow
 *   draft → submitted → under_review → finalised, each step with who and when. Finalised = frozen: the
 *   values are the cluster's part of the reference database (§6.2) and the input of the label rules
 *   (§6.3; `validatedImprovements` are the improvement areas an assessor validated for Silver).
 * - `benchmarking_values`: one row per indicator of a benchmarking. `value` is on the numeric scale of
 *   the scoring package (`numericValue`: yes = 1, no = 0 for yes/no indicators), null when missing or not
 *   available. `origin` derived = pre-filled from portal data at the benchmark date with `sourceDe`/
 *   `sourceEn` saying where from; a derived row without a source is "not available". An assessor's
 *   correction keeps the value before it, the note, who and when (`previousValue`, `correction*`);
 *   every change is in `audit_log` as well.
 * - `benchmarking_evidence`: files backing a reported value (PDF, PNG, JPEG, XLSX, CSV; at most 10 MB),
 *   the bytes in the database (no file system) with their SHA-256.
 * - `reference_benchmarkings`: external or imported benchmarking results of other clusters (CSV import,
 *   the demo's reference clusters), idempotent by `importKey`; together with finalised `benchmarkings`
 *   they form the reference pool of the peer groups (`ReferenceBenchmarking` of the scoring package).
 *
 * Label awards are in `labels.ts`.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import {
  benchmarkingStatuses,
  evidenceMediaTypes,
  EVIDENCE_MAX_BYTES,
  indicatorValueOrigins,
  sectorFields,
} from "@clusterwerk/scoring/domain";
import { indicatorCatalogue, indicatorIds, type IndicatorValues, type LabelAward } from "@clusterwerk/scoring/benchmark";
import { users } from "./auth";
import { clusters } from "./clusters";

export const benchmarkingStatus = pgEnum("benchmarking_status", benchmarkingStatuses);
export const indicatorValueOrigin = pgEnum("indicator_value_origin", indicatorValueOrigins);

/** PostgreSQL `bytea` as a Uint8Array (PGlite returns one, `pg` a Buffer, which is one too). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

const quoted = (values: readonly string[]) => values.map((value) => `'${value.replaceAll("'", "''")}'`).join(", ");

/**
 * The valid range of every indicator of the current catalogue (§6.1), as one SQL condition on `value`:
 * shares 0–100, count-of-N 0–N, yes/no 0 or 1, numbers from their minimum. A catalogue change regenerates it.
 */
const valueRangeCondition = indicatorCatalogue.indicators
  .map(({ id, kind }) => {
    if (kind.type === "boolean") return `when '${id}' then value in (0, 1)`;
    return kind.max === null ? `when '${id}' then value >= ${kind.min}` : `when '${id}' then value between ${kind.min} and ${kind.max}`;
  })
  .join(" ");

/** One benchmarking of a cluster (DOMAIN.md §6); one per cluster and date (the label rules need that). */
export const benchmarkings = pgTable(
  "benchmarkings",
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid()
      .notNull()
      .references(() => clusters.id, { onDelete: "cascade" }),
    benchmarkDate: date({ mode: "string" }).notNull(),
    /** `INDICATOR_CATALOGUE_VERSION` at creation, so an old benchmarking keeps its catalogue. */
    catalogueVersion: varchar({ length: 40 }).notNull(),
    status: benchmarkingStatus().notNull().default("draft"),
    /** Scored indicators an assessor validated as improved against the previous benchmarking (§6.3 Silver). */
    validatedImprovements: varchar({ length: 4 })
      .array()
      .notNull()
      .default(sql`'{}'::varchar[]`),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp({ withTimezone: true }),
    /** The assessor who took it under review. */
    reviewedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewStartedAt: timestamp({ withTimezone: true }),
    finalisedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    finalisedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("benchmarkings_cluster_date").on(t.clusterId, t.benchmarkDate),
    index("benchmarkings_status_idx").on(t.status, t.submittedAt),
    check("benchmarkings_submitted", sql`${t.status} = 'draft' or ${t.submittedAt} is not null`),
    check("benchmarkings_under_review", sql`${t.status} not in ('under_review', 'finalised') or ${t.reviewStartedAt} is not null`),
    check("benchmarkings_finalised", sql`(${t.status} = 'finalised') = (${t.finalisedAt} is not null)`),
  ],
);

/** One indicator value of a benchmarking, with its source (derived) or note (reported) and its correction. */
export const benchmarkingValues = pgTable(
  "benchmarking_values",
  {
    id: uuid().primaryKey().defaultRandom(),
    benchmarkingId: uuid()
      .notNull()
      .references(() => benchmarkings.id, { onDelete: "cascade" }),
    indicatorId: varchar({ length: 4 }).notNull(),
    origin: indicatorValueOrigin().notNull(),
    /** On the numeric scale (yes = 1, no = 0); null = missing or not available. */
    value: doublePrecision(),
    /** Derived: where the value comes from, in words ("34 committed members, from the member list on 2026-05-01"). */
    sourceDe: text(),
    sourceEn: text(),
    /** Reported: the manager's note on the value and its evidence. */
    note: text(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The latest assessor correction: the value before it, why, who, when (the audit log keeps every one). */
    previousValue: doublePrecision(),
    correctionNote: text(),
    correctedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    correctedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique("benchmarking_values_once").on(t.benchmarkingId, t.indicatorId),
    check("benchmarking_values_indicator", sql.raw(`indicator_id in (${quoted(indicatorIds)})`)),
    check("benchmarking_values_range", sql.raw(`value is null or case indicator_id ${valueRangeCondition} else false end`)),
    check(
      "benchmarking_values_correction",
      sql`(${t.correctedAt} is null and ${t.correctionNote} is null) or (${t.correctedAt} is not null and length(trim(${t.correctionNote})) > 0)`,
    ),
  ],
);

/** A file backing a reported value; the bytes live in the database so the portal needs no file storage. */
export const benchmarkingEvidence = pgTable(
  "benchmarking_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    benchmarkingId: uuid()
      .notNull()
      .references(() => benchmarkings.id, { onDelete: "cascade" }),
    indicatorId: varchar({ length: 4 }).notNull(),
    filename: text().notNull(),
    mediaType: varchar({ length: 100 }).notNull(),
    sizeBytes: integer().notNull(),
    content: bytea().notNull(),
    /** SHA-256 of `content`, hex. */
    sha256: varchar({ length: 64 }).notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("benchmarking_evidence_benchmarking_idx").on(t.benchmarkingId, t.indicatorId),
    check("benchmarking_evidence_indicator", sql.raw(`indicator_id in (${quoted(indicatorIds)})`)),
    check("benchmarking_evidence_media_type", sql.raw(`media_type in (${quoted(evidenceMediaTypes)})`)),
    check("benchmarking_evidence_size", sql.raw(`size_bytes between 1 and ${EVIDENCE_MAX_BYTES} and octet_length(content) = size_bytes`)),
  ],
);

/** External or imported benchmarking results (reference database, §6.2); a re-import updates by `importKey`. */
export const referenceBenchmarkings = pgTable(
  "reference_benchmarkings",
  {
    id: uuid().primaryKey().defaultRandom(),
    importKey: varchar({ length: 200 }).notNull().unique(),
    clusterName: text().notNull(),
    /** ISO 3166-1 alpha-2. */
    country: varchar({ length: 2 }).notNull(),
    /** One of the sector fields of §1.1. */
    sectorField: text().notNull(),
    benchmarkDate: date({ mode: "string" }).notNull(),
    /** Indicator values by id, as `indicatorValuesSchema` parses them (yes/no as booleans). */
    values: jsonb().$type<IndicatorValues>().notNull(),
    /** Labels the cluster held, for best-in-class (§6.2: valid Gold holders at the benchmark date). */
    labels: jsonb()
      .$type<LabelAward[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    catalogueVersion: varchar({ length: 40 }).notNull(),
    /** Where the result came from (file name, study). */
    source: text().notNull(),
    isDemo: boolean().notNull().default(false),
    importedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reference_benchmarkings_country_sector_idx").on(t.country, t.sectorField),
    check("reference_benchmarkings_sector", sql.raw(`sector_field in (${quoted(sectorFields)})`)),
    check("reference_benchmarkings_country", sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);
