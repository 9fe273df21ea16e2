import type { MemberCategory } from "@clusterwerk/scoring/domain";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { membershipChanges, memberships, type MembershipSnapshot, organisations, users } from "../schema";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** The terms a manager sets on a membership (DOMAIN.md §1). */
export interface MembershipTerms {
  status: "applicant" | "active";
  joinedOn: string;
  agreementSigned: boolean;
  paysFee: boolean;
  contributesActively: boolean;
}

export interface NewMemberOrganisation {
  name: string;
  category: MemberCategory;
  city: string;
  postalCode: string | null;
  country: string;
  employees: number | null;
  /** WGS 84 degrees, geocoded offline or taken over from a prospect; null when not located. */
  lat: number | null;
  lon: number | null;
  /** NACE codes and technology tags (DOMAIN.md §1.3). */
  nace: string[];
  technologyTags: string[];
}

const snapshotColumns = {
  id: memberships.id,
  clusterId: memberships.clusterId,
  status: memberships.status,
  joinedOn: memberships.joinedOn,
  leftOn: memberships.leftOn,
  agreementSigned: memberships.agreementSigned,
  paysFee: memberships.paysFee,
  contributesActively: memberships.contributesActively,
};

function snapshot(row: MembershipSnapshot): MembershipSnapshot {
  const { status, joinedOn, leftOn, agreementSigned, paysFee, contributesActively } = row;
  return { status, joinedOn, leftOn, agreementSigned, paysFee, contributesActively };
}

/** The cluster that owns a membership (for `managerOfRecordProcedure`); null when there is none. */
export async function findMembershipCluster(db: Database, membershipId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: memberships.clusterId }).from(memberships).where(eq(memberships.id, membershipId)).limit(1);
  return row?.clusterId ?? null;
}

/** A membership with its organisation's name (for pages and tests). */
export async function findMembership(db: Database, membershipId: string) {
  const [row] = await db
    .select({ ...snapshotColumns, organisationId: memberships.organisationId, organisationName: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.id, membershipId))
    .limit(1);
  return row ?? null;
}

async function insertMembership(
  tx: Transaction,
  params: { clusterId: string; organisationId: string; terms: MembershipTerms; changedBy: string },
) {
  const [created] = await tx
    .insert(memberships)
    .values({ clusterId: params.clusterId, organisationId: params.organisationId, ...params.terms, leftOn: null })
    .onConflictDoNothing({ target: [memberships.organisationId, memberships.clusterId] })
    .returning(snapshotColumns);
  if (!created) return null;
  await tx.insert(membershipChanges).values({
    membershipId: created.id,
    clusterId: params.clusterId,
    action: "added",
    before: null,
    after: snapshot(created),
    changedBy: params.changedBy,
  });
  return created;
}

/**
 * Adds an organisation already on the platform to a cluster: only the membership row (and its first
 * history entry) is written, never the shared profile. Null when it already has a membership there.
 */
export async function addExistingMembership(
  db: Database,
  params: { clusterId: string; organisationId: string; terms: MembershipTerms; changedBy: string },
) {
  return db.transaction((tx) => insertMembership(tx, params));
}

/** A unique slug for a new organisation: its name in ASCII and a random suffix (names repeat across the platform). */
function organisationSlug(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return `${base || "organisation"}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Creates an organisation (without coordinates: locating it is the profile's work) and its membership in the cluster, all or nothing. */
export async function addNewMemberOrganisation(
  db: Database,
  params: { clusterId: string; organisation: NewMemberOrganisation; terms: MembershipTerms; changedBy: string },
) {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({ ...params.organisation, slug: organisationSlug(params.organisation.name) })
      .returning({ id: organisations.id });
    if (!organisation) throw new Error("organisation not created");
    const membership = await insertMembership(tx, { ...params, organisationId: organisation.id });
    if (!membership) throw new Error("membership of a new organisation not created");
    return { ...membership, organisationId: organisation.id };
  });
}

/**
 * Changes a membership of `clusterId` under its row lock and records before and after in its history.
 * `change` gets the row as it is and returns the new fields. Null when the cluster has no such membership.
 */
async function changeMembership(
  db: Database,
  params: { membershipId: string; clusterId: string; changedBy: string; action: "updated" | "ended" },
  change: (before: MembershipSnapshot) => Partial<MembershipSnapshot> & { status?: "applicant" | "active" | "left" },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select(snapshotColumns)
      .from(memberships)
      .where(and(eq(memberships.id, params.membershipId), eq(memberships.clusterId, params.clusterId)))
      .for("update")
      .limit(1);
    if (!before) return null;
    const [after] = await tx.update(memberships).set(change(before)).where(eq(memberships.id, before.id)).returning(snapshotColumns);
    if (!after) return null;
    await tx.insert(membershipChanges).values({
      membershipId: after.id,
      clusterId: params.clusterId,
      action: params.action,
      before: snapshot(before),
      after: snapshot(after),
      changedBy: params.changedBy,
    });
    return after;
  });
}

/**
 * Sets status (applicant or active), joining day and commitment criteria. Making a membership active or
 * applicant again clears its end: the ended period stays in the history.
 */
export async function updateMembershipTerms(
  db: Database,
  params: { membershipId: string; clusterId: string; terms: MembershipTerms; changedBy: string },
) {
  return changeMembership(db, { ...params, action: "updated" }, () => ({ ...params.terms, leftOn: null }));
}

/** Ends a membership: status `left` with its last day. */
export async function endMembership(db: Database, params: { membershipId: string; clusterId: string; leftOn: string; changedBy: string }) {
  return changeMembership(db, { ...params, action: "ended" }, () => ({ status: "left", leftOn: params.leftOn }));
}

/** A membership's history, newest first, with the name of who changed it. */
export async function listMembershipChanges(db: Database, params: { membershipId: string; clusterId: string }) {
  return db
    .select({
      id: membershipChanges.id,
      action: membershipChanges.action,
      before: membershipChanges.before,
      after: membershipChanges.after,
      at: membershipChanges.at,
      changedByName: users.name,
    })
    .from(membershipChanges)
    .leftJoin(users, eq(users.id, membershipChanges.changedBy))
    .where(and(eq(membershipChanges.membershipId, params.membershipId), eq(membershipChanges.clusterId, params.clusterId)))
    .orderBy(desc(membershipChanges.at), desc(membershipChanges.id));
}
