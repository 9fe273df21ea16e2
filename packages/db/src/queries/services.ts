import type { NeedCategory, ServiceFormat, ServiceStatus } from "@clusterwerk/scoring/domain";
import type { CatalogueSortKey, PageInput, ServiceFields, ServiceSortKey, SortParams } from "@clusterwerk/validators";
import { and, arrayOverlaps, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { needs, organisations, serviceEnrolments, serviceNeeds, services } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

/** Euros (two decimals at most, checked by the validator) as the integer cents the table stores. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

function columnsOf(fields: ServiceFields) {
  return {
    title: fields.title,
    description: fields.description,
    needCategories: [...fields.needCategories],
    format: fields.format,
    targetCategories: [...fields.targetCategories],
    capacity: fields.capacity,
    priceCents: toCents(fields.price),
    costCents: fields.cost === null ? null : toCents(fields.cost),
    status: fields.status,
    startsOn: fields.startsOn,
    endsOn: fields.endsOn,
  };
}

/** A new service of a cluster; its owner is the manager who creates it (DOMAIN.md §3). */
export async function createService(db: Database, params: { clusterId: string; ownerUserId: string; fields: ServiceFields }) {
  const [row] = await db
    .insert(services)
    .values({ clusterId: params.clusterId, ownerUserId: params.ownerUserId, ...columnsOf(params.fields) })
    .returning();
  return row ?? null;
}

/** Changes a service of the cluster; null when it is not the cluster's. */
export async function updateService(db: Database, params: { id: string; clusterId: string; fields: ServiceFields }) {
  const [row] = await db
    .update(services)
    .set({ ...columnsOf(params.fields), updatedAt: new Date() })
    .where(and(eq(services.id, params.id), eq(services.clusterId, params.clusterId)))
    .returning();
  return row ?? null;
}

/** Sets the status of services of the cluster (retire one, mark a plan's services planned); returns the changed ids. */
export async function setServiceStatus(
  db: Database,
  params: { ids: readonly string[]; clusterId: string; status: ServiceStatus; onlyFrom?: readonly ServiceStatus[] },
): Promise<string[]> {
  if (params.ids.length === 0) return [];
  const rows = await db
    .update(services)
    .set({ status: params.status, updatedAt: new Date() })
    .where(
      and(
        inArray(services.id, [...params.ids]),
        eq(services.clusterId, params.clusterId),
        params.onlyFrom ? inArray(services.status, [...params.onlyFrom]) : undefined,
      ),
    )
    .returning({ id: services.id });
  return rows.map((row) => row.id);
}

/** The cluster that owns a service (the record procedures' owner loader); null for an unknown id. */
export async function serviceCluster(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: services.clusterId }).from(services).where(eq(services.id, id)).limit(1);
  return row?.clusterId ?? null;
}

/** One service of the cluster with the ids of the needs it addresses. */
export async function findService(db: Database, params: { id: string; clusterId: string }) {
  const [row] = await db
    .select()
    .from(services)
    .where(and(eq(services.id, params.id), eq(services.clusterId, params.clusterId)))
    .limit(1);
  if (!row) return null;
  const links = await db.select({ needId: serviceNeeds.needId }).from(serviceNeeds).where(eq(serviceNeeds.serviceId, row.id));
  return { ...row, needIds: links.map((link) => link.needId) };
}

/** Enrolled organisations per service (a subquery column). */
const enrolledCount = sql<number>`(select count(*)::int from ${serviceEnrolments} where ${serviceEnrolments.serviceId} = ${services.id})`;
const linkedNeedCount = sql<number>`(select count(*)::int from ${serviceNeeds} where ${serviceNeeds.serviceId} = ${services.id})`;

export interface ServiceListParams extends PageInput, SortParams<ServiceSortKey> {
  clusterId: string;
  search?: string | undefined;
  status?: ServiceStatus | undefined;
}

/** The managers' list of a cluster's services in every status, by title unless sorted otherwise. */
export async function listServices(db: Database, params: ServiceListParams) {
  const query = db
    .select({
      id: services.id,
      title: services.title,
      status: services.status,
      format: services.format,
      needCategories: services.needCategories,
      capacity: services.capacity,
      startsOn: services.startsOn,
      endsOn: services.endsOn,
      costCents: services.costCents,
      enrolled: enrolledCount,
      linkedNeeds: linkedNeedCount,
    })
    .from(services)
    .where(
      and(
        eq(services.clusterId, params.clusterId),
        params.status ? eq(services.status, params.status) : undefined,
        searchCondition(params.search, [services.title, services.description]),
      ),
    )
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { title: services.title, status: services.status, format: services.format, startsOn: services.startsOn },
      defaultSort: "title",
      defaultDirection: "asc",
      tiebreak: services.id,
    }),
  });
}

/**
 * Linked needs of a service that are still open: what a plan that picks it would cover (DOMAIN.md §3).
 * Aliased by hand: drizzle leaves columns unqualified in a one-table select, where `id` would name the need's.
 */
const openLinkedNeedCount = sql<number>`(select count(*)::int from ${serviceNeeds} as sn inner join ${needs} as n on n.id = sn.need_id
  where sn.service_id = ${services}.id and n.status = 'open')`;

/**
 * The services the planner may choose among (the given statuses of the cluster), matching the search in
 * title or description, by title; all of them, as the planner plans over every candidate it shows.
 */
export async function listPlanCandidates(
  db: Database,
  params: { clusterId: string; statuses: readonly ServiceStatus[]; search?: string | undefined },
) {
  return db
    .select({
      id: services.id,
      title: services.title,
      status: services.status,
      costCents: services.costCents,
      openNeeds: openLinkedNeedCount,
    })
    .from(services)
    .where(
      and(
        eq(services.clusterId, params.clusterId),
        inArray(services.status, [...params.statuses]),
        searchCondition(params.search, [services.title, services.description]),
      ),
    )
    .orderBy(services.title, services.id);
}

export interface CatalogueParams extends PageInput, SortParams<CatalogueSortKey> {
  clusterId: string;
  /** The organisations the caller acts for in this cluster: their enrolments are returned with each service. */
  organisationIds: readonly string[];
  search?: string | undefined;
  category?: NeedCategory | undefined;
  format?: ServiceFormat | undefined;
}

/** The members' catalogue: a cluster's active and planned services (DOMAIN.md §3), with places taken. */
export async function listCatalogue(db: Database, params: CatalogueParams) {
  const query = db
    .select({
      id: services.id,
      title: services.title,
      description: services.description,
      status: services.status,
      format: services.format,
      needCategories: services.needCategories,
      targetCategories: services.targetCategories,
      capacity: services.capacity,
      priceCents: services.priceCents,
      startsOn: services.startsOn,
      endsOn: services.endsOn,
      enrolled: enrolledCount,
    })
    .from(services)
    .where(
      and(
        eq(services.clusterId, params.clusterId),
        inArray(services.status, ["active", "planned"]),
        params.category ? arrayOverlaps(services.needCategories, [params.category]) : undefined,
        params.format ? eq(services.format, params.format) : undefined,
        searchCondition(params.search, [services.title, services.description]),
      ),
    )
    .$dynamic();
  const page = await listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { title: services.title, format: services.format, startsOn: services.startsOn },
      defaultSort: "title",
      defaultDirection: "asc",
      tiebreak: services.id,
    }),
  });
  const ids = page.items.map((item) => item.id);
  const own =
    ids.length === 0 || params.organisationIds.length === 0
      ? []
      : await db
          .select({
            serviceId: serviceEnrolments.serviceId,
            organisationId: serviceEnrolments.organisationId,
            enrolledAt: serviceEnrolments.enrolledAt,
            rating: serviceEnrolments.rating,
            ratingComment: serviceEnrolments.ratingComment,
          })
          .from(serviceEnrolments)
          .where(and(inArray(serviceEnrolments.serviceId, ids), inArray(serviceEnrolments.organisationId, [...params.organisationIds])));
  return { ...page, items: page.items.map((item) => ({ ...item, enrolments: own.filter((row) => row.serviceId === item.id) })) };
}

/**
 * The needs a manager may link to a service: the cluster's open needs in the service's categories, plus
 * whatever is linked already (whatever its status now), most important first, with their organisation.
 */
export async function listLinkableNeeds(
  db: Database,
  params: { serviceId: string; clusterId: string; categories: readonly NeedCategory[] },
) {
  const linked = db.select({ needId: serviceNeeds.needId }).from(serviceNeeds).where(eq(serviceNeeds.serviceId, params.serviceId));
  return db
    .select({
      id: needs.id,
      title: needs.title,
      category: needs.category,
      importance: needs.importance,
      status: needs.status,
      organisationName: organisations.name,
      linked: sql<boolean>`${needs.id} in ${linked}`,
    })
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(
      and(
        eq(needs.clusterId, params.clusterId),
        or(
          and(eq(needs.status, "open"), params.categories.length > 0 ? inArray(needs.category, [...params.categories]) : undefined),
          inArray(needs.id, linked),
        ),
      ),
    )
    .orderBy(sql`${needs.importance} desc`, needs.title, needs.id);
}

/**
 * Replaces the needs a service addresses. Every id must be a need of the service's cluster; otherwise
 * nothing changes and false is returned.
 */
export async function setServiceNeeds(db: Database, params: { serviceId: string; clusterId: string; needIds: readonly string[] }) {
  const ids = [...new Set(params.needIds)];
  return db.transaction(async (tx) => {
    if (ids.length > 0) {
      const found = await tx
        .select({ id: needs.id })
        .from(needs)
        .where(and(inArray(needs.id, ids), eq(needs.clusterId, params.clusterId)));
      if (found.length !== ids.length) return false;
    }
    await tx.delete(serviceNeeds).where(eq(serviceNeeds.serviceId, params.serviceId));
    if (ids.length > 0) await tx.insert(serviceNeeds).values(ids.map((needId) => ({ serviceId: params.serviceId, needId })));
    return true;
  });
}
