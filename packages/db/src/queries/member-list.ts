import type { MembershipSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, asc, eq, notExists, sql } from "drizzle-orm";
import type { Database } from "../client";
import { memberships, organisations } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

export interface MemberListParams extends PageInput, SortParams<MembershipSortKey> {
  clusterId: string;
  search?: string | undefined;
  status?: "applicant" | "active" | "left" | undefined;
}

/** The columns of a member list row: the membership and the organisation's name, category and location. */
const memberListColumns = {
  membershipId: memberships.id,
  organisationId: organisations.id,
  name: organisations.name,
  category: organisations.category,
  employees: organisations.employees,
  city: organisations.city,
  postalCode: organisations.postalCode,
  country: organisations.country,
  lat: organisations.lat,
  lon: organisations.lon,
  status: memberships.status,
  joinedOn: memberships.joinedOn,
  leftOn: memberships.leftOn,
  agreementSigned: memberships.agreementSigned,
  paysFee: memberships.paysFee,
  contributesActively: memberships.contributesActively,
};

/**
 * A cluster's member list for its managers: every membership (applicants, active, ended) with the
 * organisation's basic data, by name unless sorted otherwise. Tenancy is the `clusterId` condition.
 */
export async function listClusterMemberships(db: Database, params: MemberListParams) {
  const query = db
    .select(memberListColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(memberships.clusterId, params.clusterId),
        params.status ? eq(memberships.status, params.status) : undefined,
        searchCondition(params.search, [organisations.name, organisations.city, organisations.postalCode]),
      ),
    )
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { name: organisations.name, category: organisations.category, status: memberships.status, joinedOn: memberships.joinedOn },
      defaultSort: "name",
      defaultDirection: "asc",
      tiebreak: memberships.id,
    }),
  });
}

/** Every membership of a cluster with the same columns as the list, by name: the CSV export. */
export async function listClusterMembershipsForExport(db: Database, clusterId: string) {
  return db
    .select(memberListColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.clusterId, clusterId))
    .orderBy(asc(organisations.name), asc(memberships.id));
}

/** How many organisations a search for one to add returns at most. */
export const ORGANISATION_CANDIDATE_LIMIT = 10;

/**
 * Organisations on the platform a manager may add to the cluster: name or city contains the term, no
 * membership in this cluster yet. Only what identifies them (name, category, city, country), never their
 * profile details or their other clusters.
 */
export async function searchOrganisationsToAdd(db: Database, params: { clusterId: string; search: string }) {
  const condition = searchCondition(params.search, [organisations.name, organisations.city]);
  if (!condition) return [];
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      category: organisations.category,
      city: organisations.city,
      country: organisations.country,
    })
    .from(organisations)
    .where(
      and(
        condition,
        notExists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(and(eq(memberships.organisationId, organisations.id), eq(memberships.clusterId, params.clusterId))),
        ),
      ),
    )
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(ORGANISATION_CANDIDATE_LIMIT);
}
