import { and, inArray, isNotNull, isNull, lt, notInArray, or } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog, invitations, mailOutbox, passwordResetTokens, rateLimits, sessions } from "../schema";

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/**
 * How long the portal keeps operational rows (docs/DATA-RIGHTS.md "Retention"), in days. Each is the shortest span
 * in which the row still serves its purpose:
 * - an invitation ended (accepted, revoked, declined or expired) 90 days ago: long enough to answer "who invited me";
 * - a mail: 30 days (the outbox lets admins follow a mail that did not arrive, nothing longer);
 * - sign-in and reset audit entries (they carry addresses and client addresses): 90 days, enough to investigate an
 *   attack; other audit entries (role, profile, consent, benchmarking and label changes): 3 years, a label's
 *   validity (DOMAIN.md §6.3), so the trail of a label outlives it by nothing;
 * - a rate-limit counter whose window started a day ago (the longest window is an hour);
 * - a session that expired, and a reset token that expired or was used, a day ago (no purpose left).
 */
export const RETENTION_DAYS = {
  invitations: 90,
  mail: 30,
  authenticationAudit: 90,
  otherAudit: 3 * 365,
  rateLimits: 1,
  sessions: 1,
  resetTokens: 1,
} as const;

/** The audit actions that record authentication: kept only `authenticationAudit` days. */
export const AUTHENTICATION_AUDIT_ACTIONS = [
  "sign-in",
  "sign-in.failed",
  "sign-in.rate-limited",
  "password-reset.requested",
  "password-reset.completed",
] as const;

export interface RetentionResult {
  invitations: number;
  mail: number;
  auditEntries: number;
  rateLimits: number;
  sessions: number;
  resetTokens: number;
}

/** Deletes what `RETENTION_DAYS` no longer keeps as of `now`; returns how many rows of each kind went. */
export async function applyRetention(db: Database, now: Date): Promise<RetentionResult> {
  const invitationCutoff = daysBefore(now, RETENTION_DAYS.invitations);
  const endedInvitations = await db
    .delete(invitations)
    .where(
      or(
        lt(invitations.acceptedAt, invitationCutoff),
        lt(invitations.revokedAt, invitationCutoff),
        lt(invitations.declinedAt, invitationCutoff),
        and(isNull(invitations.acceptedAt), lt(invitations.expiresAt, invitationCutoff)),
      ),
    )
    .returning({ id: invitations.id });
  const mail = await db
    .delete(mailOutbox)
    .where(lt(mailOutbox.createdAt, daysBefore(now, RETENTION_DAYS.mail)))
    .returning({ id: mailOutbox.id });
  const audit = await db
    .delete(auditLog)
    .where(
      or(
        and(
          inArray(auditLog.action, [...AUTHENTICATION_AUDIT_ACTIONS]),
          lt(auditLog.at, daysBefore(now, RETENTION_DAYS.authenticationAudit)),
        ),
        and(notInArray(auditLog.action, [...AUTHENTICATION_AUDIT_ACTIONS]), lt(auditLog.at, daysBefore(now, RETENTION_DAYS.otherAudit))),
      ),
    )
    .returning({ id: auditLog.id });
  const limits = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, daysBefore(now, RETENTION_DAYS.rateLimits)))
    .returning({ key: rateLimits.key });
  const ended = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, daysBefore(now, RETENTION_DAYS.sessions)))
    .returning({ id: sessions.id });
  const tokenCutoff = daysBefore(now, RETENTION_DAYS.resetTokens);
  const tokens = await db
    .delete(passwordResetTokens)
    .where(
      or(
        lt(passwordResetTokens.expiresAt, tokenCutoff),
        and(isNotNull(passwordResetTokens.usedAt), lt(passwordResetTokens.usedAt, tokenCutoff)),
      ),
    )
    .returning({ id: passwordResetTokens.id });
  return {
    invitations: endedInvitations.length,
    mail: mail.length,
    auditEntries: audit.length,
    rateLimits: limits.length,
    sessions: ended.length,
    resetTokens: tokens.length,
  };
}
