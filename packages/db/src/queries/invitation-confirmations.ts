import type { PageInput } from "@clusterwerk/validators";
import { and, asc, eq, gt, isNull, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { clusters, invitations, memberships, organisations, roleAssignments, users } from "../schema";
import { INVITATION_VALIDITY_DAYS } from "./invitations";
import { listPage } from "./list";

/**
 * Whether a new contact person of `organisationId`, invited by the management of `clusterId`, needs a
 * confirmation first (docs/DOMAIN.md §1 "People and roles"): the organisation's profile and consents are
 * shared by all its clusters, so one cluster's manager must not be able to make anyone (themself included)
 * a contact person on their own. That holds when the organisation already has a contact person (a member
 * role in any cluster, current membership or not) or a current membership in another cluster.
 */
export async function needsContactPersonConfirmation(db: Database, organisationId: string, clusterId: string): Promise<boolean> {
  const [[contact], [elsewhere]] = await Promise.all([
    db.select({ id: roleAssignments.id }).from(roleAssignments).where(eq(roleAssignments.organisationId, organisationId)).limit(1),
    db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.organisationId, organisationId), ne(memberships.clusterId, clusterId), ne(memberships.status, "left")))
      .limit(1),
  ]);
  return contact !== undefined || elsewhere !== undefined;
}

/** Emails of the organisation's contact persons whose membership is active (they are asked to confirm). */
export async function contactPersonEmails(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .innerJoin(
      memberships,
      and(eq(memberships.organisationId, roleAssignments.organisationId), eq(memberships.clusterId, roleAssignments.clusterId)),
    )
    .where(
      and(
        eq(roleAssignments.organisationId, organisationId),
        eq(roleAssignments.kind, "member"),
        eq(memberships.status, "active"),
        isNull(users.disabledAt),
      ),
    );
  return rows.map((row) => row.email);
}

/** Conditions of an invitation that awaits confirmation at `now`: not yet confirmed, declined, revoked, accepted or expired. */
function awaiting(now: Date): SQL[] {
  return [
    eq(invitations.needsConfirmation, true),
    isNull(invitations.confirmedAt),
    isNull(invitations.declinedAt),
    isNull(invitations.revokedAt),
    isNull(invitations.acceptedAt),
    gt(invitations.expiresAt, now),
  ];
}

/** The organisation an invitation is for (the tenant that confirms it); null for an unknown id. */
export async function invitationOrganisation(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: invitations.organisationId }).from(invitations).where(eq(invitations.id, id)).limit(1);
  return row?.organisationId ?? null;
}

const inviter = alias(users, "inviter");

/** Invitations awaiting confirmation, oldest first: of one organisation (its contact persons), or all (the admin). */
export async function listAwaitingConfirmation(db: Database, params: PageInput & { organisationId?: string; now?: Date }) {
  const conditions = awaiting(params.now ?? new Date());
  if (params.organisationId) conditions.push(eq(invitations.organisationId, params.organisationId));
  const query = db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      clusterName: clusters.name,
      invitedByName: inviter.name,
      invitedByEmail: inviter.email,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(clusters, eq(clusters.id, invitations.clusterId))
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .where(and(...conditions))
    .$dynamic();
  return listPage(db, query, { page: params, orderBy: [asc(invitations.createdAt), asc(invitations.id)] });
}

/** The invitation as the confirming procedure checks it (who invited whom), or null. */
export async function findInvitationForConfirmation(db: Database, id: string) {
  const [row] = await db
    .select({ id: invitations.id, email: invitations.email, invitedBy: invitations.invitedBy, clusterId: invitations.clusterId })
    .from(invitations)
    .where(eq(invitations.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * Confirms an invitation that awaits confirmation: stores who confirmed, replaces the token (the first one
 * was never mailed) and restarts its validity, since the invitee receives it only now. Null when the
 * invitation does not await confirmation (any more).
 */
export async function confirmInvitation(db: Database, params: { id: string; confirmedBy: string; tokenHash: string; now?: Date }) {
  const now = params.now ?? new Date();
  const [row] = await db
    .update(invitations)
    .set({
      confirmedAt: now,
      confirmedBy: params.confirmedBy,
      tokenHash: params.tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000),
    })
    .where(and(eq(invitations.id, params.id), ...awaiting(now)))
    .returning({
      id: invitations.id,
      email: invitations.email,
      clusterId: invitations.clusterId,
      organisationId: invitations.organisationId,
    });
  return row ?? null;
}

/** Declines an invitation that awaits confirmation; it can then never be accepted. Null when it does not await confirmation. */
export async function declineInvitation(db: Database, params: { id: string; declinedBy: string; now?: Date }) {
  const now = params.now ?? new Date();
  const [row] = await db
    .update(invitations)
    .set({ declinedAt: now, declinedBy: params.declinedBy })
    .where(and(eq(invitations.id, params.id), ...awaiting(now)))
    .returning({ id: invitations.id, clusterId: invitations.clusterId, organisationId: invitations.organisationId });
  return row ?? null;
}
