import type { NeedCategory, NeedHorizon, NeedStatus, NeedVisibility } from "@clusterwerk/scoring/domain";
import type { NeedScope, NeedSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, asc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { campaigns, clusterPartnerships, clusters, needs, needStatusChanges, organisations, users } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";

/** A contact person's view of the register: their organisation, acting in one cluster. */
export interface NeedViewer {
  clusterId: string;
  organisationId: string;
}

/**
 * The clusters with an active partnership with `clusterId`, in either direction (a partnership is
 * proposed by one cluster and accepted by the other; both see it the same way).
 */
function activePartnerClusterIds(clusterId: string): SQL {
  const p = clusterPartnerships;
  return sql`(select case when ${p.proposerClusterId} = ${clusterId} then ${p.partnerClusterId} else ${p.proposerClusterId} end
    from ${p} where ${p.status} = 'active' and (${p.proposerClusterId} = ${clusterId} or ${p.partnerClusterId} = ${clusterId}))`;
}

/**
 * The needs a contact person may read (DOMAIN.md §2 visibility), as a WHERE condition: their
 * organisation's own needs in the cluster; other organisations' needs of the same cluster shared with
 * `cluster-members` or `partner-clusters`; and `partner-clusters` needs of clusters in an active
 * partnership with it. `management` needs stay with the management and the organisation. Another
 * organisation's withdrawn need is no longer shared.
 */
export function needVisibleTo(viewer: NeedViewer): SQL {
  const shared = or(
    and(eq(needs.clusterId, viewer.clusterId), inArray(needs.visibility, ["cluster-members", "partner-clusters"])),
    and(eq(needs.visibility, "partner-clusters"), sql`${needs.clusterId} in ${activePartnerClusterIds(viewer.clusterId)}`),
  );
  return or(
    and(eq(needs.clusterId, viewer.clusterId), eq(needs.organisationId, viewer.organisationId)),
    and(ne(needs.status, "withdrawn"), shared),
  ) as SQL;
}

const needColumns = {
  id: needs.id,
  clusterId: needs.clusterId,
  clusterName: clusters.name,
  organisationId: needs.organisationId,
  organisationName: organisations.name,
  campaignId: needs.campaignId,
  category: needs.category,
  title: needs.title,
  description: needs.description,
  importance: needs.importance,
  horizon: needs.horizon,
  status: needs.status,
  visibility: needs.visibility,
  createdAt: needs.createdAt,
  updatedAt: needs.updatedAt,
};

export interface NeedListParams extends PageInput, SortParams<NeedSortKey> {
  search?: string | undefined;
  category?: NeedCategory | undefined;
  status?: NeedStatus | undefined;
}

function needListQuery(db: Database, where: SQL | undefined, params: NeedListParams) {
  const query = db
    .select(needColumns)
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .innerJoin(clusters, eq(clusters.id, needs.clusterId))
    .where(
      and(
        where,
        searchCondition(params.search, [needs.title, needs.description, organisations.name]),
        params.category ? eq(needs.category, params.category) : undefined,
        params.status ? eq(needs.status, params.status) : undefined,
      ),
    )
    .$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: {
        createdAt: needs.createdAt,
        importance: needs.importance,
        category: needs.category,
        status: needs.status,
        title: needs.title,
        organisation: organisations.name,
      },
      defaultSort: "createdAt",
      defaultDirection: "desc",
      tiebreak: needs.id,
    }),
  });
}

/** The managers' register: every need of the cluster (any visibility and status), newest first unless sorted otherwise. */
export function listClusterNeeds(db: Database, params: NeedListParams & { clusterId: string }) {
  return needListQuery(db, eq(needs.clusterId, params.clusterId), params);
}

/**
 * A contact person's register: the needs visible to them (`needVisibleTo`), optionally only their own
 * organisation's (`own`) or only those shared with them (`shared`).
 */
export function listVisibleNeeds(db: Database, params: NeedListParams & { viewer: NeedViewer; scope?: NeedScope | undefined }) {
  const own = and(eq(needs.clusterId, params.viewer.clusterId), eq(needs.organisationId, params.viewer.organisationId));
  const scope =
    params.scope === "own" ? own : params.scope === "shared" ? ne(needs.organisationId, params.viewer.organisationId) : undefined;
  return needListQuery(db, and(needVisibleTo(params.viewer), scope), params);
}

/** One need with its organisation, cluster and campaign title; `where` narrows who may read it. */
async function findNeedWhere(db: Database, needId: string, where: SQL | undefined) {
  const [row] = await db
    .select({ ...needColumns, campaignTitle: campaigns.title })
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .innerJoin(clusters, eq(clusters.id, needs.clusterId))
    .leftJoin(campaigns, eq(campaigns.id, needs.campaignId))
    .where(and(eq(needs.id, needId), where))
    .limit(1);
  return row ?? null;
}

/** A need of the cluster, for its managers; null when missing or another cluster's. */
export function findClusterNeed(db: Database, params: { needId: string; clusterId: string }) {
  return findNeedWhere(db, params.needId, eq(needs.clusterId, params.clusterId));
}

/** A need as a contact person may read it (`needVisibleTo`); null when missing or not visible to them. */
export function findVisibleNeed(db: Database, params: { needId: string; viewer: NeedViewer }) {
  return findNeedWhere(db, params.needId, needVisibleTo(params.viewer));
}

/** The cluster that owns a need (the owner loader of manager procedures on a need). */
export async function needCluster(db: Database, needId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: needs.clusterId }).from(needs).where(eq(needs.id, needId)).limit(1);
  return row?.clusterId ?? null;
}

/** The status history of a need, oldest first, with who changed it. */
export function needStatusHistory(db: Database, needId: string) {
  return db
    .select({
      id: needStatusChanges.id,
      fromStatus: needStatusChanges.fromStatus,
      toStatus: needStatusChanges.toStatus,
      at: needStatusChanges.at,
      changedByName: users.name,
    })
    .from(needStatusChanges)
    .leftJoin(users, eq(users.id, needStatusChanges.changedBy))
    .where(eq(needStatusChanges.needId, needId))
    .orderBy(asc(needStatusChanges.at), asc(needStatusChanges.id));
}

export interface NewNeed {
  clusterId: string;
  organisationId: string;
  campaignId?: string | null;
  category: NeedCategory;
  title: string;
  description: string | null;
  importance: number;
  horizon: NeedHorizon;
  status?: NeedStatus;
  visibility?: NeedVisibility;
}

/** Registers needs and the first entry of each one's status history, all or nothing; returns the new ids in order. */
export async function createNeeds(db: Database, rows: readonly NewNeed[], createdBy: string | null): Promise<string[]> {
  if (rows.length === 0) return [];
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(needs)
      .values(rows.map((row) => ({ ...row, createdBy })))
      .returning({ id: needs.id, status: needs.status });
    await tx
      .insert(needStatusChanges)
      .values(created.map((row) => ({ needId: row.id, fromStatus: null, toStatus: row.status, changedBy: createdBy })));
    return created.map((row) => row.id);
  });
}

export type NeedChanges = Partial<Pick<NewNeed, "category" | "title" | "description" | "importance" | "horizon" | "status" | "visibility">>;

/** What a change did to a need: its status before and after, and the names of the fields whose values moved. */
export interface NeedChange {
  id: string;
  status: NeedStatus;
  fromStatus: NeedStatus;
  changed: (keyof NeedChanges)[];
}

/**
 * Changes a need the `where` condition admits (its organisation's, or its cluster's for managers) and
 * records a status change in the history when the status moves. Returns null when no such need, or when
 * `unlessWithdrawn` is set and it is withdrawn.
 */
export async function changeNeed(
  db: Database,
  params: { needId: string; where: SQL | undefined; changes: NeedChanges; changedBy: string; unlessWithdrawn?: boolean },
): Promise<NeedChange | null> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(needs)
      .where(and(eq(needs.id, params.needId), params.where))
      .for("update")
      .limit(1);
    if (!before || (params.unlessWithdrawn && before.status === "withdrawn")) return null;
    const [after] = await tx
      .update(needs)
      .set({ ...params.changes, updatedAt: new Date() })
      .where(eq(needs.id, params.needId))
      .returning({ id: needs.id, status: needs.status });
    if (!after) return null;
    if (after.status !== before.status) {
      await tx
        .insert(needStatusChanges)
        .values({ needId: after.id, fromStatus: before.status, toStatus: after.status, changedBy: params.changedBy });
    }
    const changed = (Object.keys(params.changes) as (keyof NeedChanges)[]).filter(
      (field) => (params.changes[field] ?? null) !== (before[field] ?? null),
    );
    return { ...after, fromStatus: before.status, changed };
  });
}

/** The condition "this organisation's need in this cluster": what its contact persons may change. */
export function ownNeed(viewer: NeedViewer): SQL {
  return and(eq(needs.clusterId, viewer.clusterId), eq(needs.organisationId, viewer.organisationId)) as SQL;
}

/** The condition "a need of this cluster": what its managers may change. */
export function clusterNeed(clusterId: string): SQL {
  return eq(needs.clusterId, clusterId);
}
