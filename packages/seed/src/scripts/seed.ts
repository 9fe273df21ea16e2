import { count } from "drizzle-orm";
import { getDatabase, schema } from "@clusterwerk/db";
import { wantsDemo } from "../demo-decision";
import { prepareDatabase } from "../prepare-database";

/**
 * `pnpm seed` (run by `pnpm start` and `pnpm dev`): migrates the configured database; adds the demo only
 * where it is wanted (demo-decision.ts) and only into a database without clusters.
 */
const started = performance.now();
let demo: boolean;
try {
  demo = wantsDemo({ databaseUrl: process.env.DATABASE_URL || undefined, seedDemo: process.env.SEED_DEMO });
} catch (error) {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const handle = getDatabase();
try {
  const { seeded, hasAdmin } = await prepareDatabase(handle, { demo });
  const [clusters] = await handle.db.select({ n: count() }).from(schema.clusters);
  const [users] = await handle.db.select({ n: count() }).from(schema.users);
  const totals = `${clusters?.n ?? 0} clusters, ${users?.n ?? 0} users`;
  const ms = Math.round(performance.now() - started);
  if (seeded) console.log(`seed: demo data written (${totals}) in ${ms} ms`);
  else if (demo) console.log(`seed: migrated; demo skipped, the database already has clusters (${totals}); ${ms} ms`);
  else
    console.log(`seed: migrated, no demo data (${totals}); ${ms} ms. SEED_DEMO=1 or \`pnpm start --demo\` adds it to an empty database.`);
  if (!hasAdmin) console.log("seed: no platform admin yet; create one with `pnpm create-admin <email>`.");
} finally {
  await handle.close();
}
