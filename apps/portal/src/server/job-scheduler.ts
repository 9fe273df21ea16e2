import "server-only";
import { startJobScheduler } from "@clusterwerk/api";
import { env } from "~/env";

/** First tick a minute after start: migrations and the seed are done, and a quick restart does not run the jobs at once. */
const FIRST_TICK_MS = 60_000;

/**
 * Starts the scheduled jobs in this server process (instrumentation.ts), unless `JOBS_INTERVAL_MINUTES` is 0. Every
 * instance does; the jobs' advisory lock and their last run in the database make each run once a day.
 */
export function startScheduledJobs(): void {
  if (env.JOBS_INTERVAL_MINUTES === 0) return;
  startJobScheduler({
    intervalMs: env.JOBS_INTERVAL_MINUTES * 60_000,
    firstDelayMs: FIRST_TICK_MS,
    log: (message) => console.log(message),
  });
}
