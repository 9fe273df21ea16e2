import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { jobRuns } from "../schema";

export type JobOutcome<T> = { ran: true; result: T } | { ran: false; reason: "busy" | "not-due" };

/**
 * Runs the scheduled job `name` at most once per `periodMs` across every portal instance over the database
 * (docs/ARCHITECTURE.md "Scheduled jobs"). One transaction: a transaction-level advisory lock on the job's name
 * (another instance running it now gets "busy" at once, never waits), the last finish read from `job_runs`
 * ("not-due" inside the period), the work on the transaction, the finish recorded. A failing run rolls back whole
 * and is tried again on the next tick; the lock ends with the transaction, so a crashed instance never holds it.
 */
export async function runJobExclusively<T extends Record<string, unknown>>(
  db: Database,
  job: { name: string; periodMs: number; now: Date },
  work: (tx: Database) => Promise<T>,
): Promise<JobOutcome<T>> {
  return db.transaction(async (tx) => {
    const [lock] = await tx
      .select({ locked: sql<boolean>`pg_try_advisory_xact_lock(hashtext(${`clusterwerk:job:${job.name}`}))` })
      .from(sql`(values (1)) as one (x)`);
    if (!lock?.locked) return { ran: false, reason: "busy" };
    const [last] = await tx.select({ finishedAt: jobRuns.finishedAt }).from(jobRuns).where(eq(jobRuns.name, job.name));
    if (last && job.now.getTime() - last.finishedAt.getTime() < job.periodMs) return { ran: false, reason: "not-due" };
    const result = await work(tx);
    await tx
      .insert(jobRuns)
      .values({ name: job.name, finishedAt: job.now, result })
      .onConflictDoUpdate({ target: jobRuns.name, set: { finishedAt: job.now, result } });
    return { ran: true, result };
  });
}
