import { type Database, findUserByEmail, hitRateLimit, normaliseEmail, recordAudit, resetRateLimit } from "@clusterwerk/db";
import { dummyPasswordHash, verifyPassword } from "./password";

/** Failed sign-ins allowed per account and per IP address in one window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perIp: 30, windowSeconds: 15 * 60 };

export type CredentialsResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "rate-limited" };

/**
 * Checks email and password with rate limits per account and per IP (counters in the database).
 * The answer for an unknown email and a wrong password is the same, and takes as long.
 */
export async function verifyCredentials(
  db: Database,
  params: { email: string; password: string; ip: string | null },
): Promise<CredentialsResult> {
  const email = normaliseEmail(params.email);
  const accountKey = `signin:account:${email}`;
  const [account, ip] = await Promise.all([
    hitRateLimit(db, accountKey, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowSeconds),
    params.ip
      ? hitRateLimit(db, `signin:ip:${params.ip}`, SIGN_IN_LIMITS.perIp, SIGN_IN_LIMITS.windowSeconds)
      : Promise.resolve({ allowed: true, count: 0 }),
  ]);
  if (!account.allowed || !ip.allowed) {
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
  await resetRateLimit(db, accountKey);
  await recordAudit(db, { actorUserId: usable.id, action: "sign-in", entity: "user", entityId: usable.id });
  return { ok: true, userId: usable.id };
}
