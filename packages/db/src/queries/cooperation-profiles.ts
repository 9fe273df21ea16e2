import type { PartnershipType, ProfileLanguage, ProfileReach, ProfileStatus, ProfileType } from "@clusterwerk/scoring/domain";
import type { PageInput, ProfileSortKey, SortParams } from "@clusterwerk/validators";
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, cooperationProfiles, organisations, roleAssignments, users } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";
import { type MatchViewer, profileMatchableBy } from "./matchmaking-visibility";

const p = cooperationProfiles;

export const profileColumns = {
  id: p.id,
  clusterId: p.clusterId,
  clusterName: clusters.name,
  organisationId: p.organisationId,
  organisationName: organisations.name,
  type: p.type,
  language: p.language,
  title: p.title,
  summary: p.summary,
  description: p.description,
  technologyTags: p.technologyTags,
  nace: p.nace,
  partnershipTypes: p.partnershipTypes,
  reach: p.reach,
  validUntil: p.validUntil,
  status: p.status,
  publishedAt: p.publishedAt,
  updatedAt: p.updatedAt,
};

export interface ProfileListParams extends PageInput, SortParams<ProfileSortKey> {
  search?: string | undefined;
  type?: ProfileType | undefined;
  status?: ProfileStatus | undefined;
}

function profileQuery(db: Database, where: SQL | undefined) {
  return db
    .select(profileColumns)
    .from(p)
    .innerJoin(organisations, eq(organisations.id, p.organisationId))
    .innerJoin(clusters, eq(clusters.id, p.clusterId))
    .where(where)
    .$dynamic();
}

/** The condition "this organisation's profile made in this cluster": what its contact persons may read and change. */
export function ownProfile(viewer: MatchViewer): SQL {
  return and(eq(p.clusterId, viewer.clusterId), eq(p.organisationId, viewer.organisationId)) as SQL;
}

function listProfiles(db: Database, where: SQL | undefined, params: ProfileListParams) {
  const query = profileQuery(
    db,
    and(
      where,
      searchCondition(params.search, [p.title, p.summary, organisations.name]),
      params.type ? eq(p.type, params.type) : undefined,
      params.status ? eq(p.status, params.status) : undefined,
    ),
  );
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { updatedAt: p.updatedAt, title: p.title, type: p.type, validUntil: p.validUntil, status: p.status },
      defaultSort: "updatedAt",
      defaultDirection: "desc",
      tiebreak: p.id,
    }),
  });
}

/** A contact person's own profiles in the cluster (every status), newest change first unless sorted otherwise. */
export function listOwnProfiles(db: Database, params: ProfileListParams & { viewer: MatchViewer }) {
  return listProfiles(db, ownProfile(params.viewer), params);
}

/** The other organisations' profiles a contact person may be matched with (`profileMatchableBy`, DOMAIN.md §5.2). */
export function listMatchableProfiles(db: Database, params: ProfileListParams & { viewer: MatchViewer; asOf: string }) {
  return listProfiles(db, profileMatchableBy(params.viewer, params.asOf), { ...params, status: undefined });
}

/** One profile the viewer owns or may be matched with; null when missing or not visible to them. */
export async function findProfileFor(db: Database, params: { profileId: string; viewer: MatchViewer; asOf: string }) {
  const visible = sql`(${ownProfile(params.viewer)} or ${profileMatchableBy(params.viewer, params.asOf)})`;
  const [row] = await profileQuery(db, and(eq(p.id, params.profileId), visible)).limit(1);
  return row ?? null;
}

/** One of the viewer's own profiles (any status); null when missing or another organisation's. */
export async function findOwnProfile(db: Database, params: { profileId: string; viewer: MatchViewer }) {
  const [row] = await profileQuery(db, and(eq(p.id, params.profileId), ownProfile(params.viewer))).limit(1);
  return row ?? null;
}

/** Of `profileIds`, the profiles the viewer may be matched with now (`profileMatchableBy`): the tenancy filter on every match list. */
export async function matchableAmong(db: Database, params: { profileIds: readonly string[]; viewer: MatchViewer; asOf: string }) {
  if (params.profileIds.length === 0) return [];
  return profileQuery(db, and(inArray(p.id, [...params.profileIds]), profileMatchableBy(params.viewer, params.asOf)));
}

/**
 * The cluster's published profiles not expired on `asOf`, by title (at most 500): what its managers may preview
 * the ranking of (DOMAIN.md §5.3); `profileId` narrows it to one.
 */
export function publishedProfilesOfCluster(db: Database, params: { clusterId: string; asOf: string; profileId?: string | undefined }) {
  return db
    .select({ id: p.id, title: p.title, organisationId: p.organisationId, organisationName: organisations.name, updatedAt: p.updatedAt })
    .from(p)
    .innerJoin(organisations, eq(organisations.id, p.organisationId))
    .where(
      and(
        eq(p.clusterId, params.clusterId),
        eq(p.status, "published"),
        sql`${p.validUntil} >= ${params.asOf}`,
        params.profileId ? eq(p.id, params.profileId) : undefined,
      ),
    )
    .orderBy(p.title, p.id)
    .limit(500);
}

export interface ProfileFields {
  type: ProfileType;
  language: ProfileLanguage;
  title: string;
  summary: string;
  description: string | null;
  technologyTags: string[];
  nace: string[];
  partnershipTypes: PartnershipType[];
  reach: ProfileReach;
  validUntil: string;
}

/** Creates a draft profile of the viewer's organisation in the cluster; returns its id. */
export async function createProfile(db: Database, params: { viewer: MatchViewer; fields: ProfileFields; createdBy: string }) {
  const [row] = await db
    .insert(p)
    .values({
      ...params.fields,
      description: params.fields.description ?? "",
      clusterId: params.viewer.clusterId,
      organisationId: params.viewer.organisationId,
      createdBy: params.createdBy,
    })
    .returning({ id: p.id });
  return row?.id ?? null;
}

export type ProfileChange =
  { kind: "edit"; fields: ProfileFields } | { kind: "publish" } | { kind: "close" } | { kind: "renew"; validUntil: string };

/** Which statuses each change starts from (DOMAIN.md §5.1): a closed profile is renewed, not edited. */
const allowedFrom: Record<ProfileChange["kind"], readonly ProfileStatus[]> = {
  edit: ["draft", "published"],
  publish: ["draft"],
  close: ["draft", "published"],
  renew: ["published", "closed"],
};

/**
 * Applies a change to one of the viewer's own profiles; `updatedAt` moves, so every match index sees it
 * (docs/ARCHITECTURE.md, Matchmaking). A new expiry clears the reminder. Returns "missing" for another's
 * or an unknown profile, "state" when its status does not allow the change.
 */
export async function changeOwnProfile(
  db: Database,
  params: { profileId: string; viewer: MatchViewer; change: ProfileChange },
): Promise<"changed" | "missing" | "state"> {
  const { change } = params;
  const set =
    change.kind === "edit"
      ? { ...change.fields, description: change.fields.description ?? "", expiryRemindedAt: null }
      : change.kind === "publish"
        ? { status: "published" as const, publishedAt: new Date() }
        : change.kind === "close"
          ? { status: "closed" as const }
          : { status: "published" as const, validUntil: change.validUntil, expiryRemindedAt: null, publishedAt: new Date() };
  const [row] = await db
    .update(p)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(p.id, params.profileId), ownProfile(params.viewer), inArray(p.status, [...allowedFrom[change.kind]])))
    .returning({ id: p.id });
  if (row) return "changed";
  const [exists] = await db
    .select({ id: p.id })
    .from(p)
    .where(and(eq(p.id, params.profileId), ownProfile(params.viewer)))
    .limit(1);
  return exists ? "state" : "missing";
}

/**
 * Published profiles whose expiry falls within `[today, lastDay]` and whose reminder has not gone out yet,
 * with their cluster's slug for the link.
 */
export function profilesDueForReminder(db: Database, params: { today: string; lastDay: string }) {
  return db
    .select({
      id: p.id,
      title: p.title,
      validUntil: p.validUntil,
      organisationId: p.organisationId,
      clusterId: p.clusterId,
      clusterSlug: clusters.slug,
    })
    .from(p)
    .innerJoin(clusters, eq(clusters.id, p.clusterId))
    .where(
      and(
        eq(p.status, "published"),
        isNull(p.expiryRemindedAt),
        sql`${p.validUntil} >= ${params.today}`,
        sql`${p.validUntil} <= ${params.lastDay}`,
      ),
    );
}

/** Marks a profile's expiry reminder as sent, once: false when another run was first. */
export async function markProfileReminded(db: Database, profileId: string) {
  const rows = await db
    .update(p)
    .set({ expiryRemindedAt: new Date() })
    .where(and(eq(p.id, profileId), isNull(p.expiryRemindedAt)))
    .returning({ id: p.id });
  return rows.length > 0;
}

/** The contact persons of an organisation in a cluster, who hear about its profiles and meetings (mail in their locale). */
export function contactPersonsOf(db: Database, params: MatchViewer) {
  return db
    .selectDistinct({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.kind, "member"),
        eq(roleAssignments.clusterId, params.clusterId),
        eq(roleAssignments.organisationId, params.organisationId),
        isNull(users.disabledAt),
      ),
    );
}
