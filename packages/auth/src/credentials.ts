import {
  type Database,
  findUserByEmail,
  hitRateLimit,
  normaliseEmail,
  type RateLimitResult,
  recordAudit,
  releaseRateLimit,
  resetRateLimit,
} from "@clusterwerk/db";
import { dummyPasswordHash, verifyPassword } from "./password";

/** Failed sign-ins allowed per account and per client address in one window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perIp: 30, windowSeconds: 15 * 60 };

export type CredentialsResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Checks email and password with limits on failed sign-ins per account and per client address (counters
 * in the database). Only failures count: a venue's network where a whole room signs in from one address
 * must not lock itself out, while guessing from that address is still stopped. Each attempt holds a hit
 * on both counters while its password is checked, so parallel guesses are counted too; an attempt that
 * turns out a success or is refused gives its hits back.
 * The answer for an unknown email and a wrong password is the same, and takes as long.
 */
export async function verifyCredentials(
  db: Database,
  params: { email: string; password: string; ip: string | null },
): Promise<CredentialsResult> {
  const email = normaliseEmail(params.email);
  const accountKey = `signin:account:${email}`;
  const ipKey = params.ip ? `signin:ip:${params.ip}` : null;
  const [account, ip] = await Promise.all([
    hitRateLimit(db, accountKey, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds),
    ipKey ? hitRateLimit(db, ipKey, SIGN_IN_LIMITS.perIp, SIGN_IN_LIMITS.windowSeconds) : Promise.resolve(null),
  ]);
  const releaseIp = (held: RateLimitResult | null) => (ipKey && held ? releaseRateLimit(db, ipKey, held.windowStart) : Promise.resolve());
  if (!account.allowed || (ip && !ip.allowed)) {
    await Promise.all([releaseRateLimit(db, accountKey, account.windowStart), releaseIp(ip)]);
    await recordAudit(db, { actorUserId: null, action: "sign-in.rate-limited", entity: "user", details: { email, ip: params.ip } });
    return { ok: false, reason: "rate-limited" };
  }
  const user = await findUserByEmail(db, email);
  const usable = user && user.passwordHash && !user.disabledAt ? user : null;
  const valid = await verifyPassword(usable?.passwordHash ?? (await dummyPasswordHash()), params.password);
  if (!usable || !valid) {
    await recordAudit(db, { actorUserId: null, action: "sign-in.failed", entity: "user", entityId: user?.id ?? null, details: { email } });
    return { ok: false, reason: "invalid" };
  }
  // The account's failures are forgotten; the address's earlier failures stay counted (a valid account
  // must not wash an address's guesses away), only this attempt's hit is given back.
  await Promise.all([resetRateLimit(db, accountKey), releaseIp(ip)]);
  await recordAudit(db, { actorUserId: usable.id, action: "sign-in", entity: "user", entityId: usable.id });
  return { ok: true, userId: usable.id };
}
