import type { MemberCategory, ProspectStatus } from "@clusterwerk/scoring/domain";
import type { FocusSource } from "@clusterwerk/scoring/prospects";
import { and, asc, eq, ne, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, organisations, prospects } from "../schema";
import { addNewMemberOrganisation } from "./membership-changes";

/** One prospect as an import writes it: validated, keyed, located when possible. */
export interface ProspectUpsert {
  importKey: string;
  name: string;
  city: string;
  postalCode: string | null;
  country: string;
  nace: string[];
  technologyTags: string[];
  employees: number | null;
  website: string | null;
  lat: number | null;
  lon: number | null;
  geocodedFrom: string | null;
  isDemo?: boolean;
}

/** The fields a re-import refreshes; status, contact and conversion stay as the managers set them. */
const importedFields = [
  "name",
  "city",
  "postal_code",
  "country",
  "nace",
  "technology_tags",
  "employees",
  "website",
  "lat",
  "lon",
  "geocoded_from",
] as const;

/**
 * Writes a chunk of imported prospects of a cluster in one statement, idempotent by `importKey` (issue 9):
 * a new key inserts, a known key updates only when a field differs, an unchanged row is left alone.
 * Returns how many rows were inserted, updated and unchanged.
 */
export async function upsertProspects(db: Database, params: { clusterId: string; rows: readonly ProspectUpsert[] }) {
  if (params.rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const columns = sql.join(
    importedFields.map((field) => sql`${prospects}.${sql.identifier(field)}`),
    sql`, `,
  );
  const incoming = sql.join(
    importedFields.map((field) => sql`excluded.${sql.identifier(field)}`),
    sql`, `,
  );
  const written = await db
    .insert(prospects)
    .values(params.rows.map((row) => ({ ...row, clusterId: params.clusterId })))
    .onConflictDoUpdate({
      target: [prospects.clusterId, prospects.importKey],
      set: Object.fromEntries<SQL>([
        ...importedFields.map((field) => [camel(field), sql`excluded.${sql.identifier(field)}`] as const),
        ["updatedAt", sql`now()`] as const,
      ]),
      setWhere: sql`(${columns}) is distinct from (${incoming})`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = written.filter((row) => row.inserted).length;
  return { inserted, updated: written.length - inserted, unchanged: params.rows.length - written.length };
}

function camel(field: string): string {
  return field.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const prospectColumns = {
  id: prospects.id,
  name: prospects.name,
  city: prospects.city,
  postalCode: prospects.postalCode,
  country: prospects.country,
  nace: prospects.nace,
  technologyTags: prospects.technologyTags,
  employees: prospects.employees,
  website: prospects.website,
  lat: prospects.lat,
  lon: prospects.lon,
  geocodedFrom: prospects.geocodedFrom,
  status: prospects.status,
  contactedAt: prospects.contactedAt,
  convertedOrganisationId: prospects.convertedOrganisationId,
};

/** Every prospect of a cluster, by name: the ranking scores them all (the order is the score's, not SQL's). */
export async function loadClusterProspects(db: Database, clusterId: string) {
  return db
    .select(prospectColumns)
    .from(prospects)
    .where(eq(prospects.clusterId, clusterId))
    .orderBy(asc(prospects.name), asc(prospects.id));
}

/**
 * Every membership of a cluster with the organisation's name, place and profile codes: the member
 * figures (S6, S8), the cluster's focus and the reach map read it.
 */
export async function loadMemberProfiles(
  db: Database,
  clusterId: string,
): Promise<(FocusSource & { name: string; city: string; country: string })[]> {
  return db
    .select({
      organisationId: memberships.organisationId,
      name: organisations.name,
      city: organisations.city,
      country: organisations.country,
      category: organisations.category,
      status: memberships.status,
      joinedOn: memberships.joinedOn,
      leftOn: memberships.leftOn,
      agreementSigned: memberships.agreementSigned,
      paysFee: memberships.paysFee,
      contributesActively: memberships.contributesActively,
      lat: organisations.lat,
      lon: organisations.lon,
      nace: organisations.nace,
      technologyTags: organisations.technologyTags,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.clusterId, clusterId))
    .orderBy(asc(organisations.name));
}

/** The cluster that owns a prospect (for `managerOfRecordProcedure`); null when there is none. */
export async function prospectCluster(db: Database, prospectId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: prospects.clusterId }).from(prospects).where(eq(prospects.id, prospectId)).limit(1);
  return row?.clusterId ?? null;
}

export async function findProspect(db: Database, params: { prospectId: string; clusterId: string }) {
  const [row] = await db
    .select(prospectColumns)
    .from(prospects)
    .where(and(eq(prospects.id, params.prospectId), eq(prospects.clusterId, params.clusterId)))
    .limit(1);
  return row ?? null;
}

/** Marks a prospect as contacted now; a converted one stays converted. Null when the cluster has no such prospect. */
export async function markProspectContacted(db: Database, params: { prospectId: string; clusterId: string }) {
  const [row] = await db
    .update(prospects)
    .set({ status: "contacted", contactedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(prospects.id, params.prospectId), eq(prospects.clusterId, params.clusterId), ne(prospects.status, "converted")))
    .returning({ id: prospects.id, status: prospects.status });
  return row ?? null;
}

/**
 * Converts a prospect (issue 9): creates the organisation from its data (with its NACE codes, technologies,
 * website and location), an active membership from `joinedOn` with its first history entry, and marks
 * the prospect converted — one transaction, all or nothing. The prospect row is locked first, so two
 * managers converting at once create one organisation. Null when there is no such prospect not yet converted.
 */
export async function convertProspect(
  db: Database,
  params: { prospectId: string; clusterId: string; category: MemberCategory; joinedOn: string; changedBy: string },
) {
  return db.transaction(async (tx) => {
    const [prospect] = await tx
      .select(prospectColumns)
      .from(prospects)
      .where(and(eq(prospects.id, params.prospectId), eq(prospects.clusterId, params.clusterId), ne(prospects.status, "converted")))
      .for("update")
      .limit(1);
    if (!prospect) return null;
    const created = await addNewMemberOrganisation(tx, {
      clusterId: params.clusterId,
      organisation: {
        name: prospect.name,
        category: params.category,
        city: prospect.city,
        postalCode: prospect.postalCode,
        country: prospect.country,
        employees: prospect.employees,
        lat: prospect.lat,
        lon: prospect.lon,
        nace: prospect.nace,
        technologyTags: prospect.technologyTags,
      },
      terms: { status: "active", joinedOn: params.joinedOn, agreementSigned: false, paysFee: false, contributesActively: false },
      changedBy: params.changedBy,
    });
    await tx
      .update(organisations)
      .set({
        website: prospect.website,
      })
      .where(eq(organisations.id, created.organisationId));
    await tx
      .update(prospects)
      .set({ status: "converted" satisfies ProspectStatus, convertedOrganisationId: created.organisationId, updatedAt: new Date() })
      .where(eq(prospects.id, prospect.id));
    return { organisationId: created.organisationId, membershipId: created.id, name: prospect.name };
  });
}

/**
 * A manager's correction of an organisation's location (issue 9: correctable on a map). Only for an
 * organisation with a membership in the manager's cluster: the tenancy is the `exists` condition.
 */
export async function setOrganisationLocation(
  db: Database,
  params: { clusterId: string; organisationId: string; lat: number; lon: number },
) {
  const [row] = await db
    .update(organisations)
    .set({ lat: params.lat, lon: params.lon, updatedAt: new Date() })
    .where(
      and(
        eq(organisations.id, params.organisationId),
        sql`exists (select 1 from ${memberships} where ${memberships.organisationId} = ${organisations.id} and ${memberships.clusterId} = ${params.clusterId})`,
      ),
    )
    .returning({ id: organisations.id, name: organisations.name, lat: organisations.lat, lon: organisations.lon });
  return row ?? null;
}
