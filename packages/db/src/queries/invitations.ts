import type { InvitationSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, eq, gt, isNotNull, isNull, notExists, or } from "drizzle-orm";
import type { Database } from "../client";
import { clusters, invitations, organisations, users } from "../schema";
import { listOrder, listPage } from "./list";
import { assignRole } from "./roles";
import { hashToken } from "./tokens";
import { normaliseEmail } from "./users";

/** An invitation link lives one week (issue 12: a link in a mailbox is a credential; a week covers holidays of a few days). */
export const INVITATION_VALIDITY_DAYS = 7;

export async function createInvitation(
  db: Database,
  params: {
    email: string;
    name: string | null;
    clusterId: string;
    organisationId: string;
    invitedBy: string;
    tokenHash: string;
    /** The organisation already has a contact person or another cluster (see `needsContactPersonConfirmation`). */
    needsConfirmation?: boolean;
    now?: Date;
  },
) {
  const now = params.now ?? new Date();
  const [row] = await db
    .insert(invitations)
    .values({
      email: normaliseEmail(params.email),
      name: params.name,
      kind: "member",
      clusterId: params.clusterId,
      organisationId: params.organisationId,
      invitedBy: params.invitedBy,
      tokenHash: params.tokenHash,
      needsConfirmation: params.needsConfirmation ?? false,
      expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_DAYS * 86_400_000),
    })
    .returning();
  return row ?? null;
}

export type InvitationState = "awaitingConfirmation" | "pending" | "accepted" | "expired" | "revoked" | "declined";

interface StateColumns {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
  needsConfirmation: boolean;
  confirmedAt: Date | null;
  declinedAt: Date | null;
}

function stateOf(row: StateColumns, now: Date): InvitationState {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.declinedAt) return "declined";
  if (row.expiresAt.getTime() < now.getTime()) return "expired";
  return row.needsConfirmation && !row.confirmedAt ? "awaitingConfirmation" : "pending";
}

const stateColumns = {
  expiresAt: invitations.expiresAt,
  acceptedAt: invitations.acceptedAt,
  revokedAt: invitations.revokedAt,
  needsConfirmation: invitations.needsConfirmation,
  confirmedAt: invitations.confirmedAt,
  declinedAt: invitations.declinedAt,
};

/** The cluster that owns an invitation (the tenant that manages it); null for an unknown id. */
export async function invitationCluster(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: invitations.clusterId }).from(invitations).where(eq(invitations.id, id)).limit(1);
  return row?.clusterId ?? null;
}

/** Invitations of one cluster, newest first unless sorted otherwise (tenancy: the cluster id). */
export async function listInvitations(db: Database, params: PageInput & SortParams<InvitationSortKey> & { clusterId: string; now?: Date }) {
  const now = params.now ?? new Date();
  const query = db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      organisationName: organisations.name,
      createdAt: invitations.createdAt,
      ...stateColumns,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.clusterId, params.clusterId))
    .$dynamic();
  const page = await listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { createdAt: invitations.createdAt, email: invitations.email, organisation: organisations.name },
      defaultSort: "createdAt",
      defaultDirection: "desc",
      tiebreak: invitations.id,
    }),
  });
  return { ...page, items: page.items.map((row) => ({ ...row, state: stateOf(row, now) })) };
}

/** What the accept page shows for a token: the invitation's state, email, cluster and organisation. */
export async function findInvitationByToken(db: Database, token: string, now: Date = new Date()) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      clusterId: invitations.clusterId,
      clusterName: clusters.name,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      ...stateColumns,
    })
    .from(invitations)
    .innerJoin(clusters, eq(clusters.id, invitations.clusterId))
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  return row ? { ...row, state: stateOf(row, now) } : null;
}

/**
 * Accepts a pending invitation in one transaction (one awaiting confirmation is not pending): creates the user (or sets the password of an
 * existing one without a password), assigns the member role and marks the token used. Returns null
 * when the token is unknown, used, revoked or expired, so nothing changes.
 */
export async function acceptInvitation(
  db: Database,
  params: { token: string; name: string; passwordHash: string; now?: Date },
): Promise<{ userId: string; clusterId: string } | null> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    // The conditions make the token single-use and time-limited in one statement: a second or late
    // use updates no row, and then nothing else happens.
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitations.tokenHash, hashToken(params.token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
          isNotNull(invitations.organisationId),
          isNull(invitations.declinedAt),
          or(eq(invitations.needsConfirmation, false), isNotNull(invitations.confirmedAt)),
          // An anonymised account (docs/DATA-RIGHTS.md) never comes back through an invitation to its address.
          notExists(
            tx
              .select({ id: users.id })
              .from(users)
              .where(and(eq(users.email, invitations.email), isNotNull(users.anonymisedAt))),
          ),
        ),
      )
      .returning();
    if (!invitation?.organisationId) return null;
    const [existing] = await tx.select().from(users).where(eq(users.email, invitation.email)).limit(1);
    let userId: string;
    if (existing) {
      userId = existing.id;
      if (!existing.passwordHash)
        await tx.update(users).set({ passwordHash: params.passwordHash, name: params.name }).where(eq(users.id, userId));
    } else {
      const [created] = await tx
        .insert(users)
        .values({ email: invitation.email, name: params.name, passwordHash: params.passwordHash, emailVerified: now })
        .returning({ id: users.id });
      if (!created) throw new Error("user insert returned nothing");
      userId = created.id;
    }
    await assignRole(tx, userId, { kind: "member", clusterId: invitation.clusterId, organisationId: invitation.organisationId });
    return { userId, clusterId: invitation.clusterId };
  });
}

export async function revokeInvitation(db: Database, params: { id: string; clusterId: string; now?: Date }) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: params.now ?? new Date() })
    .where(
      and(
        eq(invitations.id, params.id),
        eq(invitations.clusterId, params.clusterId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return row ?? null;
}
