import { and, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rateLimits } from "../schema";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Start of the window the hit was counted in, to release exactly that hit later. */
  windowStart: Date;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`. One atomic
 * upsert, so concurrent web instances sharing the database count correctly.
 */
export async function hitRateLimit(
  db: Database,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStartFloor = new Date(now.getTime() - windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} <= ${windowStartFloor.toISOString()}::timestamptz THEN 1 ELSE ${rateLimits.count} + 1 END`,
        windowStart: sql`CASE WHEN ${rateLimits.windowStart} <= ${windowStartFloor.toISOString()}::timestamptz THEN ${now.toISOString()}::timestamptz ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  const count = row?.count ?? 1;
  return { allowed: count <= limit, count, windowStart: row?.windowStart ?? now };
}

/**
 * Takes back one hit counted by `hitRateLimit`, e.g. when the attempt turned out to be a success. Only
 * within the window it was counted in: a counter that has started a new window since keeps its count.
 */
export async function releaseRateLimit(db: Database, key: string, windowStart: Date): Promise<void> {
  await db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart), gt(rateLimits.count, 0)));
}

/** Forgets the counter, e.g. after a successful sign-in for the account key. */
export async function resetRateLimit(db: Database, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
