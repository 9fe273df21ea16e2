import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  auditLog,
  calendarFeeds,
  eventRegistrations,
  events,
  invitations,
  mailOutbox,
  notifications,
  passwordResetTokens,
  rateLimits,
  roleAssignments,
  sessions,
  users,
} from "../schema";

/** The address an anonymised account keeps: unique (the column is) and at the reserved `.invalid` domain, so no mail reaches anyone. */
export function anonymisedEmail(userId: string): string {
  return `${userId}@anonymised.invalid`;
}

/**
 * Deletes a person's account by anonymising it (docs/DATA-RIGHTS.md "A person"): the `users` row stays as the
 * "anonymised person" that needs, profiles, meetings, label awards, audit entries and ledgers they authored still
 * name (referential integrity; label awards even forbid deleting their assessors), but holds no name, no password
 * and an address at `.invalid`. Their sessions end, roles, reset tokens, calendar feed and notifications go, the mail
 * to them and their sign-in counters are deleted, invitations to their address lose it (and end, when still open), audit entries lose the
 * address they recorded, and registrations for events still to come are withdrawn (past ones stay: attendance counts
 * in indicators I1–I3). One transaction: all of it or nothing. False when there is no such (or an already anonymised) account.
 */
export async function anonymisePerson(db: Database, userId: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), isNull(users.anonymisedAt)))
      .for("update");
    if (!person) return false;
    const email = person.email;
    const address = anonymisedEmail(userId);
    await tx
      .update(users)
      .set({ name: null, email: address, emailVerified: null, image: null, passwordHash: null, disabledAt: now, anonymisedAt: now })
      .where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(roleAssignments).where(eq(roleAssignments.userId, userId));
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(mailOutbox).where(eq(mailOutbox.to, email));
    await tx.delete(rateLimits).where(inArray(rateLimits.key, [`signin:account:${email}`, `reset:email:${email}`]));
    await tx
      .update(invitations)
      .set({
        email: address,
        name: null,
        revokedAt: sql`case when ${invitations.acceptedAt} is null then coalesce(${invitations.revokedAt}, ${now.toISOString()}::timestamptz) else ${invitations.revokedAt} end`,
      })
      .where(eq(invitations.email, email));
    await tx
      .update(auditLog)
      .set({ details: sql`${auditLog.details} - 'email'` })
      .where(sql`${auditLog.details}->>'email' = ${email}`);
    const upcoming = tx.select({ id: events.id }).from(events).where(gt(events.startsAt, now));
    await tx.delete(eventRegistrations).where(and(eq(eventRegistrations.userId, userId), inArray(eventRegistrations.eventId, upcoming)));
    return true;
  });
}

/** The platform admins' addresses and languages (accounts that may still sign in), for notices about data-rights requests. */
export async function platformAdmins(db: Database) {
  return db
    .selectDistinct({ userId: users.id, email: users.email, locale: users.locale })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.kind, "admin"), isNull(users.disabledAt)));
}

/** Whether the person is the only platform admin left (an account the platform cannot do without). */
export async function isLastAdmin(db: Database, userId: string): Promise<boolean> {
  const admins = await db.select({ userId: roleAssignments.userId }).from(roleAssignments).where(eq(roleAssignments.kind, "admin"));
  return admins.length > 0 && admins.every((admin) => admin.userId === userId);
}
