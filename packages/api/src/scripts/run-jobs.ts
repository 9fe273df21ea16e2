import { getDatabase, runMigrations } from "@clusterwerk/db";
import { runScheduledJobs } from "../jobs/scheduled-jobs";

/**
 * `pnpm jobs`: runs the scheduled jobs that are due once, for a cron or by hand (docs/ARCHITECTURE.md "Scheduled
 * jobs"); a running portal does the same every hour by itself. Prints each job's outcome; exits 1 when one failed.
 */
const handle = getDatabase();
await runMigrations(handle);
const outcomes = await runScheduledJobs(handle.db);
await handle.close();
for (const [name, outcome] of Object.entries(outcomes)) console.log(`${name}: ${JSON.stringify(outcome)}`);
process.exit(Object.values(outcomes).some((outcome) => "error" in outcome) ? 1 : 0);
