import type { MemberCategory } from "@clusterwerk/scoring/domain";
import type { DirectorySortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { consents, memberships, organisations } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

export interface DirectoryParams extends PageInput, SortParams<DirectorySortKey> {
  clusterId: string;
  search?: string | undefined;
  category?: MemberCategory | undefined;
}

/**
 * The member directory of one cluster: active members whose organisation consented to the directory
 * listing (capability 9), by name unless sorted otherwise. Tenancy is the `clusterId` condition; callers
 * pass the session's cluster.
 */
export async function listDirectory(db: Database, params: DirectoryParams) {
  const query = db
    .select({
      id: organisations.id,
      name: organisations.name,
      category: organisations.category,
      city: organisations.city,
      country: organisations.country,
      website: organisations.website,
      technologyTags: organisations.technologyTags,
      description: organisations.description,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(consents, and(eq(consents.organisationId, organisations.id), eq(consents.purpose, "directory")))
    .where(
      and(
        eq(memberships.clusterId, params.clusterId),
        eq(memberships.status, "active"),
        eq(consents.granted, true),
        searchCondition(params.search, [
          organisations.name,
          organisations.city,
          organisations.description,
          sql`array_to_string(${organisations.technologyTags}, ' ')`,
        ]),
        params.category ? eq(organisations.category, params.category) : undefined,
      ),
    )
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { name: organisations.name, category: organisations.category, city: organisations.city },
      defaultSort: "name",
      defaultDirection: "asc",
      tiebreak: organisations.id,
    }),
  });
}
