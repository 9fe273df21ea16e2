import { env } from "./env";

/** First tick a minute after start: migrations and the seed are done, and a quick restart does not run the jobs at once. */
const FIRST_TICK_MS = 60_000;

/**
 * Next.js calls this once when a server process starts: it starts the scheduled jobs (retention, expiry reminders;
 * docs/ARCHITECTURE.md "Scheduled jobs") in the Node.js runtime. Every instance does; the jobs' advisory lock and
 * their last run in the database make each run once per day.
 */
export async function register() {
  if (env.NEXT_RUNTIME !== "nodejs" || env.JOBS_INTERVAL_MINUTES === 0) return;
  const [{ startJobScheduler }, { getDatabase }] = await Promise.all([import("@clusterwerk/api"), import("@clusterwerk/db")]);
  startJobScheduler(() => getDatabase().db, {
    intervalMs: env.JOBS_INTERVAL_MINUTES * 60_000,
    firstDelayMs: FIRST_TICK_MS,
    log: (message) => console.log(message),
  });
}
