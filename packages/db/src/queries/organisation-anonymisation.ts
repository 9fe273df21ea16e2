import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  consentChanges,
  consents,
  cooperationMeetings,
  cooperationProfiles,
  invitations,
  needs,
  organisations,
  roleAssignments,
  serviceEnrolments,
  users,
} from "../schema";

/** What anonymised texts read: language-neutral, and never empty (titles must not be). */
export const ANONYMISED_TEXT = "–";

/**
 * Anonymises an organisation (docs/DATA-RIGHTS.md "An organisation"), by the platform admin `actorUserId`. The row
 * stays, so memberships (S1–S8 and their history), needs (the needs analysis), enrolments and ratings (V3),
 * registrations (I1–I3) and label history keep counting exactly as before; what identifies it goes: name and slug
 * become `Anonymised organisation <id>`, street, postal code, website and description are cleared, texts it wrote
 * (needs, cooperation profiles, meeting messages, agreement notes, rating comments) are replaced by "–". What the
 * figures group by stays: category, employees (size class), city, country, coordinates (regional share), NACE codes
 * and technology topics. Every granted consent is withdrawn on the ledger (so it leaves the directory and
 * matchmaking), its profiles close, its contact persons lose their role there and open invitations end.
 * One transaction. False for an unknown or already anonymised organisation.
 */
export async function anonymiseOrganisation(
  db: Database,
  organisationId: string,
  actorUserId: string,
  now: Date = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, organisationId), isNull(organisations.anonymisedAt)))
      .for("update");
    if (!organisation) return false;
    await tx
      .update(organisations)
      .set({
        name: `Anonymised organisation ${organisationId.slice(0, 8)}`,
        slug: `anonymised-${organisationId}`,
        street: null,
        postalCode: null,
        website: null,
        description: null,
        anonymisedAt: now,
        updatedAt: now,
      })
      .where(eq(organisations.id, organisationId));
    const granted = await tx
      .update(consents)
      .set({ granted: false, updatedBy: actorUserId, updatedAt: now })
      .where(and(eq(consents.organisationId, organisationId), eq(consents.granted, true)))
      .returning({ purpose: consents.purpose });
    if (granted.length > 0) {
      await tx
        .insert(consentChanges)
        .values(granted.map(({ purpose }) => ({ organisationId, purpose, granted: false, changedBy: actorUserId, at: now })));
    }
    await tx.delete(roleAssignments).where(eq(roleAssignments.organisationId, organisationId));
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.organisationId, organisationId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          isNull(invitations.declinedAt),
        ),
      );
    await tx.update(needs).set({ title: ANONYMISED_TEXT, description: null }).where(eq(needs.organisationId, organisationId));
    await tx
      .update(cooperationProfiles)
      .set({
        title: ANONYMISED_TEXT,
        summary: ANONYMISED_TEXT,
        description: "",
        status: sql`case when ${cooperationProfiles.status} = 'published' then 'closed'::cooperation_profile_status else ${cooperationProfiles.status} end`,
        updatedAt: now,
      })
      .where(eq(cooperationProfiles.organisationId, organisationId));
    await tx
      .update(cooperationMeetings)
      .set({
        message: ANONYMISED_TEXT,
        agreementNote: sql`case when ${cooperationMeetings.agreementNote} is null then null else ${ANONYMISED_TEXT} end`,
        updatedAt: now,
      })
      .where(
        or(eq(cooperationMeetings.requesterOrganisationId, organisationId), eq(cooperationMeetings.targetOrganisationId, organisationId)),
      );
    await tx.update(serviceEnrolments).set({ ratingComment: null }).where(eq(serviceEnrolments.organisationId, organisationId));
    return true;
  });
}

/** A contact person asks the platform admin to anonymise their organisation; a second request keeps the first date. */
export async function requestOrganisationDeletion(
  db: Database,
  organisationId: string,
  userId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const requested = await db
    .update(organisations)
    .set({ deletionRequestedAt: now, deletionRequestedBy: userId })
    .where(and(eq(organisations.id, organisationId), isNull(organisations.deletionRequestedAt), isNull(organisations.anonymisedAt)))
    .returning({ id: organisations.id });
  return requested.length > 0;
}

/** The admin's queue: organisations whose deletion was requested and that are not anonymised yet, oldest request first. */
export async function pendingOrganisationDeletions(db: Database) {
  return db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      requestedAt: organisations.deletionRequestedAt,
      requestedByName: users.name,
      requestedByEmail: users.email,
    })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.deletionRequestedBy))
    .where(and(isNotNull(organisations.deletionRequestedAt), isNull(organisations.anonymisedAt)))
    .orderBy(organisations.deletionRequestedAt);
}

/** Whether the organisation exists and is not anonymised (the owner check of the organisation's data-rights procedures). */
export async function liveOrganisationId(db: Database, organisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), isNull(organisations.anonymisedAt)))
    .limit(1);
  return row?.id ?? null;
}
