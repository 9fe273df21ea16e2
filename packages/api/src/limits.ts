import { hitRateLimit, type Database } from "@clusterwerk/db";
import { errorMessages } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";

const HOUR = 3600;

/**
 * Limits on work that costs the server (an argon2 hash, a mail) and can be started by whoever holds a link
 * or an address. Per client address, and per target (a token, an email, an account), each in a fixed
 * window counted in the database (shared by every web instance). Sign-in has its own (packages/auth).
 */
export const LIMITS = {
  /** Reset mails per address, and reset requests per client address. */
  resetRequestPerEmail: { limit: 5, windowSeconds: HOUR },
  resetRequestPerIp: { limit: 20, windowSeconds: HOUR },
  /** New-password attempts with a reset link, per client address and per link (a link works once). */
  resetPerIp: { limit: 20, windowSeconds: HOUR },
  resetPerToken: { limit: 3, windowSeconds: HOUR },
  /** Invitation acceptances, per client address and per link. */
  acceptPerIp: { limit: 20, windowSeconds: HOUR },
  acceptPerToken: { limit: 3, windowSeconds: HOUR },
  /** Password changes of a signed-in person (each checks the current password with argon2). */
  changePerAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** Invitations a manager sends, and invitations to one address, so the portal mails nobody in bulk. */
  invitePerManager: { limit: 50, windowSeconds: HOUR },
  invitePerEmail: { limit: 3, windowSeconds: 24 * HOUR },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export type LimitName = keyof typeof LIMITS;

/** Counts one attempt under `name` for `subject`; false once the window's limit is passed. */
export async function withinLimit(db: Database, name: LimitName, subject: string | null): Promise<boolean> {
  if (subject === null) return true;
  const { limit, windowSeconds } = LIMITS[name];
  return (await hitRateLimit(db, `${name}:${subject}`, limit, windowSeconds)).allowed;
}

/** Like `withinLimit` for several counters at once (all are counted); TOO_MANY_REQUESTS when any is passed. */
export async function enforceLimits(db: Database, checks: readonly (readonly [LimitName, string | null])[]): Promise<void> {
  const results = await Promise.all(checks.map(([name, subject]) => withinLimit(db, name, subject)));
  if (results.includes(false)) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: errorMessages.tooManyAttempts });
}
