import type { LabelRegistrySortKey, LabelRegistryStatus, PageInput, SortParams } from "@clusterwerk/validators";
import type { LabelLevel } from "@clusterwerk/scoring/benchmark";
import { and, asc, between, eq, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, labelAwards, roleAssignments, users } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

/** Where an award stands on `today` (§6.3): replaced by a correction, past its `validUntil`, or valid (both ends count). */
function registryStatus(today: string): SQL<LabelRegistryStatus> {
  return sql<LabelRegistryStatus>`case when ${labelAwards.status} = 'superseded' then 'superseded'
    when ${labelAwards.validUntil} < ${today} then 'expired' else 'valid' end`;
}

export interface LabelRegistryParams extends PageInput, SortParams<LabelRegistrySortKey> {
  today: string;
  search?: string | undefined;
  country?: string | undefined;
  sectorField?: string | undefined;
  level?: LabelLevel | undefined;
  status?: LabelRegistryStatus | undefined;
}

/**
 * The public label registry (§6.3): every award that took effect (Gold only once confirmed), with its
 * cluster, level, dates, certificate number and status today. The search matches the cluster's name or
 * the certificate number, so anyone can verify a certificate.
 */
export async function listLabelRegistry(db: Database, params: LabelRegistryParams) {
  const status = registryStatus(params.today);
  const query = db
    .select({
      id: labelAwards.id,
      certificateNumber: labelAwards.certificateNumber,
      clusterName: clusters.name,
      clusterSlug: clusters.slug,
      country: clusters.country,
      sectorField: clusters.sectorField,
      level: labelAwards.level,
      awardedOn: sql<string>`to_char(coalesce(${labelAwards.confirmedAt}, ${labelAwards.awardedAt}) at time zone 'Europe/Berlin', 'YYYY-MM-DD')`,
      validFrom: labelAwards.validFrom,
      validUntil: labelAwards.validUntil,
      status,
    })
    .from(labelAwards)
    .innerJoin(clusters, eq(clusters.id, labelAwards.clusterId))
    .where(
      and(
        ne(labelAwards.status, "awaiting_confirmation"),
        searchCondition(params.search, [clusters.name, labelAwards.certificateNumber]),
        params.country ? eq(clusters.country, params.country) : undefined,
        params.sectorField ? eq(clusters.sectorField, params.sectorField) : undefined,
        params.level ? eq(labelAwards.level, params.level) : undefined,
        params.status ? sql`${status} = ${params.status}` : undefined,
      ),
    )
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { cluster: clusters.name, level: labelAwards.level, validFrom: labelAwards.validFrom, validUntil: labelAwards.validUntil },
      defaultSort: "validFrom",
      defaultDirection: "desc",
      tiebreak: labelAwards.id,
    }),
  });
}

/** Countries of clusters in the registry (the filter's choices), sorted. */
export async function labelRegistryCountries(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ country: clusters.country })
    .from(labelAwards)
    .innerJoin(clusters, eq(clusters.id, labelAwards.clusterId))
    .where(ne(labelAwards.status, "awaiting_confirmation"))
    .orderBy(asc(clusters.country));
  return rows.map((row) => row.country);
}

/** An award whose managers are to be reminded of its expiry, with the managers' addresses. */
export interface DueExpiryReminder {
  awardId: string;
  clusterName: string;
  level: LabelLevel;
  validUntil: string;
  certificateNumber: string | null;
  managers: { email: string; locale: string }[];
}

/**
 * Current awards expiring between `today` and `until` (both included) whose managers were not told yet
 * (`expiryReminderSentAt` unset: at most one reminder per award).
 */
export async function dueLabelExpiryReminders(db: Database, params: { today: string; until: string }): Promise<DueExpiryReminder[]> {
  const rows = await db
    .select({
      awardId: labelAwards.id,
      clusterName: clusters.name,
      level: labelAwards.level,
      validUntil: labelAwards.validUntil,
      certificateNumber: labelAwards.certificateNumber,
      email: users.email,
      locale: users.locale,
      disabledAt: users.disabledAt,
    })
    .from(labelAwards)
    .innerJoin(clusters, eq(clusters.id, labelAwards.clusterId))
    .leftJoin(roleAssignments, and(eq(roleAssignments.clusterId, labelAwards.clusterId), eq(roleAssignments.kind, "manager")))
    .leftJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(labelAwards.status, "awarded"),
        isNull(labelAwards.expiryReminderSentAt),
        between(labelAwards.validUntil, params.today, params.until),
      ),
    )
    .orderBy(asc(labelAwards.validUntil), asc(labelAwards.id), asc(users.email));
  const byAward = new Map<string, DueExpiryReminder>();
  for (const row of rows) {
    const due = byAward.get(row.awardId) ?? {
      awardId: row.awardId,
      clusterName: row.clusterName,
      level: row.level,
      validUntil: row.validUntil,
      certificateNumber: row.certificateNumber,
      managers: [],
    };
    if (row.email && row.locale && !row.disabledAt) due.managers.push({ email: row.email, locale: row.locale });
    byAward.set(row.awardId, due);
  }
  return [...byAward.values()];
}

/** Marks the award's expiry reminder as sent; false when another run marked it first (so nobody mails twice). */
export async function markLabelExpiryReminded(db: Database, awardId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(labelAwards)
    .set({ expiryReminderSentAt: at })
    .where(and(eq(labelAwards.id, awardId), isNull(labelAwards.expiryReminderSentAt)))
    .returning({ id: labelAwards.id });
  return rows.length > 0;
}
