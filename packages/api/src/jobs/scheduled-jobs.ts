import { applyRetention, type Database, getDatabase, type JobOutcome, runJobExclusively } from "@clusterwerk/db";
import { sendProfileExpiryReminders } from "../cooperation/profile-reminders";
import { sendLabelExpiryReminders } from "../label-reminders";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduled jobs (docs/ARCHITECTURE.md "Scheduled jobs"), each once a day across all instances: the retention
 * rules (docs/DATA-RIGHTS.md), and the expiry reminders that otherwise wait for an admin's click (labels, DOMAIN.md
 * §6.3; cooperation profiles, §5.1). Each reminder claims its row before mailing, so a run never mails twice.
 */
export const scheduledJobs = [
  { name: "retention", periodMs: DAY_MS, run: (db: Database, now: Date) => applyRetention(db, now) },
  { name: "label-expiry-reminders", periodMs: DAY_MS, run: (db: Database, now: Date) => sendLabelExpiryReminders(db, now) },
  { name: "profile-expiry-reminders", periodMs: DAY_MS, run: (db: Database, now: Date) => sendProfileExpiryReminders(db, now) },
] as const;

export type JobName = (typeof scheduledJobs)[number]["name"];

/**
 * Runs every job that is due, each under its own lock and transaction, so one failing job neither stops nor
 * undoes the others (its error is in the outcome; the next tick tries it again).
 */
export async function runScheduledJobs(
  db: Database,
  now: Date = new Date(),
): Promise<Record<JobName, JobOutcome<Record<string, unknown>> | { error: string }>> {
  const outcomes: Partial<Record<JobName, JobOutcome<Record<string, unknown>> | { error: string }>> = {};
  for (const job of scheduledJobs) {
    try {
      outcomes[job.name] = await runJobExclusively(db, { name: job.name, periodMs: job.periodMs, now }, async (tx) => ({
        ...(await job.run(tx, now)),
      }));
    } catch (error) {
      outcomes[job.name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return outcomes as Record<JobName, JobOutcome<Record<string, unknown>> | { error: string }>;
}

/**
 * Starts the jobs in this process: a first tick after `firstDelayMs`, then every `intervalMs`. Every portal instance
 * does this; the lock and the last run in `job_runs` make a due job run once. The timer does not keep the process
 * alive, and the process's database is opened only at the first tick, never while the process merely starts. Returns
 * the function that stops it.
 */
export function startJobScheduler(options: { intervalMs: number; firstDelayMs: number; log: (message: string) => void }): () => void {
  const tick = async () => {
    const outcomes = await runScheduledJobs(getDatabase().db);
    for (const [name, outcome] of Object.entries(outcomes)) {
      if ("error" in outcome) options.log(`scheduled job ${name} failed: ${outcome.error}`);
      else if (outcome.ran) options.log(`scheduled job ${name}: ${JSON.stringify(outcome.result)}`);
    }
  };
  const first = setTimeout(() => void tick(), options.firstDelayMs);
  const every = setInterval(() => void tick(), options.intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
