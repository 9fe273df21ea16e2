import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { MemberCategory } from "@clusterwerk/scoring/domain";
import type { Database } from "../client";
import { consents, memberships, organisations } from "../schema";
import { type PageInput, pageInput, toPage } from "./pagination";

export interface DirectoryParams extends PageInput {
  clusterId: string;
  search?: string | undefined;
  category?: MemberCategory | undefined;
}

/**
 * The member directory of one cluster: active members whose organisation consented to the directory
 * listing (capability 9). Tenancy is the `clusterId` condition; callers pass the session's cluster.
 */
export async function listDirectory(db: Database, params: DirectoryParams) {
  const { cursor, limit } = pageInput.parse(params);
  const offset = cursor ?? 0;
  const conditions: SQL[] = [eq(memberships.clusterId, params.clusterId), eq(memberships.status, "active"), eq(consents.granted, true)];
  const term = params.search?.trim();
  if (term) {
    const pattern = `%${term}%`;
    const match = or(
      ilike(organisations.name, pattern),
      ilike(organisations.city, pattern),
      ilike(organisations.description, pattern),
      sql`array_to_string(${organisations.technologyTags}, ' ') ilike ${pattern}`,
    );
    if (match) conditions.push(match);
  }
  if (params.category) conditions.push(eq(organisations.category, params.category));
  const where = and(...conditions);
  const base = db
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
    .innerJoin(consents, and(eq(consents.organisationId, organisations.id), eq(consents.purpose, "directory")));
  const [rows, [total]] = await Promise.all([
    base
      .where(where)
      .orderBy(asc(organisations.name), asc(organisations.id))
      .limit(limit + 1)
      .offset(offset),
    db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .innerJoin(consents, and(eq(consents.organisationId, organisations.id), eq(consents.purpose, "directory")))
      .where(where),
  ]);
  return toPage(rows, offset, limit, total?.n ?? 0);
}
